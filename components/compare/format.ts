import type { getFormatter, getTranslations } from "next-intl/server";
import type { LevelScales } from "@/lib/assessments/score-checklist";
import type { SummaryArg, SummaryLine } from "@/lib/compare/summary";
import { formatPartialDate } from "@/lib/format/dates";
import { localized } from "@/lib/localized";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;
type Translator = Awaited<ReturnType<typeof getTranslations>>;

export interface DisplayedIndicator {
  type: string;
  unitVi: string | null;
  unitEn: string | null;
  levelScale: string | null;
}

/**
 * How the compare and trend pages write an indicator's figures in the reader's language: a rate as
 * a percentage and its distances in percentage points, a level with its name on the scale, a
 * boolean as yes or no, anything else as a number with its unit. `t` is the "compare" namespace.
 */
export function figureFormat(format: Formatter, t: Translator, locale: string, indicator: DisplayedIndicator, levelScales: LevelScales) {
  const unit = localized(indicator, "unit", locale);
  const withUnit = (text: string) => (unit ? `${text} ${unit}` : text);
  const levels = indicator.levelScale ? (levelScales[indicator.levelScale] ?? []) : [];
  const top = levels.length ? Math.max(...levels.map((l) => l.value)) : null;

  /** The figure in full, for tables and sentences. */
  const value = (v: number): string => {
    switch (indicator.type) {
      case "rate":
        return format.number(v, { style: "percent", maximumFractionDigits: 1 });
      case "boolean":
        return v ? t("boolean.yes") : t("boolean.no");
      case "level": {
        const level = levels.find((l) => l.value === v);
        return level ? `${format.number(v)} – ${localized(level, "label", locale)}` : format.number(v);
      }
      default:
        return withUnit(format.number(v, { maximumFractionDigits: 2 }));
    }
  };
  /** The figure in few characters, beside a bar or a point. */
  const short = (v: number): string => (indicator.type === "level" && top !== null ? `${format.number(v)}/${format.number(top)}` : value(v));
  /** A difference from a target; `signed` shows + and −, otherwise the size alone. */
  const distance = (d: number, signed: boolean): string => {
    const signDisplay = signed ? ("exceptZero" as const) : ("never" as const);
    if (indicator.type === "rate") return t("points", { value: format.number(d * 100, { maximumFractionDigits: 1, signDisplay }) });
    return withUnit(format.number(d, { maximumFractionDigits: 2, signDisplay }));
  };
  return { value, short, distance };
}

export type FigureFormat = ReturnType<typeof figureFormat>;

/**
 * The sentences of a summary (see lib/compare/summary), in the reader's language. `t` is the
 * namespace the keys belong to; cities and areas are named through the callbacks.
 */
export function summaryText(
  lines: readonly SummaryLine[],
  t: Translator,
  format: Formatter,
  figures: FigureFormat | null,
  names: { city: (id: string) => string; area?: (path: string) => string },
): string {
  // Counts stay numbers, so that the messages can choose their plural forms.
  const arg = (a: SummaryArg): string | number => {
    switch (a.kind) {
      case "city":
        return names.city(a.cityId);
      case "value":
        return figures ? figures.value(a.value) : format.number(a.value);
      case "distance":
        return figures ? figures.distance(a.value, false) : format.number(a.value);
      case "number":
        return Math.round(a.value);
      case "year":
        return String(a.value);
      case "score":
        return format.number(a.value, { style: "percent", maximumFractionDigits: 0 });
      case "area":
        return names.area?.(a.path) ?? a.path;
    }
  };
  return lines.map((l) => t(l.key, Object.fromEntries(Object.entries(l.args).map(([key, a]) => [key, arg(a)])))).join(" ");
}

/**
 * A published figure's date at the precision it was published with: a day (15/11/2024), a month
 * in the reader's language ("November 2024") or a year.
 */
export function publishedDate(locale: string, text: string): string {
  return formatPartialDate(text, locale);
}
