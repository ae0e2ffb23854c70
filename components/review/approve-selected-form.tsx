"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { approveManyAction } from "@/server/actions/review";

type Outcome = { approved: number; refused: Record<string, number> } | { error: string };

/**
 * Wraps the queue table so its row checkboxes pick submissions to approve together. The server
 * decides again which ones may be approved; the outcome lists what was left for a separate look.
 */
export function ApproveSelectedForm({ children }: { children: ReactNode }) {
  const t = useTranslations();
  const form = useRef<HTMLFormElement>(null);
  const [chosen, setChosen] = useState(0);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const countChosen = () => setChosen(form.current?.querySelectorAll('input[name="assessmentIds"]:checked').length ?? 0);

  async function submit(data: FormData) {
    setPending(true);
    setOutcome(null);
    try {
      const result = await approveManyAction({ assessmentIds: data.getAll("assessmentIds") });
      if (!result.ok) {
        setOutcome({ error: result.fieldErrors?.assessmentIds ?? `errors.${result.reason}` });
        return;
      }
      const refused: Record<string, number> = {};
      for (const r of result.value.refused) refused[r.reason] = (refused[r.reason] ?? 0) + 1;
      setOutcome({ approved: result.value.approved.length, refused });
      form.current?.reset();
      countChosen();
    } catch {
      setOutcome({ error: "errors.network" });
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={form} action={submit} onChange={countChosen} className="space-y-3">
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || chosen === 0}>
          {t("review.queue.approveSelected", { count: chosen })}
        </Button>
        <p role="status" aria-live="polite" className="text-sm" data-testid="bulk-outcome">
          {outcome && "error" in outcome && <span className="text-red-700">{t(outcome.error)}</span>}
          {outcome && "approved" in outcome && (
            <>
              <span className="text-emerald-800">{t("review.queue.approvedCount", { count: outcome.approved })}</span>
              {Object.entries(outcome.refused).map(([reason, count]) => (
                <span key={reason} className="ml-2 text-amber-900">
                  {t(`review.queue.refused.${reason}`, { count })}
                </span>
              ))}
            </>
          )}
        </p>
      </div>
    </form>
  );
}
