"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { acceptedExtensions } from "@/lib/assessments/evidence-files";
import { answerKey, offlineFileLimits } from "@/lib/offline/queue";
import { useDevice, useOnline } from "@/components/offline/offline-provider";
import type { EvidenceFileView } from "@/server/evidence/evidence-view";
import { Button } from "@/components/ui/button";
import { sendEvidenceFile } from "./send-evidence-file";

interface Props {
  assessmentId: string;
  indicatorId: string;
  /** The indicator's code, for the account of files uploaded after a time offline. */
  code: string;
  inputId: string;
  files: EvidenceFileView[];
  editable: boolean;
  onChange: (files: EvidenceFileView[]) => void;
}

/**
 * The files attached to one answer: download links, removal, and an upload box. Offline, a
 * chosen file waits on the device (up to lib/offline/queue.ts's limits) and is uploaded when the
 * network is back; until then it is listed as waiting and can be taken back.
 */
export function EvidenceFiles({ assessmentId, indicatorId, code, inputId, files, editable, onChange }: Props) {
  const t = useTranslations("evidence");
  const format = useFormatter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const device = useDevice();
  const online = useOnline();
  const waiting = device?.queuedFiles(assessmentId, indicatorId) ?? [];

  // A file kept offline joins the list once the server has it.
  const latest = useRef({ files, onChange });
  useEffect(() => {
    latest.current = { files, onChange };
  });
  const listen = device?.listen;
  useEffect(() => {
    if (!listen) return;
    return listen(answerKey(assessmentId, indicatorId), (event) => {
      if (event.kind === "fileSent") latest.current.onChange([...latest.current.files, event.file]);
    });
  }, [listen, assessmentId, indicatorId]);

  const size = (bytes: number) =>
    bytes >= 1024 * 1024 ? `${format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB` : `${format.number(Math.ceil(bytes / 1024))} kB`;

  async function keepOnDevice(file: File) {
    if (!device) return setError(t("errors.failed"));
    const fit = await device.queueFile({ assessmentId, indicatorId, code, name: file.name, type: file.type, size: file.size, blob: file }).catch(() => null);
    if (fit === "tooLarge") setError(t("offlineTooLarge", { max: size(offlineFileLimits.perFile) }));
    else if (fit === "deviceFull") setError(t("offlineFull", { max: size(offlineFileLimits.total) }));
    else if (fit === null) setError(t("errors.failed"));
  }

  async function upload(file: File) {
    setBusy(true);
    setError(null);
    try {
      if (!navigator.onLine) return await keepOnDevice(file);
      const sent = await sendEvidenceFile(assessmentId, indicatorId, file);
      if (!sent.ok || !sent.file) setError(sent.message ?? t("errors.failed"));
      else onChange([...files, sent.file]);
    } catch {
      // The server could not be reached: the file waits on the device, as answers do.
      await keepOnDevice(file);
    } finally {
      setBusy(false);
    }
  }

  async function remove(file: EvidenceFileView) {
    setError(null);
    const response = await fetch(`/api/evidence/${file.id}`, { method: "DELETE" });
    if (response.ok) onChange(files.filter((f) => f.id !== file.id));
    else setError((await response.json().catch(() => null))?.message ?? t("errors.failed"));
  }

  return (
    <div className="space-y-2">
      {files.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label={t("list")}>
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-2" data-testid="evidence-file">
              <a href={`/api/evidence/${file.id}`} className="text-brand-700 underline" download>
                {file.fileName}
              </a>
              <span className="text-xs text-slate-600">{size(file.size)}</span>
              {editable && (
                <Button type="button" variant="ghost" className="min-h-8 px-2 py-1 text-xs" onClick={() => remove(file)} disabled={!online} aria-label={t("remove", { name: file.fileName })}>
                  {t("removeShort")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label={t("queued")}>
          {waiting.map((file) => (
            <li key={file.key} className="flex flex-wrap items-center gap-2" data-testid="evidence-file-queued">
              <span>{file.name}</span>
              <span className="text-xs text-slate-600">{size(file.size)}</span>
              <span className="text-xs text-amber-900">{t("queued")}</span>
              <Button type="button" variant="ghost" className="min-h-8 px-2 py-1 text-xs" onClick={() => void device?.dropFile(file.key)} aria-label={t("remove", { name: file.name })}>
                {t("removeShort")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-sm">
            {t("upload")}
          </label>
          <input
            id={inputId}
            type="file"
            disabled={busy}
            accept={acceptedExtensions.map((e) => `.${e}`).join(",")}
            className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void upload(file);
            }}
          />
          <p id={`${inputId}-hint`} className="text-xs text-slate-600">
            {busy ? t("uploading") : online ? t("hint") : t("offlineHint", { max: size(offlineFileLimits.perFile) })}
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700" data-testid="evidence-error">
          {error}
        </p>
      )}
    </div>
  );
}
