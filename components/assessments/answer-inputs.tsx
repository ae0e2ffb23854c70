"use client";

import { useTranslations } from "next-intl";
import type { ChangeEvent, KeyboardEvent } from "react";
import { wordCount, type ProblemField } from "@/lib/assessments/check-response";
import { lengthNearLimit, type ResponseFormValues } from "@/lib/validation/response-form";
import type { EvidenceFileView } from "@/server/evidence/evidence-view";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { EvidenceFiles } from "./evidence-files";
import type { EntryIndicator } from "./types";

// The boxes of one answer, by indicator type. Each shows its own problems: errors (what is typed,
// and the indicator's rules) and warnings, as translated messages.

/** What every box of one answer needs: the values and how to change one, ids, whether it may change, problems. */
export interface AnswerFields {
  values: ResponseFormValues;
  change: (field: keyof ResponseFormValues, value: string) => void;
  fieldId: (field: string) => string;
  editable: boolean;
  /** Problems at one box: what cannot be saved as typed, then what the indicator's rules find. */
  errorsFor: (field: ProblemField | keyof ResponseFormValues) => string[];
  warningsFor: (field: ProblemField) => string[];
}

/** A box's name, value and change handler. */
const bound = ({ values, change }: AnswerFields, field: keyof ResponseFormValues) => ({
  name: field,
  value: values[field],
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => change(field, event.target.value),
});

/** Moves on to the next box with Enter, as in a spreadsheet; text areas keep Enter for new lines. */
function enterMovesOn(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "Enter" || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLButtonElement) return;
  event.preventDefault();
  const boxes = [...document.querySelectorAll<HTMLElement>("[data-entry]")].filter((el) => !(el as HTMLInputElement).disabled);
  const next = boxes[boxes.indexOf(event.target as HTMLElement) + 1];
  next?.focus();
}

export function Problems({ id, errors, warnings }: { id: string; errors: string[]; warnings: string[] }) {
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

/** A text box's length against its limit, shown once the limit is near; red past it. */
function LengthCounter({ id, field, value }: { id: string; field: "text" | "comment" | "evidenceNote"; value: string }) {
  const t = useTranslations();
  const near = lengthNearLimit(field, value);
  if (!near) return null;
  return (
    <p id={id} className={cn("text-xs tabular-nums", near.count > near.max ? "text-red-700" : "text-slate-600")} data-testid="length-counter">
      {t("checklist.length", near)}
    </p>
  );
}

/** The ids a box's description points to: its counter and its problems, where shown. */
const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(" ") || undefined;

/** A number typed in the reader's locale, with its label and an optional unit beside it. */
export function NumberBox({ fields, field, label, hint }: { fields: AnswerFields; field: "numerator" | "denominator" | "value" | "dataYear"; label: string; hint?: string | null }) {
  const { fieldId, editable } = fields;
  const errors = fields.errorsFor(field);
  const warnings = fields.warningsFor(field);
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
          aria-invalid={errors.length > 0}
          aria-describedby={errors.length + warnings.length ? `${fieldId(field)}-problems` : undefined}
          onKeyDown={enterMovesOn}
          {...bound(fields, field)}
        />
        {hint && <span className="text-sm text-slate-600">{hint}</span>}
      </div>
      <Problems id={`${fieldId(field)}-problems`} errors={errors} warnings={warnings} />
    </div>
  );
}

/** Numerator and denominator, with the rate they make (`rate`, already formatted). */
function RateInputs({ fields, indicator, rate }: { fields: AnswerFields; indicator: EntryIndicator; rate: string }) {
  const t = useTranslations();
  return (
    <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
      <NumberBox fields={fields} field="numerator" label={indicator.numeratorLabel ?? t("checklist.numerator")} />
      <NumberBox fields={fields} field="denominator" label={indicator.denominatorLabel ?? t("checklist.denominator")} />
      <p className="text-sm sm:pt-7" aria-live="polite">
        {t("checklist.rate")}: <output className="font-semibold tabular-nums" data-testid="computed-rate">{rate}</output>
      </p>
    </div>
  );
}

/** A yes/no answer or a level on the indicator's scale, as radio buttons. */
function ChoiceInputs({ fields, indicator }: { fields: AnswerFields; indicator: EntryIndicator }) {
  const t = useTranslations();
  const { values, change, fieldId, editable } = fields;
  const choices =
    indicator.type === "boolean"
      ? [
          { value: 1, label: t("checklist.yes") },
          { value: 0, label: t("checklist.no") },
        ]
      : indicator.levels;
  return (
    <fieldset>
      <legend className="sr-only">{indicator.label}</legend>
      <div className="flex flex-wrap gap-2">
        {choices.map((level) => (
          <label key={level.value} className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
            <input
              type="radio"
              name="value"
              value={String(level.value)}
              checked={values.value === String(level.value)}
              onChange={() => change("value", String(level.value))}
              disabled={!editable}
              data-entry
              onKeyDown={enterMovesOn}
            />
            {indicator.type === "level" && <span className="tabular-nums text-slate-500">{level.value}</span>}
            {level.label}
          </label>
        ))}
      </div>
      <Problems id={`${fieldId("value")}-problems`} errors={fields.errorsFor("value")} warnings={fields.warningsFor("value")} />
    </fieldset>
  );
}

function DateInput({ fields }: { fields: AnswerFields }) {
  const t = useTranslations();
  const { fieldId, editable } = fields;
  return (
    <div className="max-w-xs space-y-1">
      <label htmlFor={fieldId("text")} className="block text-sm font-medium">
        {t("checklist.date")}
      </label>
      <Input id={fieldId("text")} type="date" data-entry disabled={!editable} onKeyDown={enterMovesOn} {...bound(fields, "text")} />
      <Problems id={`${fieldId("text")}-problems`} errors={fields.errorsFor("text")} warnings={[]} />
    </div>
  );
}

/** A written answer, with its word count against the indicator's limit. */
function TextAnswer({ fields, indicator }: { fields: AnswerFields; indicator: EntryIndicator }) {
  const t = useTranslations();
  const { fieldId, editable } = fields;
  const words = wordCount(fields.values.text ?? "");
  const errors = fields.errorsFor("text");
  return (
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
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(!!indicator.rules.maxWords && `${fieldId("text")}-words`, !!lengthNearLimit("text", fields.values.text) && `${fieldId("text")}-length`, errors.length > 0 && `${fieldId("text")}-problems`)}
        {...bound(fields, "text")}
      />
      {indicator.rules.maxWords && (
        <p id={`${fieldId("text")}-words`} className={cn("text-xs", words > indicator.rules.maxWords ? "text-red-700" : "text-slate-600")}>
          {t("checklist.words", { count: words, max: indicator.rules.maxWords })}
        </p>
      )}
      <LengthCounter id={`${fieldId("text")}-length`} field="text" value={fields.values.text} />
      <Problems id={`${fieldId("text")}-problems`} errors={errors} warnings={[]} />
    </div>
  );
}

/** The boxes of the answer itself, as the indicator's type asks for them. `rate` is the computed rate, formatted. */
export function AnswerInputs({ fields, indicator, rate }: { fields: AnswerFields; indicator: EntryIndicator; rate: string }) {
  const t = useTranslations();
  switch (indicator.type) {
    case "rate":
      return <RateInputs fields={fields} indicator={indicator} rate={rate} />;
    case "count":
    case "number":
      return <NumberBox fields={fields} field="value" label={t("checklist.value")} hint={indicator.unit} />;
    case "level":
    case "boolean":
      return <ChoiceInputs fields={fields} indicator={indicator} />;
    case "date":
      return <DateInput fields={fields} />;
    case "text":
      return <TextAnswer fields={fields} indicator={indicator} />;
    default:
      return null;
  }
}

/** The comment an unusual value needs, shown once a warning asks for one (or one was written). */
export function CommentInput({ fields, needed }: { fields: AnswerFields; needed: boolean }) {
  const t = useTranslations();
  const { fieldId, editable } = fields;
  const errors = fields.errorsFor("comment");
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId("comment")} className="block text-sm font-medium">
        {t("checklist.comment")}
      </label>
      <Input
        id={fieldId("comment")}
        data-entry
        disabled={!editable}
        onKeyDown={enterMovesOn}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(needed && `${fieldId("comment")}-hint`, !!lengthNearLimit("comment", fields.values.comment) && `${fieldId("comment")}-length`, errors.length > 0 && `${fieldId("comment")}-problems`)}
        {...bound(fields, "comment")}
      />
      {needed ? <p id={`${fieldId("comment")}-hint`} className="text-xs text-amber-900">{t("checklist.commentHint")}</p> : null}
      <LengthCounter id={`${fieldId("comment")}-length`} field="comment" value={fields.values.comment} />
      <Problems id={`${fieldId("comment")}-problems`} errors={errors} warnings={[]} />
    </div>
  );
}

interface EvidenceInputsProps {
  fields: AnswerFields;
  indicator: EntryIndicator;
  assessmentId: string;
  files: EvidenceFileView[];
  onFiles: (files: EvidenceFileView[]) => void;
}

/**
 * One box of an answer's evidence: the note, with its length counter near the limit, or the links
 * (only web addresses are taken; anything else stays in the box, unsaved, with the reason).
 */
function EvidenceBox({ fields, field, label }: { fields: AnswerFields; field: "evidenceNote" | "evidenceLinks"; label: string }) {
  const { values, fieldId, editable } = fields;
  const errors = fields.errorsFor(field);
  const counted = field === "evidenceNote";
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId(field)} className="block text-sm">
        {label}
      </label>
      <textarea
        id={fieldId(field)}
        rows={2}
        disabled={!editable}
        className="block w-full rounded-md border border-slate-400 px-3 py-2 text-sm"
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(counted && !!lengthNearLimit("evidenceNote", values.evidenceNote) && `${fieldId(field)}-length`, errors.length > 0 && `${fieldId(field)}-problems`)}
        {...bound(fields, field)}
      />
      {counted && <LengthCounter id={`${fieldId(field)}-length`} field="evidenceNote" value={values.evidenceNote} />}
      <Problems id={`${fieldId(field)}-problems`} errors={errors} warnings={[]} />
    </div>
  );
}

/** The evidence of an answer: a note, links and files, open from the start where it is required or given. */
export function EvidenceInputs({ fields, indicator, assessmentId, files, onFiles }: EvidenceInputsProps) {
  const t = useTranslations();
  const { values, fieldId, editable } = fields;
  const required = indicator.rules.evidence === "required" || indicator.type === "evidence";
  return (
    <details className="rounded-md bg-slate-50 p-3" open={indicator.rules.evidence === "required" || !!values.evidenceNote || !!values.evidenceLinks || files.length > 0}>
      <summary className="cursor-pointer text-sm font-medium">{t(required ? "checklist.evidenceRequired" : "checklist.evidenceOptional")}</summary>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <EvidenceBox fields={fields} field="evidenceNote" label={t("checklist.evidenceNote")} />
        <EvidenceBox fields={fields} field="evidenceLinks" label={t("checklist.evidenceLinks")} />
      </div>
      <div className="mt-3">
        <EvidenceFiles assessmentId={assessmentId} indicatorId={indicator.id} code={indicator.code} inputId={fieldId("file")} files={files} editable={editable} onChange={onFiles} />
      </div>
      <Problems id={`${fieldId("evidence")}-problems`} errors={fields.errorsFor("evidence")} warnings={[]} />
    </details>
  );
}
