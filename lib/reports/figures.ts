// Figures as the app's pages print them, for every report and export outside React: the PDF, the
// printable view and the spreadsheets must read exactly like the readiness page and the checklist
// (next-intl's format.number is Intl.NumberFormat with the same options, so these agree with it).
//
// - a rate (a fraction) as a percentage with at most one decimal: 62,1% / 62.1%
// - a readiness score or coverage as a whole percentage, cut down (never up), like ReadinessFigure: 62% / 62%
// - counts, numbers and levels with grouping: 1.420.000 / 1,420,000
// - dates and times as lib/format/dates writes them everywhere: 02/12/2026, 02/12/2026 14:05
// - anything missing as "—"

import { formatDate as dayOf, formatDateTime as momentOf } from "../format/dates";
import { cachedNumberFormat } from "../format/number-format";

export type FigureLocale = "vi" | "en";

export const missingFigure = "—";

const known = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value);

/** A fraction as a percentage with at most one decimal, as rates show on the checklist and readiness pages. */
export function formatRate(value: number | null | undefined, locale: FigureLocale): string {
  return known(value) ? cachedNumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(value) : missingFigure;
}

/**
 * A readiness score or a coverage share cut down to a whole percentage, never rounded up: 99.6%
 * reads as 99%, so 100% only ever means every scored item met (or every item covered).
 */
export function wholePercentDown(value: number): number {
  return Math.floor(value * 100 + 1e-9) / 100;
}

/** A readiness score or a coverage share as a whole percentage, cut down as the readiness figure shows it. */
export function formatScore(value: number | null | undefined, locale: FigureLocale): string {
  return known(value) ? cachedNumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(wholePercentDown(value)) : missingFigure;
}

/** A count or number with the locale's grouping and its default precision. */
export function formatNumber(value: number | null | undefined, locale: FigureLocale): string {
  return known(value) ? cachedNumberFormat(locale, {}).format(value) : missingFigure;
}

/** An indicator's value (or target) by the indicator's type: rates as percentages, the rest as numbers. */
export function formatFigure(type: string, value: number | null | undefined, locale: FigureLocale): string {
  return type === "rate" ? formatRate(value, locale) : formatNumber(value, locale);
}

/**
 * A change from last year with its sign: for rates in percentage points with at most one decimal
 * (the readiness page's trend column), for the rest in the indicator's own unit.
 */
export function formatChange(type: string, change: number | null | undefined, locale: FigureLocale): string {
  if (!known(change)) return missingFigure;
  return cachedNumberFormat(locale, { signDisplay: "always", maximumFractionDigits: type === "rate" ? 1 : 3 }).format(type === "rate" ? change * 100 : change);
}

/** A calendar date in Vietnam (lib/format/dates): 02/12/2026. */
export function formatDate(value: Date | string | null | undefined): string {
  return value === null || value === undefined ? missingFigure : dayOf(value);
}

/** A moment in Vietnam, date and 24-hour time (lib/format/dates): 02/12/2026 14:05. */
export function formatDateTime(value: Date | string | null | undefined): string {
  return value === null || value === undefined ? missingFigure : momentOf(value);
}
