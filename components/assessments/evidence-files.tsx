"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { acceptedExtensions } from "@/lib/assessments/evidence-files";
import type { EvidenceFileView } from "@/server/evidence/evidence-view";
import { Button } from "@/components/ui/button";

interface Props {
  assessmentId: string;
  indicatorId: string;
  inputId: string;
  files: EvidenceFileView[];
  editable: boolean;
  onChange: (files: EvidenceFileView[]) => void;
}

/** The files attached to one answer: download links, removal, and an upload box. */
export function EvidenceFiles({ assessmentId, indicatorId, inputId, files, editable, onChange }: Props) {
  const t = useTranslations("evidence");
  const format = useFormatter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const size = (bytes: number) =>
    bytes >= 1024 * 1024 ? `${format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB` : `${format.number(Math.ceil(bytes / 1024))} kB`;

  async function upload(file: File) {
    setBusy(true);
    setError(null);
    const body = new FormData();
    body.set("indicatorId", indicatorId);
    body.set("file", file);
    try {
      const response = await fetch(`/api/assessments/${assessmentId}/evidence`, { method: "POST", body });
      const json = await response.json();
      if (!response.ok) setError(json.message ?? t("errors.failed"));
      else onChange([...files, json.file]);
    } catch {
      setError(t("errors.failed"));
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
                <Button type="button" variant="ghost" className="min-h-8 px-2 py-1 text-xs" onClick={() => remove(file)} aria-label={t("remove", { name: file.fileName })}>
                  {t("removeShort")}
                </Button>
              )}
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
            {busy ? t("uploading") : t("hint")}
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
