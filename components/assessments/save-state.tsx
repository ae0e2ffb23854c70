"use client";

import { useTranslations } from "next-intl";
import type { ResponseView } from "@/server/assessments/response-view";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { AnswerState } from "@/lib/assessments/answer-state";
import { formatDateTime } from "@/lib/format/dates";

/**
 * The one state of an answer beside its title (lib/assessments/answer-state.ts), announced as it
 * changes: saved, saved with something to fix, being saved, or not saved and why.
 */
export function AnswerBadge({ state }: { state: AnswerState }) {
  const t = useTranslations("checklist.save");
  const tAll = useTranslations();
  const label = (() => {
    switch (state.kind) {
      case "unchanged":
        return null;
      case "pending":
      case "saving":
      case "queued":
      case "saved":
      case "savedWithProblems":
        return t(state.kind);
      case "notSaved":
        return state.reason === "typing" ? t("invalid") : state.reason === "conflict" ? t("conflict") : `${t("error")} ${tAll(state.message)}`;
    }
  })();
  if (!label) return null;
  const tone = state.kind === "saved" ? "text-emerald-800" : state.kind === "notSaved" ? "text-red-700" : state.kind === "savedWithProblems" || state.kind === "queued" ? "text-amber-900" : "text-slate-600";
  return (
    <span role="status" className={cn("text-xs", tone)} data-testid="save-state" data-state={state.kind}>
      {label}
    </span>
  );
}

interface ConflictNoticeProps {
  theirs: ResponseView;
  /** Their answer as the reader sees it (a rate as "numerator / denominator"). */
  theirValue: string;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}

/** Someone else saved this answer meanwhile: what they saved and when, and the choice of which to keep. */
export function ConflictNotice({ theirs, theirValue, onTakeTheirs, onKeepMine }: ConflictNoticeProps) {
  const t = useTranslations();
  return (
    <div role="alert" className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="conflict">
      <p className="font-medium">{t("checklist.conflict.title")}</p>
      <p className="mt-1">{t("checklist.conflict.theirs", { value: theirValue, time: formatDateTime(theirs.updatedAt) })}</p>
      <p className="mt-1">{t("checklist.conflict.yours")}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={onTakeTheirs}>
          {t("checklist.conflict.useTheirs")}
        </Button>
        <Button type="button" onClick={onKeepMine}>
          {t("checklist.conflict.keepMine")}
        </Button>
      </div>
    </div>
  );
}
