import "server-only";
import { toScoringAnswers, type StoredIndicator } from "@/lib/assessments/score-checklist";
import { isCountBasis, readBasis } from "@/lib/compare/basis";
import type { CityValue } from "@/lib/compare/compare";
import { mayShowInComparison, type Actor } from "@/lib/permissions";

/** One city's figure for one indicator in one year, with where it comes from. */
export interface Figure {
  cityId: string;
  year: number;
  indicatorId: string;
  value: CityValue;
}

type Indicator = StoredIndicator & { code: string };

/** The fields the comparison selects of an assessment; answers are matched by indicator code, so any version of the framework counts. */
export const assessmentFigureSelect = {
  id: true,
  cityId: true,
  year: true,
  status: true,
  fromPublications: true,
  sourceNote: true,
  responses: { select: { value: true, numerator: true, indicator: { select: { code: true } } } },
} as const;

interface AssessmentRow {
  id: string;
  cityId: string;
  year: number;
  status: string;
  fromPublications: boolean;
  sourceNote: string | null;
  responses: { value: number | null; numerator: number | null; indicator: { code: string } }[];
}

interface ReferenceRow {
  cityId: string;
  year: number;
  indicatorCode: string;
  value: number;
  count: number | null;
  basis: string | null;
  asOf: string | null;
  publishedOn: string | null;
  sourceTitle: string;
  sourceUrl: string | null;
  noteVi: string | null;
  noteEn: string | null;
}

interface Raw {
  cityId: string;
  year: number;
  indicatorCode: string;
  value: number | null;
  count: number | null;
  /** Null or undefined: the indicator's own definition (a checklist answer). */
  basis?: string | null;
  origin: CityValue["origin"];
}

// Figures go through the scoring module's reading of an answer, so a rate typed as 67 instead of
// 0.67 is left out here just as it is on the readiness page, rather than topping every chart. A
// published count (of registered models, of recognised titles) is a count whatever the
// indicator's type, and is kept as it is.
function toFigures(indicators: readonly Indicator[], raws: readonly Raw[]): Figure[] {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const known = raws.flatMap((raw) => {
    const indicator = byCode.get(raw.indicatorCode);
    return indicator ? [{ raw, indicator }] : [];
  });
  const read = toScoringAnswers(
    known.map((k) => k.indicator),
    known.map(({ raw, indicator }) => ({ indicatorId: indicator.id, value: raw.value, text: null, evidenceNote: null, evidenceLinks: [] })),
  );
  return known.flatMap(({ raw, indicator }, i) => {
    const basis = readBasis(raw.basis, indicator.type);
    const value = isCountBasis(basis) ? raw.value : read[i].value;
    if (value === null || !Number.isFinite(value)) return [];
    return [{ cityId: raw.cityId, year: raw.year, indicatorId: indicator.id, value: { value, count: raw.count, basis, origin: raw.origin } }];
  });
}

/**
 * The assessed figures the actor may see in a comparison of `ownCityId`: the queries already ask
 * only for these, and every row is checked against the permission rule once more, so a widened
 * query can never leak another city's draft.
 */
export function assessedFigures(actor: Actor, ownCityId: string, indicators: readonly Indicator[], assessments: readonly AssessmentRow[]): Figure[] {
  const raws = assessments
    .filter((a) => mayShowInComparison(actor, a, ownCityId))
    .flatMap((a) =>
      a.responses.map((r) => ({
        cityId: a.cityId,
        year: a.year,
        indicatorCode: r.indicator.code,
        value: r.value,
        count: r.numerator,
        origin: { kind: "assessment" as const, assessmentId: a.id, status: a.status, sourceNote: a.fromPublications ? a.sourceNote : null },
      })),
    );
  return toFigures(indicators, raws);
}

/** Published reference values, each carrying its source. */
export function publishedFigures(indicators: readonly Indicator[], rows: readonly ReferenceRow[]): Figure[] {
  const raws = rows.map((r) => ({
    cityId: r.cityId,
    year: r.year,
    indicatorCode: r.indicatorCode,
    value: r.value,
    count: r.count,
    basis: r.basis,
    origin: { kind: "reference" as const, sourceTitle: r.sourceTitle, sourceUrl: r.sourceUrl, noteVi: r.noteVi, noteEn: r.noteEn, asOf: r.asOf, publishedOn: r.publishedOn },
  }));
  return toFigures(indicators, raws);
}

/** Figures grouped by city, for lookups without scanning the whole list per city. */
export function byCity(figures: readonly Figure[]): Map<string, Figure[]> {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures) {
    const group = groups.get(figure.cityId);
    if (group) group.push(figure);
    else groups.set(figure.cityId, [figure]);
  }
  return groups;
}
