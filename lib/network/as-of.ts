// The date a network figure refers to. Sources give it to the day ("4 Dec 2025"), the month
// ("Aug 2016") or only the year ("2022"), so it is kept as text of that precision and shown
// with no more detail than the source had.

import { formatPartialDate } from "../format/dates";

export type AsOfPrecision = "day" | "month" | "year";

export interface AsOf {
  text: string;
  precision: AsOfPrecision;
  /** The first day the text covers, at midnight UTC; for ordering and formatting. */
  date: Date;
}

/** The network was founded in 2013; no figure can be older. */
export const earliestAsOfYear = 2013;
export const latestAsOfYear = 2100;

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null when the text is none of these or no real date. */
export function parseAsOf(text: string): AsOf | null {
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  if (year < earliestAsOfYear || year > latestAsOfYear || month < 1 || month > 12) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 April over into May; such a day does not exist.
  if (date.getUTCDate() !== day) return null;
  return { text: text.trim(), precision: d !== undefined ? "day" : m !== undefined ? "month" : "year", date };
}

/** The date with exactly the precision the source gave: 04/12/2025, "August 2016" (in `locale`), 2022. */
export function formatAsOf(asOf: AsOf, locale: string): string {
  return formatPartialDate(asOf.text, locale);
}

/** Oldest first; a year-only figure sorts at the start of its year. */
export function compareAsOf(a: AsOf, b: AsOf): number {
  return a.date.getTime() - b.date.getTime() || a.text.localeCompare(b.text);
}
