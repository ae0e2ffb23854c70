import { formatForInput, parseLocaleNumber } from "../format/parse-number";
import { responseFieldsSchema, responseLimits, type ResponseFields } from "./assessments";
import { z } from "./zod";

/** The answer form's boxes, all text as typed. */
export interface ResponseFormValues {
  numerator: string;
  denominator: string;
  value: string;
  text: string;
  dataYear: string;
  comment: string;
  evidenceNote: string;
  /** One link per line. */
  evidenceLinks: string;
}

const blankToNull = (s: string) => (s.trim() === "" ? null : s);
/** The evidence links box holds one link per line (any white space separates them). */
const linksOf = (text: string) => text.split(/\s+/).filter(Boolean);

// One reader per language, built once: every answer of a checklist reads its boxes with it.
const typedBoxesByLocale = new Map<string, ReturnType<typeof buildTypedBoxes>>();
function typedBoxes(locale: string) {
  // Numbers are read in Vietnamese or English (lib/format/parse-number.ts), so two readers at most.
  const lang = locale === "en" ? "en" : "vi";
  let boxes = typedBoxesByLocale.get(lang);
  if (!boxes) typedBoxesByLocale.set(lang, (boxes = buildTypedBoxes(lang)));
  return boxes;
}

/** The boxes read as typed: numbers in the user's locale, blank text as no text, links one per line. */
function buildTypedBoxes(locale: string) {
  const number = z.pipe(z.string(), z.transform((text: string, ctx) => {
    const parsed = parseLocaleNumber(text, locale);
    if (parsed !== null && Number.isNaN(parsed)) {
      ctx.issues.push({ code: "custom", input: text, message: "checks.notANumber" });
      return z.NEVER;
    }
    return parsed;
  }));
  const blankAsNull = z.pipe(z.string(), z.transform(blankToNull));
  return z.object({
    numerator: number,
    denominator: number,
    value: number,
    text: blankAsNull,
    dataYear: number,
    comment: blankAsNull,
    evidenceNote: blankAsNull,
    evidenceLinks: z.pipe(z.string(), z.transform(linksOf)),
  });
}

/**
 * Reads the answer form into the fields the server's `saveResponseSchema` takes, and pipes the
 * result through the very same schema. Numbers are read in the user's locale.
 */
export function responseFormSchema(locale: string) {
  return z.pipe(typedBoxes(locale), responseFieldsSchema);
}

/** What the answer form holds, read for saving and for the checks. */
export interface ReadForm {
  /** What a save sends; null while any box cannot be saved as typed. */
  fields: ResponseFields | null;
  /** Why, one problem per box. */
  problems: TypingProblem[];
  /** The answer as far as it can be read: boxes with a problem count as empty. */
  readable: ResponseFields;
}

/**
 * A reader of the answer form for one locale: every box that cannot be saved gets its reason (a
 * number box that holds no number does not hide a note over its length), by the same two schemas
 * `responseFormSchema` chains.
 */
export function responseFormReader(locale: string): (values: ResponseFormValues) => ReadForm {
  const boxes = typedBoxes(locale);
  return (values) => {
    const typed = boxes.safeParse(values);
    const boxProblems = typed.success ? [] : typingProblems(typed.error.issues, values);
    const checked = responseFieldsSchema.safeParse(typed.success ? typed.data : readableAnswer(values, locale, boxProblems));
    const fieldProblems = checked.success ? [] : typingProblems(checked.error.issues, values).filter((p) => !boxProblems.some((b) => b.field === p.field));
    const problems = [...boxProblems, ...fieldProblems];
    if (checked.success && problems.length === 0) return { fields: checked.data, problems, readable: checked.data };
    return { fields: null, problems, readable: readableAnswer(values, locale, problems) };
  };
}

export function toFormValues(fields: ResponseFields, locale: string): ResponseFormValues {
  return {
    numerator: formatForInput(fields.numerator, locale),
    denominator: formatForInput(fields.denominator, locale),
    value: formatForInput(fields.value, locale),
    text: fields.text ?? "",
    dataYear: fields.dataYear === null ? "" : String(fields.dataYear),
    comment: fields.comment ?? "",
    evidenceNote: fields.evidenceNote ?? "",
    evidenceLinks: fields.evidenceLinks.join("\n"),
  };
}

/** Why one box's text cannot be saved as typed: a translation key and the figures its message names. */
export interface TypingProblem {
  field: keyof ResponseFormValues;
  code: string;
  params?: Record<string, number>;
}

type FormIssue = { path: readonly PropertyKey[]; message: string; code?: string; origin?: string };

const limitedTexts = { text: responseLimits.text, comment: responseLimits.comment, evidenceNote: responseLimits.evidenceNote } as const;

/**
 * The reasons `responseFormSchema` refused what is typed, one per box, each with the figures a
 * reader needs to fix it: a text over its length says the limit and how long it is now.
 */
export function typingProblems(issues: readonly FormIssue[], values: ResponseFormValues): TypingProblem[] {
  const byField = new Map<keyof ResponseFormValues, TypingProblem>();
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "") as keyof ResponseFormValues;
    if (!(field in values) || byField.has(field)) continue;
    if (issue.code === "too_big" && field in limitedTexts) {
      const max = limitedTexts[field as keyof typeof limitedTexts];
      byField.set(field, { field, code: "checks.tooLong", params: { max, count: values[field].length } });
    } else if (issue.code === "too_big" && field === "evidenceLinks" && issue.path.length === 1) {
      byField.set(field, { field, code: "checks.tooManyLinks", params: { max: responseLimits.evidenceLinks, count: linksOf(values.evidenceLinks).length } });
    } else {
      byField.set(field, { field, code: issue.message });
    }
  }
  return [...byField.values()];
}


/**
 * The answer as far as it can be read, for the checks and the computed rate while some box cannot
 * be saved yet: the boxes with a typing problem count as empty, the others as typed. An evidence
 * note over its length, say, leaves the rate and its checks in view.
 */
export function readableAnswer(values: ResponseFormValues, locale: string, problems: readonly TypingProblem[]): ResponseFields {
  const bad = new Set(problems.map((p) => p.field));
  const number = (field: "numerator" | "denominator" | "value" | "dataYear") => {
    const parsed = bad.has(field) ? null : parseLocaleNumber(values[field], locale);
    return parsed === null || Number.isNaN(parsed) ? null : parsed;
  };
  const text = (field: "text" | "comment" | "evidenceNote") => (bad.has(field) ? null : blankToNull(values[field]));
  return {
    numerator: number("numerator"),
    denominator: number("denominator"),
    value: number("value"),
    text: text("text"),
    dataYear: number("dataYear"),
    comment: text("comment"),
    evidenceNote: text("evidenceNote"),
    evidenceLinks: bad.has("evidenceLinks") ? [] : linksOf(values.evidenceLinks),
  };
}

/** A text box's length against its limit, for the counter shown as the limit nears (from 80% of it). */
export function lengthNearLimit(field: keyof typeof limitedTexts, value: string): { count: number; max: number } | null {
  const max = limitedTexts[field];
  return value.length >= max * 0.8 ? { count: value.length, max } : null;
}
