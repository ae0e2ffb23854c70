// Reading numbers as officials type them. Vietnamese writes 1.420.000 and 67,5; English writes
// 1,420,000 and 67.5. A separator counts as grouping only when every group after it has exactly
// three digits, so "1.5" typed in Vietnamese reads as one and a half rather than fifteen.

import { cachedNumberFormat } from "./number-format";

const groupSeparator = { vi: ".", en: "," } as const;
const decimalSeparator = { vi: ",", en: "." } as const;
type NumberLocale = keyof typeof groupSeparator;

const asLocale = (locale: string): NumberLocale => (locale === "en" ? "en" : "vi");

/** The number in `input`, null for an empty box, NaN when it is not a number. */
export function parseLocaleNumber(input: string, locale: string): number | null {
  const trimmed = input.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (trimmed === "") return null;
  const lang = asLocale(locale);
  const group = groupSeparator[lang];
  const decimal = decimalSeparator[lang];

  let text = trimmed;
  const [whole, ...rest] = text.split(decimal);
  if (rest.length > 1) return NaN;
  const groups = whole.split(group);
  const grouped = groups.length > 1 && /^-?\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
  if (grouped) {
    text = groups.join("") + (rest.length ? `.${rest[0]}` : "");
  } else if (groups.length === 2 && rest.length === 0) {
    // One "other" separator that is not a thousands group: the writer meant a decimal point.
    text = `${groups[0]}.${groups[1]}`;
  } else if (groups.length > 1) {
    return NaN;
  } else {
    text = whole + (rest.length ? `.${rest[0]}` : "");
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return NaN;
  // "-0" is zero: kept as -0 it would read "-0%" once it makes a rate.
  const number = Number(text);
  return number === 0 ? 0 : number;
}

/** A number as it should appear in an input box: the locale's decimal mark, no grouping. */
export function formatForInput(value: number | null, locale: string): string {
  if (value === null || !Number.isFinite(value)) return "";
  return cachedNumberFormat(asLocale(locale), { useGrouping: false, maximumFractionDigits: 10 }).format(value);
}
