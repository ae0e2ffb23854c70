"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { reviewActAction } from "@/server/actions/assessments";
import type { ReviewAct } from "@/lib/review/workflow";
import { reviewActSchema } from "@/lib/validation/review";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formatDateTime } from "@/lib/format/dates";

export interface Decision {
  id: string;
  act: string;
  toStatus: string;
  reason: string | null;
  at: string;
  actorName: string;
}

interface Props {
  assessmentId: string;
  /** What the user may do now; `incomplete` means submitting waits for "complete". */
  acts: Partial<Record<ReviewAct, "ok" | "incomplete">>;
  indicators: { id: string; code: string; label: string }[];
  decisions: Decision[];
  /** Discussions not yet closed on this checklist: approving asks with a warning. */
  openThreads: number;
  /** The user sent this checklist and so may not review it; said instead of a missing button. */
  ownSubmission: boolean;
}

/** Acts that take effect at once and cannot be taken back by the same person: each asks first. */
const confirmedActs = new Set<ReviewAct>(["submit", "approve"]);

/** The review steps taken so far, and the next ones this user may take. */
export function ReviewPanel({ assessmentId, acts, indicators, decisions, openThreads, ownSubmission }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [flags, setFlags] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState<ReviewAct | null>(null);
  // The buttons are disabled while an act is taken, and the question closes under the focus: it
  // goes back to the act's button when nothing changed, to the panel's heading once it did.
  const heading = useRef<HTMLHeadingElement>(null);
  const actButtons = useRef<Partial<Record<ReviewAct, HTMLButtonElement | null>>>({});
  const refocus = useRef<ReviewAct | "heading" | null>(null);
  useEffect(() => {
    if (pending || !refocus.current) return;
    const target = refocus.current === "heading" ? heading.current : actButtons.current[refocus.current];
    refocus.current = null;
    target?.focus();
  }, [pending]);
  const actButton = (act: ReviewAct) => (element: HTMLButtonElement | null) => {
    actButtons.current[act] = element;
  };
  const cancel = (act: ReviewAct) => {
    setConfirming(null);
    actButtons.current[act]?.focus();
  };

  const ask = (act: ReviewAct) => {
    setError(null);
    if (confirmedActs.has(act)) setConfirming(act);
    else take(act);
  };

  const take = (act: ReviewAct) =>
    startTransition(async () => {
      setConfirming(null);
      setError(null);
      refocus.current = act;
      const input = {
        assessmentId,
        act,
        reason: reason || null,
        flags: act === "return" ? Object.entries(flags).map(([indicatorId, comment]) => ({ indicatorId, comment })) : [],
      };
      // The same schema the server parses, so a blank flag comment is caught before sending.
      const parsed = reviewActSchema.safeParse(input);
      if (!parsed.success) return setError("review.flagCommentNeeded");
      const result = await reviewActAction(parsed.data);
      if (!result.ok) return setError(result.fieldErrors?._form ?? `errors.${result.reason}`);
      setReason("");
      setFlags({});
      refocus.current = "heading";
      router.refresh();
    });

  const needsReason = acts.return === "ok" || acts.reopen === "ok";
  const latest = decisions.at(-1);
  const buttons = (
    <div className="flex flex-wrap gap-2">
      {/* Not yet possible: said in words beside the status; on a phone the greyed button is left out. */}
      {acts.submit && (
        <Button type="button" ref={actButton("submit")} onClick={() => ask("submit")} disabled={pending || acts.submit === "incomplete"} className={acts.submit === "incomplete" ? "max-sm:hidden" : undefined}>
          {t("review.actions.submit")}
        </Button>
      )}
      {acts.approve === "ok" && (
        <Button type="button" ref={actButton("approve")} onClick={() => ask("approve")} disabled={pending}>
          {t("review.actions.approve")}
        </Button>
      )}
      {acts.return === "ok" && (
        <Button type="button" variant="secondary" ref={actButton("return")} onClick={() => ask("return")} disabled={pending}>
          {t("review.actions.return")}
        </Button>
      )}
      {acts.reopen === "ok" && (
        <Button type="button" variant="secondary" ref={actButton("reopen")} onClick={() => ask("reopen")} disabled={pending}>
          {t("review.actions.reopen")}
        </Button>
      )}
    </div>
  );
  // A compact bar: where the review stands and the next step; the steps so far on demand. A
  // reviewer's reason and flags come before their buttons, which then sit below them.
  return (
    <section aria-labelledby="review-heading" className="rounded-lg border border-slate-200 bg-white px-4 py-3" data-testid="review-panel">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <h2 id="review-heading" ref={heading} tabIndex={-1} className="text-base font-semibold">
          {t("review.title")}
        </h2>
        <p className="text-sm text-slate-700" data-testid="review-latest">
          {latest ? (
            <>
              <time dateTime={latest.at} className="tabular-nums text-slate-600">
                {formatDateTime(latest.at)}
              </time>{" "}
              <span className="font-medium">{latest.actorName}</span> {t(`review.acts.${latest.act}`)}
            </>
          ) : (
            t("review.noDecisions")
          )}
          {acts.submit === "incomplete" && <span className="block text-xs text-slate-600">{t("review.submitNeedsComplete")}</span>}
        </p>
        {!needsReason && <div className="sm:ml-auto">{buttons}</div>}
      </div>
      {decisions.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-brand-700">{t("review.history", { count: decisions.length })}</summary>
          <ol className="mt-2 space-y-1" data-testid="review-timeline">
            {decisions.map((d) => (
              <li key={d.id}>
                <time dateTime={d.at} className="tabular-nums text-slate-600">
                  {formatDateTime(d.at)}
                </time>{" "}
                <span className="font-medium">{d.actorName}</span> {t(`review.acts.${d.act}`)}
                {d.reason && <span className="text-slate-700">: “{d.reason}”</span>}
              </li>
            ))}
          </ol>
        </details>
      )}

      {needsReason && (
        <div className="mt-3 space-y-1">
          <label htmlFor="review-reason" className="block text-sm font-medium">
            {t("review.reason")}
          </label>
          <textarea id="review-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} className="block w-full rounded-md border border-slate-400 px-3 py-2 text-sm" />
        </div>
      )}
      {acts.return === "ok" && (
        <details className="mt-3 rounded-md bg-slate-50 p-3">
          <summary className="cursor-pointer text-sm font-medium">{t("review.flagIndicators", { count: Object.keys(flags).length })}</summary>
          <ul className="mt-2 space-y-2">
            {indicators.map((indicator) => {
              const flagged = indicator.id in flags;
              return (
                <li key={indicator.id} className="space-y-1">
                  <label className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-1 size-4"
                      checked={flagged}
                      onChange={(e) =>
                        setFlags(({ [indicator.id]: _dropped, ...rest }) => {
                          void _dropped;
                          return e.target.checked ? { ...rest, [indicator.id]: "" } : rest;
                        })
                      }
                    />
                    <span>
                      <span className="text-slate-500">{indicator.code}</span> {indicator.label}
                    </span>
                  </label>
                  {flagged && (
                    <div className="space-y-1 pl-6">
                      <label htmlFor={`flag-${indicator.id}`} className="block text-xs font-medium text-slate-700">
                        {t("review.flagComment", { code: indicator.code })}
                      </label>
                      <Input id={`flag-${indicator.id}`} value={flags[indicator.id]} onChange={(e) => setFlags((all) => ({ ...all, [indicator.id]: e.target.value }))} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}

      {needsReason && <div className="mt-3">{buttons}</div>}
      {confirming && (
        <div role="alertdialog" aria-labelledby="review-confirm-question" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm" data-testid="review-confirm">
          <p id="review-confirm-question" className="font-medium text-amber-950">
            {t(`review.confirm.${confirming}`)}
          </p>
          {confirming === "approve" && openThreads > 0 && (
            <p className="mt-1 text-amber-950" data-testid="open-threads-warning">
              {t("review.confirm.openThreads", { count: openThreads })}
            </p>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            <Button type="button" onClick={() => take(confirming)} disabled={pending} autoFocus>
              {t(`review.confirm.yes.${confirming}`)}
            </Button>
            <Button type="button" variant="secondary" onClick={() => cancel(confirming)}>
              {t("review.confirm.cancel")}
            </Button>
          </div>
        </div>
      )}
      {ownSubmission && (
        <p className="mt-2 text-xs text-slate-600" data-testid="own-submission">
          {t("review.ownSubmissionNote")}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t(error)}
        </p>
      )}
    </section>
  );
}
