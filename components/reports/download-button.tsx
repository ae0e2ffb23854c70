"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { cn } from "@/components/ui/cn";

type State =
  | { phase: "idle" }
  | { phase: "receiving"; received: number; total: number | null }
  | { phase: "done"; fileName: string }
  | { phase: "failed"; message: string };

// A screen reader hears the progress at most this often; the visible figure moves with every chunk.
const announceEveryMs = 2_000;

/** The file name the server gave in Content-Disposition (RFC 6266 `filename*` first), or a fallback. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {}
  }
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1] ?? fallback;
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads a generated report with the reader's session, showing how much has arrived (and the
 * share of it when the server says the size; streamed exports do not know it in advance), then
 * saves it under the server's file name. A refusal shows the server's translated message.
 */
export function DownloadButton({ href, label, fileName, className }: { href: string; label: string; fileName: string; className?: string }) {
  const t = useTranslations("exports.download");
  const format = useFormatter();
  const [state, setState] = useState<State>({ phase: "idle" });
  const [announced, setAnnounced] = useState("");
  const lastAnnounced = useRef(0);

  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? format.number(bytes / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 })
      : format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
  const progressText = (received: number, total: number | null) =>
    total ? t("progressOf", { received: size(received), total: size(total), percent: format.number(received / total, { style: "percent" }) }) : t("progress", { received: size(received) });

  async function download() {
    setState({ phase: "receiving", received: 0, total: null });
    setAnnounced(t("started", { label }));
    lastAnnounced.current = Date.now();
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        const message = body?.message ?? t("failed");
        setState({ phase: "failed", message });
        setAnnounced(message);
        return;
      }
      const length = Number(response.headers.get("Content-Length"));
      const total = Number.isFinite(length) && length > 0 ? length : null;
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      const reader = response.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        setState({ phase: "receiving", received, total });
        if (Date.now() - lastAnnounced.current >= announceEveryMs) {
          lastAnnounced.current = Date.now();
          setAnnounced(progressText(received, total));
        }
      }
      const name = fileNameOf(response.headers.get("Content-Disposition"), fileName);
      save(new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" }), name);
      setState({ phase: "done", fileName: name });
      setAnnounced(t("saved", { fileName: name, size: size(received) }));
    } catch {
      setState({ phase: "failed", message: t("failed") });
      setAnnounced(t("failed"));
    }
  }

  const busy = state.phase === "receiving";
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        onClick={download}
        disabled={busy}
        aria-busy={busy}
        className={cn(
          "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-left text-sm font-medium hover:bg-slate-100 disabled:cursor-wait disabled:opacity-80",
          className,
        )}
      >
        {label}
      </button>
      {state.phase === "receiving" && (
        <span className="flex items-center gap-2 text-xs text-slate-700" data-testid="download-progress">
          {state.total ? <progress max={state.total} value={state.received} className="h-2 w-24" aria-hidden /> : null}
          <span className="tabular-nums">{progressText(state.received, state.total)}</span>
        </span>
      )}
      {state.phase === "done" && <span className="text-xs text-green-800">{t("savedShort", { fileName: state.fileName })}</span>}
      {state.phase === "failed" && (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      )}
      {/* Polite and throttled: progress is news, not an interruption. Failures speak through the alert above. */}
      <span aria-live="polite" className="sr-only">
        {state.phase === "failed" ? "" : announced}
      </span>
    </span>
  );
}
