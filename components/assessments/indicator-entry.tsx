"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { saveResponseAction } from "@/server/actions/assessments";
import { checkResponse, wordCount, type Problem, type ProblemField } from "@/lib/assessments/check-response";
import { problemParams } from "@/lib/assessments/problem-params";
import { responseFormSchema, toFormValues, type ResponseFormValues } from "@/lib/validation/response-form";
import { fieldErrors } from "@/lib/validation/zod";
import type { ResponseView } from "@/server/assessments/response-view";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import type { EvidenceFileView } from "@/server/evidence/evidence-view";
import { EvidenceFiles } from "./evidence-files";
import type { EntryIndicator, EntryState } from "./types";

type SaveState =
  | { kind: "idle" | "pending" | "saving" | "invalid" }
  | { kind: "saved"; at: string }
  | { kind: "error"; message: string }
  | { kind: "conflict"; theirs: ResponseView };

const autosaveDelayMs = 800;

/** Moves on to the next box with Enter, as in a spreadsheet; text areas keep Enter for new lines. */
function enterMovesOn(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "Enter" || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLButtonElement) return;
  event.preventDefault();
  const boxes = [...document.querySelectorAll<HTMLElement>("[data-entry]")].filter((el) => !(el as HTMLInputElement).disabled);
  const next = boxes[boxes.indexOf(event.target as HTMLElement) + 1];
  next?.focus();
}

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
  /** The indicator's discussion: right under a flag, which the city answers there; otherwise at the end. */
  discussion?: ReactNode;
}

export function IndicatorEntry({ assessmentId, year, indicator, answer, files: initialFiles, editable, flag, changed, onState, discussion }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const schema = useMemo(() => responseFormSchema(locale), [locale]);
  const form = useForm<ResponseFormValues>({ defaultValues: toFormValues(answer, locale) });
  const values = form.watch();
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [files, setFiles] = useState(initialFiles);

  const revision = useRef(answer.revision);
  const changes = useRef(0);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const parsed = schema.safeParse(values);
  const typingErrors = parsed.success ? {} : fieldErrors(parsed.error);
  const check = parsed.success
    ? checkResponse(indicator.rules, { ...parsed.data, evidenceFiles: files.length }, { year, previousValue: indicator.lastYearValue })
    : null;
  const unsaved = !["idle", "saved"].includes(save.kind);
  // Read-only answers are shown as stored (a published rate may come without its denominator);
  // the checks are for whoever can still change them.
  const displayedValue = editable ? (check?.value ?? null) : answer.value;

  useEffect(() => {
    onState(indicator.id, {
      unsaved,
      answered: check?.answered ?? false,
      errors: (check?.errors.length ?? 0) + (check?.unresolvedWarnings.length ?? 0) + Object.keys(typingErrors).length,
      missingRequired: check?.missingRequired ?? indicator.rules.required,
    });
  });

  async function flush(attempt = 0): Promise<void> {
    clearTimeout(timer.current);
    if (inFlight.current) return;
    const current = schema.safeParse(form.getValues());
    // Something typed is not a number yet: keep it on screen, unsaved, until it is.
    if (!current.success) return setSave({ kind: "invalid" });
    const seen = changes.current;
    inFlight.current = true;
    setSave({ kind: "saving" });
    let result: Awaited<ReturnType<typeof saveResponseAction>>;
    try {
      result = await saveResponseAction({ ...current.data, assessmentId, indicatorId: indicator.id, revision: revision.current });
    } catch {
      inFlight.current = false;
      setSave({ kind: "error", message: "errors.network" });
      timer.current = setTimeout(() => flush(attempt + 1), Math.min(30_000, 2_000 * 2 ** attempt));
      return;
    }
    inFlight.current = false;
    if (!result.ok) return setSave({ kind: "error", message: `errors.${result.reason}` });
    if (result.value.kind === "conflict") return setSave({ kind: "conflict", theirs: result.value.current });
    revision.current = result.value.response.revision;
    // Typing went on while this save was under way: save again.
    if (changes.current !== seen) return flush();
    setSave({ kind: "saved", at: result.value.response.updatedAt });
  }

  useEffect(() => {
    const subscription = form.watch((_, { type }) => {
      if (type !== "change") return;
      changes.current++;
      setSave((s) => (s.kind === "conflict" ? s : { kind: "pending" }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(), autosaveDelayMs);
    });
    return () => subscription.unsubscribe();
    // flush reads refs and the latest form values; subscribing once is intended.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const keepMine = (theirs: ResponseView) => {
    revision.current = theirs.revision;
    void flush();
  };
  const takeTheirs = (theirs: ResponseView) => {
    revision.current = theirs.revision;
    form.reset(toFormValues(theirs, locale));
    setSave({ kind: "saved", at: theirs.updatedAt });
  };

  const fieldId = (field: string) => `f-${indicator.id}-${field}`;
  const problemsFor = (field: ProblemField): Problem[] => (!editable ? [] : [
    ...(typingErrors[field] ? [{ field, code: typingErrors[field] }] : []),
    ...(check?.errors.filter((p) => p.field === field) ?? []),
  ]);
  const warningsFor = (field: ProblemField) => (editable ? (check?.warnings.filter((p) => p.field === field) ?? []) : []);
  const message = (problem: Problem) => t(problem.code, problemParams(problem.params, indicator.type, format.number));
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const plain = (v: number | null) => (v === null ? "—" : format.number(v));
  const shown = (v: number | null) => (v === null ? "—" : indicator.type === "rate" ? percent(v) : format.number(v));

  const box = (field: "numerator" | "denominator" | "value" | "dataYear", label: string, hint?: string | null) => {
    const problems = [...problemsFor(field), ...warningsFor(field)];
    return (
      <div className="space-y-1">
        <label htmlFor={fieldId(field)} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <div className="flex items-center gap-2">
          <Input
            id={fieldId(field)}
            data-entry
            inputMode="decimal"
            autoComplete="off"
            disabled={!editable}
            aria-invalid={problemsFor(field).length > 0}
            aria-describedby={problems.length ? `${fieldId(field)}-problems` : undefined}
            onKeyDown={enterMovesOn}
            {...form.register(field)}
          />
          {hint && <span className="text-sm text-slate-600">{hint}</span>}
        </div>
        <Problems id={`${fieldId(field)}-problems`} errors={problemsFor(field).map(message)} warnings={warningsFor(field).map(message)} />
      </div>
    );
  };

  const textWords = wordCount(values.text ?? "");

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
          {indicator.rules.required && <span className="ml-1 text-red-700" aria-label={t("checklist.required")}>*</span>}
        </h3>
        <span className="flex items-center gap-2">
          {changed && <Badge tone="blue">{t("review.changed")}</Badge>}
          <SaveBadge save={save} />
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
        {!indicator.verified && <Badge tone="amber">{t("frameworks.unverified")}</Badge>}
      </div>
      {indicator.help && (
        <details className="mt-1 text-sm text-slate-700">
          <summary className="cursor-pointer text-brand-700">{t("checklist.help")}</summary>
          <p className="mt-1">{indicator.help}</p>
          {indicator.verificationNote && <p className="mt-1 text-xs text-amber-900">{indicator.verificationNote}</p>}
        </details>
      )}

      <form className="mt-3 space-y-3" onSubmit={(e) => e.preventDefault()} noValidate>
        {indicator.type === "rate" && (
          <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
            {box("numerator", indicator.numeratorLabel ?? t("checklist.numerator"))}
            {box("denominator", indicator.denominatorLabel ?? t("checklist.denominator"))}
            <p className="text-sm sm:pt-7" aria-live="polite">
              {t("checklist.rate")}: <output className="font-semibold tabular-nums" data-testid="computed-rate">{shown(displayedValue)}</output>
            </p>
          </div>
        )}
        {(indicator.type === "count" || indicator.type === "number") && box("value", t("checklist.value"), indicator.unit)}
        {(indicator.type === "level" || indicator.type === "boolean") && (
          <fieldset>
            <legend className="sr-only">{indicator.label}</legend>
            <div className="flex flex-wrap gap-2">
              {(indicator.type === "boolean"
                ? [
                    { value: 1, label: t("checklist.yes") },
                    { value: 0, label: t("checklist.no") },
                  ]
                : indicator.levels
              ).map((level) => (
                <label key={level.value} className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                  <input type="radio" value={String(level.value)} disabled={!editable} data-entry onKeyDown={enterMovesOn} {...form.register("value")} />
                  {indicator.type === "level" && <span className="tabular-nums text-slate-500">{level.value}</span>}
                  {level.label}
                </label>
              ))}
            </div>
            <Problems id={`${fieldId("value")}-problems`} errors={problemsFor("value").map(message)} warnings={warningsFor("value").map(message)} />
          </fieldset>
        )}
        {indicator.type === "date" && (
          <div className="max-w-xs space-y-1">
            <label htmlFor={fieldId("text")} className="block text-sm font-medium">
              {t("checklist.date")}
            </label>
            <Input id={fieldId("text")} type="date" data-entry disabled={!editable} onKeyDown={enterMovesOn} {...form.register("text")} />
            <Problems id={`${fieldId("text")}-problems`} errors={problemsFor("text").map(message)} warnings={[]} />
          </div>
        )}
        {indicator.type === "text" && (
          <div className="space-y-1">
            <label htmlFor={fieldId("text")} className="block text-sm font-medium">
              {t("checklist.answer")}
            </label>
            <textarea
              id={fieldId("text")}
              data-entry
              rows={6}
              disabled={!editable}
              className="block w-full rounded-md border border-slate-400 px-3 py-2"
              aria-describedby={`${fieldId("text")}-words`}
              {...form.register("text")}
            />
            {indicator.rules.maxWords && (
              <p id={`${fieldId("text")}-words`} className={cn("text-xs", textWords > indicator.rules.maxWords ? "text-red-700" : "text-slate-600")}>
                {t("checklist.words", { count: textWords, max: indicator.rules.maxWords })}
              </p>
            )}
            <Problems id={`${fieldId("text")}-problems`} errors={problemsFor("text").map(message)} warnings={[]} />
          </div>
        )}
        {indicator.rules.asOfYear && <div className="max-w-xs">{box("dataYear", t("checklist.dataYear"))}</div>}

        {(check?.warnings.length || values.comment) && (
          <div className="space-y-1">
            <label htmlFor={fieldId("comment")} className="block text-sm font-medium">
              {t("checklist.comment")}
            </label>
            <Input id={fieldId("comment")} data-entry disabled={!editable} onKeyDown={enterMovesOn} {...form.register("comment")} />
            {check?.unresolvedWarnings.length ? <p className="text-xs text-amber-900">{t("checklist.commentHint")}</p> : null}
          </div>
        )}

        {(indicator.rules.evidence !== "none" || indicator.type === "evidence") && (
          <details className="rounded-md bg-slate-50 p-3" open={indicator.rules.evidence === "required" || !!values.evidenceNote || !!values.evidenceLinks || files.length > 0}>
            <summary className="cursor-pointer text-sm font-medium">
              {t(indicator.rules.evidence === "required" || indicator.type === "evidence" ? "checklist.evidenceRequired" : "checklist.evidenceOptional")}
            </summary>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              <div className="space-y-1">
                <label htmlFor={fieldId("evidenceNote")} className="block text-sm">
                  {t("checklist.evidenceNote")}
                </label>
                <textarea id={fieldId("evidenceNote")} rows={2} disabled={!editable} className="block w-full rounded-md border border-slate-400 px-3 py-2 text-sm" {...form.register("evidenceNote")} />
              </div>
              <div className="space-y-1">
                <label htmlFor={fieldId("evidenceLinks")} className="block text-sm">
                  {t("checklist.evidenceLinks")}
                </label>
                <textarea id={fieldId("evidenceLinks")} rows={2} disabled={!editable} className="block w-full rounded-md border border-slate-400 px-3 py-2 text-sm" {...form.register("evidenceLinks")} />
              </div>
            </div>
            <div className="mt-3">
              <EvidenceFiles assessmentId={assessmentId} indicatorId={indicator.id} inputId={fieldId("file")} files={files} editable={editable} onChange={setFiles} />
            </div>
            <Problems id={`${fieldId("evidence")}-problems`} errors={problemsFor("evidence").map(message)} warnings={[]} />
          </details>
        )}
      </form>

      {save.kind === "conflict" && (
        <div role="alert" className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="conflict">
          <p className="font-medium">{t("checklist.conflict.title")}</p>
          <p className="mt-1">
            {t("checklist.conflict.theirs", {
              value:
                indicator.type === "rate"
                  ? `${plain(save.theirs.numerator)} / ${plain(save.theirs.denominator)}`
                  : (save.theirs.text ?? shown(save.theirs.value)),
              time: format.dateTime(new Date(save.theirs.updatedAt), { timeStyle: "short" }),
            })}
          </p>
          <p className="mt-1">{t("checklist.conflict.yours")}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button type="button" variant="secondary" onClick={() => takeTheirs(save.theirs)}>
              {t("checklist.conflict.useTheirs")}
            </Button>
            <Button type="button" onClick={() => keepMine(save.theirs)}>
              {t("checklist.conflict.keepMine")}
            </Button>
          </div>
        </div>
      )}
      {!flag && discussion}
    </article>
  );
}

function Problems({ id, errors, warnings }: { id: string; errors: string[]; warnings: string[] }) {
  if (!errors.length && !warnings.length) return null;
  return (
    <ul id={id} className="space-y-0.5 text-sm">
      {errors.map((e) => (
        <li key={e} className="text-red-700" data-testid="entry-error">
          {e}
        </li>
      ))}
      {warnings.map((w) => (
        <li key={w} className="text-amber-900" data-testid="entry-warning">
          {w}
        </li>
      ))}
    </ul>
  );
}

function SaveBadge({ save }: { save: SaveState }) {
  const t = useTranslations("checklist.save");
  const tAll = useTranslations();
  const label = {
    idle: null,
    pending: t("pending"),
    saving: t("saving"),
    saved: t("saved"),
    invalid: t("invalid"),
    error: save.kind === "error" ? `${t("error")} ${tAll(save.message)}` : null,
    conflict: t("conflict"),
  }[save.kind];
  if (!label) return null;
  const tone = save.kind === "saved" ? "text-emerald-800" : save.kind === "error" || save.kind === "conflict" || save.kind === "invalid" ? "text-red-700" : "text-slate-600";
  return (
    <span role="status" className={cn("text-xs", tone)} data-testid="save-state">
      {label}
    </span>
  );
}
