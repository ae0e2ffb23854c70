import { earliestDataYear } from "../assessments/check-response";
import { bases, isBasis, isCountBasis, type Basis } from "../compare/basis";
import { localeNumber, optionalText, sourceFields } from "./form-fields";
import { fractionToPercent, percentToFraction } from "./frameworks";
import { formatForInput } from "../format/parse-number";
import { z, type FieldErrors } from "./zod";

const id = z.string().check(z.minLength(1), z.maxLength(64));

/** Indicator types a published figure can be given for: those measured by a number. */
export const referenceIndicatorTypes = ["rate", "count", "number"] as const;

/**
 * Whether a value fits the indicator's stored type, by field: a rate is a fraction from 0 to 1
 * with, optionally, the whole count behind it; a count is a whole number. A basis is said of a
 * rate's figures only; with a count basis (registered models, recognised titles) the value is
 * that whole count, and there is no share to put a count behind.
 */
export function referenceValueProblems(type: string, figure: { value: number; count: number | null; basis?: Basis | null }): FieldErrors {
  if (!(referenceIndicatorTypes as readonly string[]).includes(type)) return { indicatorCode: "referenceData.errors.notNumeric" };
  const problems: FieldErrors = {};
  const basis = figure.basis ?? null;
  if (basis !== null && type !== "rate") problems.basis = "referenceData.errors.basisOnlyForRate";
  if (isCountBasis(basis)) {
    if (!Number.isInteger(figure.value)) problems.value = "validation.wholeNumber";
    if (figure.count !== null) problems.count = "referenceData.errors.countWithCountBasis";
    return problems;
  }
  if (type === "rate" && figure.value > 1) problems.value = "referenceData.errors.rateRange";
  if (type === "count" && !Number.isInteger(figure.value)) problems.value = "validation.wholeNumber";
  if (figure.count !== null) {
    if (type !== "rate") problems.count = "referenceData.errors.countOnlyForRate";
    else if (!Number.isInteger(figure.count)) problems.count = "validation.wholeNumber";
  }
  return problems;
}
const code = z.string().check(z.trim(), z.minLength(1, { error: "validation.required" }), z.maxLength(100));
const blankToNull = (v: string) => (v === "" ? null : v);
/** A published date at the precision it was published with: YYYY, YYYY-MM or YYYY-MM-DD. */
const publishedDate = z.nullable(
  z.pipe(
    z.pipe(z.string().check(z.trim()), z.transform(blankToNull)),
    z.nullable(z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: "referenceData.errors.date" }))),
  ),
);

/**
 * A published figure for a city, new (`id` null) or changed. Values are in the indicator's
 * stored unit, so a rate is a fraction (0.67); whether the value fits the indicator's type is
 * checked on the server against the framework.
 */
export const referenceValueSchema = z.object({
  id: z.nullable(id),
  cityId: z.string().check(z.minLength(1, { error: "validation.required" }), z.maxLength(64)),
  frameworkCode: code,
  indicatorCode: code,
  year: z.number().check(z.int({ error: "validation.wholeNumber" }), z.gte(earliestDataYear), z.lte(2100)),
  value: z.number().check(z.gte(0), z.lte(1e15)),
  count: z.nullable(z.number().check(z.gte(0), z.lte(1e15))),
  /** Null: as the indicator defines it (for a rate, a share of the total). */
  basis: z._default(z.nullable(z.enum(bases)), null),
  asOf: z._default(publishedDate, null),
  publishedOn: z._default(publishedDate, null),
  ...sourceFields,
  noteVi: optionalText(1000),
  noteEn: optionalText(1000),
});
export type ReferenceValueInput = z.infer<typeof referenceValueSchema>;

export const referenceValueIdSchema = z.object({ id });
export type ReferenceValueIdInput = z.infer<typeof referenceValueIdSchema>;

/** The form's boxes as typed; a rate's value is a percentage ("67,5"). */
export interface ReferenceValueFormValues {
  id: string | null;
  cityId: string;
  frameworkCode: string;
  indicatorCode: string;
  year: string;
  value: string;
  count: string;
  /** "" for the indicator's own definition. */
  basis: string;
  asOf: string;
  publishedOn: string;
  sourceTitle: string;
  sourceUrl: string;
  noteVi: string;
  noteEn: string;
}

export const blankReferenceValue: ReferenceValueFormValues = {
  id: null,
  cityId: "",
  frameworkCode: "",
  indicatorCode: "",
  year: "",
  value: "",
  count: "",
  basis: "",
  asOf: "",
  publishedOn: "",
  sourceTitle: "",
  sourceUrl: "",
  noteVi: "",
  noteEn: "",
};

/**
 * Reads the form in the user's locale into `referenceValueSchema`. `typeOf` tells the type of the
 * chosen indicator, so a rate typed as a percentage is checked as one and stored as a fraction.
 */
export function referenceValueFormSchema(locale: string, typeOf: (frameworkCode: string, indicatorCode: string) => string | undefined) {
  const form = z.object({
    id: z.nullable(id),
    cityId: z.string(),
    frameworkCode: z.string(),
    indicatorCode: z.string(),
    year: localeNumber(locale, true),
    value: localeNumber(locale, true),
    count: localeNumber(locale, false),
    basis: z.string(),
    asOf: z.string(),
    publishedOn: z.string(),
    sourceTitle: z.string(),
    sourceUrl: z.string(),
    noteVi: z.string(),
    noteEn: z.string(),
  });
  const stored = z.transform((parsed: z.output<typeof form>): z.input<typeof referenceValueSchema> => {
    const basis = parsed.basis === "" ? null : (parsed.basis as Basis);
    // A count basis is typed as the count itself, not as a percentage.
    const percent = typeOf(parsed.frameworkCode, parsed.indicatorCode) === "rate" && !isCountBasis(basis);
    return { ...parsed, basis, value: percent ? percentToFraction(parsed.value) : parsed.value };
  });
  return z.pipe(z.pipe(form, stored), referenceValueSchema).check(
    z.superRefine((input, ctx) => {
      const type = typeOf(input.frameworkCode, input.indicatorCode);
      if (!type) return;
      for (const [field, message] of Object.entries(referenceValueProblems(type, input))) ctx.addIssue({ code: "custom", path: [field], message });
    }),
  );
}

/** A stored figure back in the form's boxes, a rate as a percentage. */
export function toReferenceValueFormValues(
  stored: Omit<ReferenceValueInput, "id" | "basis"> & { id: string; basis: string | null },
  type: string | undefined,
  locale: string,
): ReferenceValueFormValues {
  return {
    id: stored.id,
    cityId: stored.cityId,
    frameworkCode: stored.frameworkCode,
    indicatorCode: stored.indicatorCode,
    year: String(stored.year),
    value: formatForInput(type === "rate" && !isCountBasis(isBasis(stored.basis) ? stored.basis : null) ? fractionToPercent(stored.value) : stored.value, locale),
    count: formatForInput(stored.count, locale),
    basis: isBasis(stored.basis) ? stored.basis : "",
    asOf: stored.asOf ?? "",
    publishedOn: stored.publishedOn ?? "",
    sourceTitle: stored.sourceTitle,
    sourceUrl: stored.sourceUrl ?? "",
    noteVi: stored.noteVi ?? "",
    noteEn: stored.noteEn ?? "",
  };
}
