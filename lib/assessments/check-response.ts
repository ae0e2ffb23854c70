// The rules an answer is checked against while a city fills in its checklist. Pure functions, so the
// form, the server action that saves and the "mark complete" step all apply the same rules.
// Hard errors block completion; soft warnings only ask for a comment explaining the figure.
// Rates are fractions (0.7 is 70%), as in the framework file, and so are their soft bounds and
// their largest plausible change from last year.

import { rateOf } from "../readiness/attainment";

export interface CheckIndicator {
  type: "rate" | "count" | "number" | "boolean" | "level" | "date" | "text" | "evidence";
  required: boolean;
  evidence: "none" | "optional" | "required";
  asOfYear: boolean;
  softMin?: number | null;
  softMax?: number | null;
  maxYearChange?: number | null;
  maxWords?: number | null;
  /** For `level`: the values on its scale. */
  levelValues?: number[];
}

export interface CheckAnswer {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  text: string | null;
  dataYear: number | null;
  comment: string | null;
  evidenceNote: string | null;
  evidenceLinks: string[];
  evidenceFiles: number;
}

export interface CheckContext {
  /** The assessment year. */
  year: number;
  /** Last year's approved value; a rate as a fraction. */
  previousValue: number | null;
}

export type ProblemField = "numerator" | "denominator" | "value" | "text" | "dataYear" | "evidence" | "comment";

export interface Problem {
  field: ProblemField;
  /** A translation key under `checks.` in messages/. */
  code: string;
  params?: Record<string, string | number>;
}

export interface ResponseCheck {
  answered: boolean;
  /** The scored value: a rate as a fraction, a count, number or level as typed, a boolean as 1/0; null for text, date and evidence. */
  value: number | null;
  /** Block completion. */
  errors: Problem[];
  /** Plausibility: each needs a comment. */
  warnings: Problem[];
  /** The warnings, while the comment is blank. */
  unresolvedWarnings: Problem[];
  missingRequired: boolean;
}

export interface CompletionProblem {
  indicatorId: string;
  code: string;
  params?: Record<string, string | number>;
}

export const emptyAnswer: CheckAnswer = {
  numerator: null,
  denominator: null,
  value: null,
  text: null,
  dataYear: null,
  comment: null,
  evidenceNote: null,
  evidenceLinks: [],
  evidenceFiles: 0,
};

/** The earliest year a figure may be for: older data says nothing about a city's readiness now. */
export const earliestDataYear = 1990;

const blank = (text: string | null | undefined) => !text || text.trim() === "";

// Same float tolerance as attainment: 0.68 - 0.6 is 0.08000000000000007, which must not read as
// more than a 0.08 limit.
const tolerance = (reference: number) => 1e-9 * Math.max(1, Math.abs(reference));

/** Whitespace-separated tokens. Vietnamese writes one syllable per token, and each counts as a word as typed. */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((token) => token !== "").length;
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls an impossible day over into the next month; a real date survives the round trip.
  // setUTCFullYear keeps years 0..99 from being read as 1900..1999.
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isWebLink(link: string): boolean {
  try {
    // The URL parser already refuses "http://" with no host.
    const { protocol } = new URL(link.trim());
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * A count typed into a field (families, schools, people): at most one error, the most basic first,
 * so -2.5 reads as "negative" rather than as two complaints.
 */
function countProblem(field: ProblemField, value: number): Problem | null {
  if (!Number.isFinite(value)) return { field, code: "checks.notANumber" };
  if (value < 0) return { field, code: "checks.negative" };
  if (!Number.isInteger(value)) return { field, code: "checks.wholeNumber" };
  return null;
}

const nonBlankLinks = (answer: CheckAnswer) => answer.evidenceLinks.filter((link) => !blank(link));

const hasEvidence = (answer: CheckAnswer) => !blank(answer.evidenceNote) || nonBlankLinks(answer).length > 0 || answer.evidenceFiles > 0;

/** Whether an answer is there at all; whether it is right is a separate question. */
function isAnswered(indicator: CheckIndicator, answer: CheckAnswer): boolean {
  switch (indicator.type) {
    case "rate":
      return answer.numerator !== null && answer.denominator !== null;
    case "date":
    case "text":
      return !blank(answer.text);
    case "evidence":
      return hasEvidence(answer);
    default:
      return answer.value !== null;
  }
}

/** Hard errors on the answer itself (numerator, denominator, value or text). Empty fields are not checked. */
function valueErrors(indicator: CheckIndicator, answer: CheckAnswer): Problem[] {
  const errors: Problem[] = [];
  const push = (problem: Problem | null) => {
    if (problem) errors.push(problem);
  };
  const { value, text } = answer;

  switch (indicator.type) {
    case "rate": {
      const { numerator, denominator } = answer;
      if (numerator !== null) push(countProblem("numerator", numerator));
      if (denominator !== null) push(countProblem("denominator", denominator));
      if (numerator !== null && denominator === null) push({ field: "denominator", code: "checks.needBoth" });
      if (numerator === null && denominator !== null) push({ field: "numerator", code: "checks.needBoth" });
      // Compared only once both counts are sound: a negative or fractional count is its own error.
      if (errors.length === 0 && numerator !== null && denominator !== null) {
        if (denominator === 0) push({ field: "denominator", code: "checks.zeroDenominator" });
        else if (numerator > denominator) push({ field: "numerator", code: "checks.numeratorAboveDenominator", params: { numerator, denominator } });
      }
      break;
    }
    case "count":
      if (value !== null) push(countProblem("value", value));
      break;
    case "number":
      if (value !== null && !Number.isFinite(value)) push({ field: "value", code: "checks.notANumber" });
      break;
    case "level": {
      const allowed = indicator.levelValues ?? [];
      if (value === null) break;
      if (!Number.isFinite(value)) push({ field: "value", code: "checks.notANumber" });
      // Without its scale a level cannot be checked here; the framework import requires one.
      else if (allowed.length > 0 && !allowed.includes(value)) {
        push({ field: "value", code: "checks.levelOutOfRange", params: { min: Math.min(...allowed), max: Math.max(...allowed) } });
      }
      break;
    }
    case "boolean":
      if (value !== null && value !== 0 && value !== 1) push({ field: "value", code: "checks.invalid" });
      break;
    case "date":
      if (!blank(text) && !isCalendarDate(text as string)) push({ field: "text", code: "checks.invalidDate" });
      break;
    case "text": {
      const max = indicator.maxWords;
      if (blank(text) || max === null || max === undefined) break;
      const count = wordCount(text as string);
      if (count > max) push({ field: "text", code: "checks.tooManyWords", params: { max, count } });
      break;
    }
    case "evidence":
      break;
  }
  return errors;
}

/** The value that is scored, or null when there is none to score. */
function scoredValue(indicator: CheckIndicator, answer: CheckAnswer): number | null {
  switch (indicator.type) {
    case "rate":
      // Returned even when above 1 or below 0: the errors block it, and scoring must not hide it.
      return rateOf(answer.numerator, answer.denominator);
    case "count":
    case "number":
    case "level":
    case "boolean":
      return answer.value !== null && Number.isFinite(answer.value) ? answer.value : null;
    default:
      return null;
  }
}

/** Plausibility warnings on a sound numeric value. Booleans have no range and no size of change. */
function valueWarnings(indicator: CheckIndicator, value: number, context: CheckContext): Problem[] {
  if (indicator.type === "boolean") return [];
  const field: ProblemField = indicator.type === "rate" ? "numerator" : "value";
  const warnings: Problem[] = [];
  const { softMin, softMax, maxYearChange } = indicator;
  const hasMin = typeof softMin === "number";
  const hasMax = typeof softMax === "number";
  if ((hasMin && value < softMin - tolerance(softMin)) || (hasMax && value > softMax + tolerance(softMax))) {
    warnings.push({ field, code: "checks.outsideUsualRange", params: { min: hasMin ? softMin : "", max: hasMax ? softMax : "" } });
  }
  const previous = context.previousValue;
  if (typeof previous === "number" && Number.isFinite(previous) && typeof maxYearChange === "number") {
    const change = value - previous;
    if (Math.abs(change) > maxYearChange + tolerance(maxYearChange)) {
      warnings.push({ field, code: "checks.bigChange", params: { previous, change } });
    }
  }
  return warnings;
}

/** Everything the form and the completion step need to know about one answer. */
export function checkResponse(indicator: CheckIndicator, answer: CheckAnswer | null, context: CheckContext): ResponseCheck {
  const a = answer ?? emptyAnswer;
  const answered = isAnswered(indicator, a);
  const errors = valueErrors(indicator, a);
  // Warnings judge a figure; a figure that is already wrong gets its error fixed first.
  const value = scoredValue(indicator, a);
  const warnings = errors.length === 0 && value !== null ? valueWarnings(indicator, value, context) : [];

  if (indicator.asOfYear) {
    const year = a.dataYear;
    // A year typed in is checked even before the figure, so a typo shows at once; its absence
    // only matters once there is a figure it should belong to.
    if (year !== null) {
      if (!Number.isInteger(year) || year < earliestDataYear || year > context.year) {
        errors.push({ field: "dataYear", code: "checks.dataYearRange", params: { min: earliestDataYear, max: context.year } });
      }
    } else if (answered) {
      errors.push({ field: "dataYear", code: "checks.dataYearMissing" });
    }
  }

  // For an evidence item the evidence is the answer: an empty one is missing, not wrong.
  if (indicator.evidence === "required" && answered && !hasEvidence(a)) {
    errors.push({ field: "evidence", code: "checks.evidenceRequired" });
  }
  for (const link of nonBlankLinks(a)) {
    if (!isWebLink(link)) errors.push({ field: "evidence", code: "checks.invalidLink", params: { link } });
  }

  return {
    answered,
    value,
    errors,
    warnings,
    unresolvedWarnings: blank(a.comment) ? warnings : [],
    missingRequired: indicator.required && !answered,
  };
}

/** What stands between a checklist and "complete", indicator by indicator in the order given. */
export function completionProblems(
  items: { indicatorId: string; indicator: CheckIndicator; answer: CheckAnswer | null; context: CheckContext }[],
): CompletionProblem[] {
  return items.flatMap(({ indicatorId, indicator, answer, context }) => {
    const check = checkResponse(indicator, answer, context);
    const problems: CompletionProblem[] = check.errors.map(({ code, params }) => (params ? { indicatorId, code, params } : { indicatorId, code }));
    if (check.missingRequired) problems.push({ indicatorId, code: "checks.required" });
    if (check.unresolvedWarnings.length > 0) problems.push({ indicatorId, code: "checks.commentNeeded" });
    return problems;
  });
}
