// The coordinator's scope export as rows: one per city × indicator (the "wide" table), and one per
// city × indicator × measure (the "long" table a pivot table wants). Pure: the server reads the
// assessments in batches and hands each one here already scored.

import { localized } from "../localized";
import type { Attainment } from "../readiness/attainment";
import { countCell, figureCell, type Row, type Table } from "./table-rows";
import type { Translator } from "@/i18n/translator";

type Names = { nameVi: string; nameEn: string };

export interface ScopeIndicator {
  code: string;
  labelVi: string;
  labelEn: string;
  type: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  attainment: Attainment;
}

/** One city's assessment for the framework and year, scored as the readiness page scores it. */
export interface ScopeAssessment {
  id: string;
  city: Names & { slug: string; provinceVi: string; provinceEn: string };
  frameworkCode: string;
  year: number;
  status: string;
  completedAt: Date | null;
  /** Overall readiness (0..1), or null when nothing scored is answered yet. */
  readiness: number | null;
  /** Answered weight over scored weight (0..1), as the readiness figure shows beside the score. */
  coverage: number | null;
  indicators: ScopeIndicator[];
}

export const wideTableColumns = ["city", "province", "status", "readiness", "indicatorCode", "label", "type", "numerator", "denominator", "value", "target", "attainment"] as const;
export const longTableColumns = ["city", "province", "framework", "year", "status", "indicatorCode", "measure", "value"] as const;
/** What the long table measures, in this order; an indicator without a figure for one has no row for it. */
export const scopeMeasures = ["numerator", "denominator", "value", "target", "score"] as const;
export type ScopeMeasure = (typeof scopeMeasures)[number];

const widths: Record<string, number> = { city: 32, province: 22, framework: 22, status: 14, readiness: 12, indicatorCode: 16, label: 50, type: 12, measure: 16, attainment: 14 };

function table(name: string, keys: readonly string[], { t }: Translator): Table {
  return {
    name: t(`exports.sheets.${name}`),
    columns: keys.map((key) => ({
      header: t(`exports.columns.${key}`),
      width: widths[key] ?? 14,
      format: key === "readiness" ? "score" : key === "year" ? "whole" : undefined,
    })),
  };
}

export const scopeWideTable = (language: Translator) => table("scopeWide", wideTableColumns, language);
export const scopeLongTable = (language: Translator) => table("scopeLong", longTableColumns, language);

function cityCells(assessment: ScopeAssessment, { locale }: Translator) {
  return [localized(assessment.city, "name", locale), localized(assessment.city, "province", locale)];
}

const statusText = (assessment: ScopeAssessment, { t }: Translator) => t(`assessments.status.${assessment.status}`);

/** One row per indicator of the assessment, in the framework's order. */
export function scopeWideRows(assessment: ScopeAssessment, language: Translator): Row[] {
  const { t } = language;
  const readiness = assessment.readiness;
  return assessment.indicators.map((indicator) => [
    ...cityCells(assessment, language),
    statusText(assessment, language),
    readiness,
    indicator.code,
    localized(indicator, "label", language.locale),
    t(`frameworks.types.${indicator.type}`),
    countCell(indicator.numerator),
    countCell(indicator.denominator),
    figureCell(indicator.type, indicator.value),
    figureCell(indicator.type, indicator.attainment.target?.value),
    t(`readiness.status.${indicator.attainment.status}`),
  ]);
}

/** An indicator's figure for one measure, formatted as the wide table formats it; null when there is none. */
export function measureCell(indicator: ScopeIndicator, measure: ScopeMeasure) {
  switch (measure) {
    case "numerator":
      return countCell(indicator.numerator);
    case "denominator":
      return countCell(indicator.denominator);
    case "value":
      return figureCell(indicator.type, indicator.value);
    case "target":
      return figureCell(indicator.type, indicator.attainment.target?.value);
    case "score":
      return indicator.attainment.score === null ? null : { value: indicator.attainment.score, format: "percent" as const };
  }
}

/** One row per indicator and measure that has a figure. */
export function scopeLongRows(assessment: ScopeAssessment, language: Translator): Row[] {
  const { t } = language;
  const lead = [...cityCells(assessment, language), assessment.frameworkCode, assessment.year, statusText(assessment, language)];
  return assessment.indicators.flatMap((indicator) =>
    scopeMeasures.flatMap((measure) => {
      const cell = measureCell(indicator, measure);
      return cell === null ? [] : [[...lead, indicator.code, t(`exports.measures.${measure}`), cell]];
    }),
  );
}
