import { formatForInput, parseLocaleNumber } from "../format/parse-number";
import { indicatorTypes, targetSchema, type IndicatorType } from "../frameworks/framework-file";
import { sourceTitle } from "./source-title";
import { checkbox, webUrl, z } from "./zod";

const id = z.string().check(z.minLength(1), z.maxLength(64));

/**
 * The longest framework file the upload takes, in characters. Server actions refuse bodies over
 * 1 MB, and Vietnamese text takes up to 3 bytes a character. (The largest shipped file has 71,000.)
 */
export const maxFrameworkFileChars = 300_000;

export const importFrameworkSchema = z.object({
  text: z.string().check(z.minLength(1, { error: "validation.fileRequired" }), z.maxLength(maxFrameworkFileChars, { error: "validation.fileTooLarge" })),
});
export type ImportFrameworkInput = z.infer<typeof importFrameworkSchema>;

export const frameworkIdSchema = z.object({ frameworkId: id });
export type FrameworkIdInput = z.infer<typeof frameworkIdSchema>;

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const optionalText = (max: number) => z.preprocess(blankToNull, z.nullable(z.string().check(z.trim(), z.maxLength(max))));

const draftTargetSchema = z.extend(z.pick(targetSchema, { year: true, value: true }), {
  sourceTitle: sourceTitle(300),
  sourceUrl: z.preprocess(blankToNull, z.nullable(webUrl())),
});
export type DraftTarget = z.infer<typeof draftTargetSchema>;

/**
 * What an administrator may change on an indicator of a draft version: wording, verification
 * and targets. Target values are stored units, so a rate's are fractions (0.75). `type` is the
 * indicator's type as the form knew it; the server refuses a form built for another type.
 */
export const updateDraftIndicatorSchema = z
  .object({
    indicatorId: id,
    type: z.enum(indicatorTypes),
    labelVi: z.string().check(z.trim(), z.minLength(1, { error: "validation.required" }), z.maxLength(500)),
    labelEn: z.string().check(z.trim(), z.minLength(1, { error: "validation.required" }), z.maxLength(500)),
    helpVi: optionalText(4000),
    helpEn: optionalText(4000),
    verified: checkbox,
    verificationNoteVi: optionalText(1000),
    verificationNoteEn: optionalText(1000),
    targets: z.array(draftTargetSchema).check(z.maxLength(50)),
  })
  .check(
    z.superRefine((input, ctx) => {
      const years = new Set<number>();
      input.targets.forEach((target, i) => {
        if (years.has(target.year)) ctx.addIssue({ code: "custom", path: ["targets", i, "year"], message: "validation.duplicateTargetYear" });
        years.add(target.year);
        if (input.type === "rate" && !(target.value >= 0 && target.value <= 1)) {
          ctx.addIssue({ code: "custom", path: ["targets", i, "value"], message: "validation.rateTargetRange" });
        }
      });
    }),
  );
export type UpdateDraftIndicatorInput = z.infer<typeof updateDraftIndicatorSchema>;

// Rates are stored as fractions and typed as percentages. These two are the only conversion
// between them; rounding to 12 significant digits drops float noise (0.07 * 100 = 7.000000000000001).
export const fractionToPercent = (fraction: number) => Number((fraction * 100).toPrecision(12));
export const percentToFraction = (percent: number) => Number((percent / 100).toPrecision(12));

/** The indicator form's boxes, all text as typed; a rate's target values are percentages. */
export interface DraftIndicatorFormValues {
  indicatorId: string;
  type: IndicatorType;
  labelVi: string;
  labelEn: string;
  helpVi: string;
  helpEn: string;
  verified: boolean;
  verificationNoteVi: string;
  verificationNoteEn: string;
  targets: { year: string; value: string; sourceTitle: string; sourceUrl: string }[];
}

export const blankTarget: DraftIndicatorFormValues["targets"][number] = { year: "", value: "", sourceTitle: "", sourceUrl: "" };

/**
 * Reads the indicator form into `updateDraftIndicatorSchema`'s input and pipes it through that
 * very schema, so the browser and the server apply the same rules. Numbers are read in the
 * user's locale.
 */
export function draftIndicatorFormSchema(locale: string) {
  // Every target needs its year and value, so a blank box is reported here, with a bad number.
  const number = z.pipe(z.string(), z.transform((text: string, ctx) => {
    const parsed = parseLocaleNumber(text, locale);
    if (parsed === null || Number.isNaN(parsed)) {
      ctx.issues.push({ code: "custom", input: text, message: parsed === null ? "validation.required" : "checks.notANumber" });
      return z.NEVER;
    }
    return parsed;
  }));
  const form = z.object({
    indicatorId: z.string(),
    type: z.enum(indicatorTypes),
    labelVi: z.string(),
    labelEn: z.string(),
    helpVi: z.string(),
    helpEn: z.string(),
    verified: z.boolean(),
    verificationNoteVi: z.string(),
    verificationNoteEn: z.string(),
    targets: z.array(z.object({ year: number, value: number, sourceTitle: z.string(), sourceUrl: z.string() })),
  });
  const stored = z.transform(
    (parsed: z.output<typeof form>): z.input<typeof updateDraftIndicatorSchema> => ({
      ...parsed,
      targets: parsed.targets.map((t) => ({ ...t, value: parsed.type === "rate" ? percentToFraction(t.value) : t.value })),
    }),
  );
  return z.pipe(z.pipe(form, stored), updateDraftIndicatorSchema);
}

interface StoredIndicator {
  id: string;
  type: string;
  labelVi: string;
  labelEn: string;
  helpVi: string | null;
  helpEn: string | null;
  verified: boolean;
  verificationNoteVi: string | null;
  verificationNoteEn: string | null;
  targets: { year: number; value: number; sourceTitle: string; sourceUrl: string | null }[];
}

export function toDraftIndicatorFormValues(indicator: StoredIndicator, locale: string): DraftIndicatorFormValues {
  const type = indicatorTypes.find((t) => t === indicator.type) ?? "number";
  return {
    indicatorId: indicator.id,
    type,
    labelVi: indicator.labelVi,
    labelEn: indicator.labelEn,
    helpVi: indicator.helpVi ?? "",
    helpEn: indicator.helpEn ?? "",
    verified: indicator.verified,
    verificationNoteVi: indicator.verificationNoteVi ?? "",
    verificationNoteEn: indicator.verificationNoteEn ?? "",
    targets: indicator.targets.map((t) => ({
      year: String(t.year),
      value: formatForInput(type === "rate" ? fractionToPercent(t.value) : t.value, locale),
      sourceTitle: t.sourceTitle,
      sourceUrl: t.sourceUrl ?? "",
    })),
  };
}
