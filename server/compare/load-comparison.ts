import "server-only";
import { areaDepth, compareAreas, compareIndicators, preferAssessed, type CityValue, type CityValues } from "@/lib/compare/compare";
import type { Actor } from "@/lib/permissions";
import { ok } from "@/lib/result";
import type { CompareQuery } from "@/lib/validation/compare";
import type { Db } from "../db";
import { assessedFigures, assessmentFigureSelect, byCity, publishedFigures, type Figure } from "./figures";
import { resolveSelection, toCompareIndicators } from "./selection";

/** One city's figures for the year: assessed where there is one, published otherwise. */
function cityValues(cityId: string, assessed: Map<string, Figure[]>, published: Map<string, Figure[]>): CityValues {
  const index = (figures: Figure[] | undefined) => new Map((figures ?? []).map((f) => [f.indicatorId, f.value]));
  const mine = index(assessed.get(cityId));
  const theirs = index(published.get(cityId));
  const values = new Map<string, CityValue>();
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const value = preferAssessed(mine.get(id), theirs.get(id));
    if (value) values.set(id, value);
  }
  return { cityId, values };
}

/**
 * Everything the compare page shows for a selection: the compared city against its peers on
 * every comparable indicator of the framework, and by area for the radar. Peers show only approved
 * assessments and published reference values; the compared city shows at every status (see
 * `mayShowInComparison`). A fixed number of queries (eight) whatever the number of peers and
 * indicators: each kind of row is read once with `in`, never per city or per indicator.
 */
export async function loadComparison(db: Db, actor: Actor, query: CompareQuery) {
  const resolved = await resolveSelection(db, actor, query);
  if (!resolved.ok) return resolved;
  const selection = resolved.value;
  const { framework, own, peers } = selection;
  const { year } = selection.selection;
  const peerIds = peers.map((p) => p.id);

  const [sections, indicators, assessments, references] = await Promise.all([
    db.frameworkSection.findMany({ where: { frameworkId: framework.id }, select: { id: true, path: true, code: true, titleVi: true, titleEn: true }, orderBy: { position: "asc" } }),
    db.indicator.findMany({ where: { frameworkId: framework.id }, orderBy: { position: "asc" }, include: { targets: { orderBy: { year: "asc" } } } }),
    db.assessment.findMany({
      where: { frameworkCode: framework.code, year, OR: [{ cityId: own.id }, { cityId: { in: peerIds }, status: "approved" }] },
      select: assessmentFigureSelect,
    }),
    db.referenceValue.findMany({ where: { frameworkCode: framework.code, year, cityId: { in: [own.id, ...peerIds] } } }),
  ]);

  const assessed = byCity(assessedFigures(actor, own.id, indicators, assessments));
  const published = byCity(publishedFigures(indicators, references));
  const compared = toCompareIndicators(indicators, sections, selection);
  const ownValues = cityValues(own.id, assessed, published);
  const peerValues = peers.map((p) => cityValues(p.id, assessed, published));
  const depth = areaDepth(compared);
  const ownAssessment = assessments.find((a) => a.cityId === own.id);

  return ok({
    ...selection,
    sections,
    indicators,
    compared,
    ownAssessment: ownAssessment ? { id: ownAssessment.id, status: ownAssessment.status } : null,
    comparisons: compareIndicators(compared, ownValues, peerValues, year),
    areas: compareAreas(compared, ownValues, peerValues, year, depth),
  });
}

export type Comparison = Extract<Awaited<ReturnType<typeof loadComparison>>, { ok: true }>["value"];
