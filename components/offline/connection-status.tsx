"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { useDevice } from "./offline-provider";

/**
 * The connection in the header: online, offline (with how many answers wait on the device),
 * sending; and, once queued answers have gone out, what the server took, what conflicts and what
 * it refused, with a link to each.
 */
export function ConnectionStatus() {
  const t = useTranslations("shell.connection");
  const device = useDevice();
  const pathname = usePathname();
  if (!device) return null;
  const { connection, waiting } = device;
  const files = waiting.files > 0 ? t("filesWaiting", { count: waiting.files }) : null;
  const answers = (() => {
    switch (connection.kind) {
      case "online":
        return t("online");
      case "offline":
        return waiting.answers > 0 ? t("offlineWaiting", { count: waiting.answers }) : t("offline");
      case "syncing":
        return t("syncing", { count: waiting.answers });
      case "waiting":
        return waiting.answers > 0 ? t("waiting", { count: waiting.answers }) : null;
    }
  })();
  const text = [answers, files].filter(Boolean).join(" · ");
  // The session ended while answers waited: they stay on the device until the user signs in again.
  if (device.held && connection.kind !== "online") {
    return (
      <a href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`} className="flex items-center gap-1.5 text-xs font-medium text-amber-900 underline underline-offset-2" data-testid="connection" data-state="held">
        <span aria-hidden className="inline-block h-2 w-2 rounded-full bg-amber-600" />
        {text} · {t("signInToSend")}
      </a>
    );
  }
  const dot = connection.kind === "online" ? "bg-emerald-600" : connection.kind === "offline" ? "bg-red-700" : "bg-amber-600";
  return (
    // Announced as it changes, but not a status message of the page's own: those stay the page's.
    <span aria-live="polite" title={`${t("label")}: ${text}`} className="flex items-center gap-1.5 text-xs text-slate-700" data-testid="connection" data-state={connection.kind}>
      <span aria-hidden className={cn("inline-block h-2 w-2 rounded-full", dot)} />
      <span className={cn(connection.kind === "online" && "sr-only sm:not-sr-only")}>
        <span className="sr-only">{t("label")}: </span>
        {text}
      </span>
    </span>
  );
}

/** What became of the answers sent after a time offline, until the user closes it. */
export function SyncSummaryNotice() {
  const t = useTranslations("shell.connection");
  const tAll = useTranslations();
  const device = useDevice();
  const summary = device?.summary;
  if (!device || !summary) return null;
  const link = (item: { code: string; assessmentId: string }) => (
    <a href={`/assessments/${item.assessmentId}#indicator-${item.code}`} className="font-medium underline underline-offset-2">
      {item.code}
    </a>
  );
  return (
    <section aria-labelledby="sync-summary-title" aria-live="polite" className="mx-auto mb-2 max-w-6xl px-4" data-testid="sync-summary">
      <div className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
        <div className="space-y-1">
          <h2 id="sync-summary-title" className="font-medium">
            {t("summaryTitle")}
          </h2>
          {summary.sent > 0 && <p data-testid="sync-sent">{t("sent", { count: summary.sent })}</p>}
          {summary.filesSent > 0 && <p data-testid="sync-files-sent">{t("filesSent", { count: summary.filesSent })}</p>}
          {summary.conflicts.length > 0 && (
            <p className="text-amber-900" data-testid="sync-conflicts">
              {t("conflicts", { count: summary.conflicts.length })}{" "}
              {summary.conflicts.map((item, i) => (
                <span key={`${item.assessmentId}/${item.code}`}>
                  {i > 0 && ", "}
                  {link(item)}
                </span>
              ))}
            </p>
          )}
          {summary.refused.length > 0 && (
            <div className="text-red-800" data-testid="sync-refused">
              <p>{t("refused", { count: summary.refused.length })}</p>
              <ul className="list-disc pl-5">
                {summary.refused.map((item) => (
                  <li key={`${item.assessmentId}/${item.code}`}>
                    {link(item)}: {"reason" in item ? tAll(`errors.${item.reason}`) : item.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <button type="button" onClick={device.dismissSummary} className="rounded px-2 py-1 text-sm text-brand-700 hover:bg-slate-100">
          {t("dismiss")}
        </button>
      </div>
    </section>
  );
}
