"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { saveResponseAction } from "@/server/actions/assessments";
import { answerState } from "@/lib/assessments/answer-state";
import { attainment, distanceToTarget } from "@/lib/readiness/attainment";
import { checkResponse, type Problem } from "@/lib/assessments/check-response";
import { problemParams } from "@/lib/assessments/problem-params";
import { responseFormReader, toFormValues } from "@/lib/validation/response-form";
import type { ResponseView } from "@/server/assessments/response-view";
import { Badge } from "@/components/ui/badge";
import type { EvidenceFileView } from "@/server/evidence/evidence-view";
import { AnswerInputs, CommentInput, EvidenceInputs, NumberBox, type AnswerFields } from "./answer-inputs";
import { AnswerBadge, ConflictNotice } from "./save-state";
import type { EntryIndicator, EntryState } from "./types";
import { useAutosave } from "./use-autosave";
import { useDevice } from "@/components/offline/offline-provider";

interface Props {
  assessmentId: string;
  year: number;
  indicator: EntryIndicator;
  answer: ResponseView;
  files: EvidenceFileView[];
  editable: boolean;
  /** A reviewer's comment when this answer was sent back. */
  flag: string | null;
  /** Changed since the previous submission: what a reviewer looks at again. */
  changed: boolean;
  onState: (indicatorId: string, state: EntryState) => void;
  /** A save or an evidence change took away the checklist's completion. */
  onCompletionCleared: () => void;
  /** The indicator's discussion: right under a flag, which the city answers there; otherwise at the end. */
  discussion?: ReactNode;
  /** This answer as the device last had it saved, when newer than the page's (a kept page opened offline). */
  newer?: ResponseView;
}

/**
 * One indicator of the checklist: its answer (boxes by type, in ./answer-inputs), saved as it is
 * typed (./use-autosave), checked live against the indicator's rules, with its target, last year's
 * figure, evidence and discussion.
 */
export function IndicatorEntry({ assessmentId, year, indicator, answer, files: initialFiles, editable, flag, changed, onState, onCompletionCleared, discussion, newer }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const read = useMemo(() => responseFormReader(locale), [locale]);
  const [files, setFilesShown] = useState(initialFiles);
  // Adding or removing a file takes away the completion too (server/evidence).
  const setFiles = (next: EvidenceFileView[]) => {
    setFilesShown(next);
    onCompletionCleared();
  };
  const device = useDevice();
  const { values, change, save, unsaved, atRisk, keepMine, takeTheirs } = useAutosave({
    initial: toFormValues(answer, locale),
    parse: (typed) => {
      const { fields } = read(typed);
      return fields ? { success: true, data: fields } : { success: false };
    },
    revision: answer.revision,
    send: (fields, revision) => saveResponseAction({ ...fields, assessmentId, indicatorId: indicator.id, revision }),
    locale,
    onSaved: ({ completionCleared }) => completionCleared && onCompletionCleared(),
    device,
    answer: { assessmentId, indicatorId: indicator.id, code: indicator.code },
    newer,
  });

  // What is typed, read as far as it can be: a box that cannot be saved yet says why at the box,
  // and the others (the computed rate, their checks) stay in view.
  const { problems: typing, readable } = read(values);
  const check = checkResponse(indicator.rules, { ...readable, evidenceFiles: files.length }, { year, previousValue: indicator.lastYearValue });
  const problemCount = check.errors.length + check.unresolvedWarnings.length;
  const state = answerState({ progress: save.kind, message: save.kind === "error" ? save.message : undefined, typingProblems: typing.length, checkProblems: problemCount });
  // Read-only answers are shown as stored (a published rate may come without its denominator);
  // the checks are for whoever can still change them.
  const displayedValue = editable ? check.value : answer.value;

  useEffect(() => {
    onState(indicator.id, { unsaved, atRisk, answered: check.answered, errors: problemCount + typing.length, missingRequired: check.missingRequired });
  });

  // Met, on track or behind beside the answer, judged as the readiness page judges it.
  const judged = attainment(indicator.scoring, displayedValue, year);
  const distance = distanceToTarget(indicator.scoring, judged, displayedValue);
  const standing = (() => {
    if (judged.status !== "met" && judged.status !== "onTrack" && judged.status !== "behind") return null;
    const targetYear = judged.target?.year;
    if (targetYear === undefined) return t(`checklist.attainment.${judged.status}Scale`);
    if (judged.status === "met") return t("checklist.attainment.met", { year: targetYear });
    if (distance === null) return t("checklist.attainment.notMet", { year: targetYear });
    const gap =
      indicator.type === "rate"
        ? t("checklist.attainment.points", { value: Math.round(distance * 1000) / 10 })
        : indicator.type === "level"
          ? t("checklist.attainment.levels", { value: distance })
          : [format.number(distance), indicator.unit].filter(Boolean).join(" ");
    return t(`checklist.attainment.${judged.status}`, { gap, year: targetYear });
  })();

  const fieldId = (field: string) => `f-${indicator.id}-${field}`;
  const message = (problem: Problem) => t(problem.code, problemParams(problem.params, indicator.type, format.number));
  const fields: AnswerFields = {
    values,
    change,
    fieldId,
    editable,
    errorsFor: (field) =>
      !editable ? [] : [...typing.filter((p) => p.field === field).map((p) => t(p.code, p.params)), ...check.errors.filter((p) => p.field === field).map(message)],
    warningsFor: (field) => (editable ? check.warnings.filter((p) => p.field === field) : []).map(message),
  };
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const plain = (v: number | null) => (v === null ? "—" : format.number(v));
  const shown = (v: number | null) => (v === null ? "—" : indicator.type === "rate" ? percent(v) : format.number(v));

  return (
    <article
      id={`indicator-${indicator.code}`}
      data-testid="indicator-entry"
      data-code={indicator.code}
      tabIndex={-1}
      className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby={`${fieldId("label")}`}
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={fieldId("label")} className="font-medium">
          <span className="mr-2 text-sm text-slate-500">{indicator.code}</span>
          {indicator.label}
          {indicator.rules.required && (
            <span className="ml-1 text-red-700">
              <span aria-hidden>*</span>
              <span className="sr-only">({t("checklist.required")})</span>
            </span>
          )}
        </h3>
        <span className="flex items-center gap-2">
          {changed && <Badge tone="blue">{t("review.changed")}</Badge>}
          <AnswerBadge state={state} />
          {/* A full page load, so that the warning about unsaved answers still applies. */}
          <a
            href={`/assessments/${assessmentId}/history?indicator=${indicator.id}`}
            aria-label={t("history.entryLinkLabel", { code: indicator.code })}
            className="text-xs text-brand-700 hover:underline"
            data-testid="indicator-history"
          >
            {t("history.entryLink")}
          </a>
        </span>
      </header>
      {flag && (
        <p role="note" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950" data-testid="flag">
          <span className="font-medium">{t("review.flagLabel")}</span> {flag}
        </p>
      )}
      {flag && discussion}
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {indicator.target && (
          <span>
            {t("checklist.target", { year: indicator.target.year, value: shown(indicator.target.value) })}{" "}
            <span className="text-xs text-slate-600">({indicator.target.sourceTitle})</span>
          </span>
        )}
        {indicator.lastYearValue !== null && <span>{t("checklist.lastYear", { value: shown(indicator.lastYearValue) })}</span>}
        {standing && (
          <span data-testid="attainment" data-status={judged.status} aria-live="polite">
            <Badge tone={judged.status === "met" ? "green" : judged.status === "onTrack" ? "blue" : "amber"}>{standing}</Badge>
          </span>
        )}
      </div>
      {indicator.help && (
        <details className="mt-1 text-sm text-slate-700">
          <summary className="cursor-pointer text-brand-700">{t("checklist.help")}</summary>
          <p className="mt-1">{indicator.help}</p>
          {indicator.verificationNote && <p className="mt-1 text-xs text-amber-900">{indicator.verificationNote}</p>}
        </details>
      )}

      <form className="mt-3 space-y-3" onSubmit={(e) => e.preventDefault()} noValidate>
        <AnswerInputs fields={fields} indicator={indicator} rate={shown(displayedValue)} />
        {indicator.rules.asOfYear && (
          <div className="max-w-xs">
            <NumberBox fields={fields} field="dataYear" label={t("checklist.dataYear")} />
          </div>
        )}
        {(check.warnings.length > 0 || values.comment) && <CommentInput fields={fields} needed={check.unresolvedWarnings.length > 0} />}
        {(indicator.rules.evidence !== "none" || indicator.type === "evidence") && (
          <EvidenceInputs fields={fields} indicator={indicator} assessmentId={assessmentId} files={files} onFiles={setFiles} />
        )}
      </form>

      {save.kind === "conflict" && (
        <ConflictNotice
          theirs={save.theirs}
          theirValue={indicator.type === "rate" ? `${plain(save.theirs.numerator)} / ${plain(save.theirs.denominator)}` : (save.theirs.text ?? shown(save.theirs.value))}
          onTakeTheirs={() => void takeTheirs(save.theirs)}
          onKeepMine={() => void keepMine(save.theirs)}
        />
      )}
      {!flag && discussion}
    </article>
  );
}
