import "server-only";
import { isComparable } from "@/lib/compare/compare";
import { toSeries, trendYears } from "@/lib/compare/trends";
import type { Actor } from "@/lib/permissions";
import { ok } from "@/lib/result";
import type { TrendsQuery } from "@/lib/validation/compare";
import type { Db } from "../db";
import { assessedFigures, assessmentFigureSelect, byCity, publishedFigures, type Figure } from "./figures";
import { resolveSelection, toCompareIndicators } from "./selection";

const points = (figures: Figure[] | undefined) => (figures ?? []).map((f) => ({ year: f.year, value: f.value }));

/**
 * One indicator over every year: the compared city's line (every status, labelled) and its peers'
 * (approved assessments and published figures only), with the indicator's targets. A fixed number
 * of queries (seven) whatever the number of peers and years.
 */
export async function loadTrends(db: Db, actor: Actor, query: TrendsQuery) {
  const resolved = await resolveSelection(db, actor, query);
  if (!resolved.ok) return resolved;
  const selection = resolved.value;
  const { framework, own, peers } = selection;
  const peerIds = peers.map((p) => p.id);

  const all = await db.indicator.findMany({ where: { frameworkId: framework.id }, orderBy: { position: "asc" }, include: { targets: { orderBy: { year: "asc" } } } });
  const indicators = all.filter(isComparable);
  const indicator = indicators.find((i) => i.code === query.indicator) ?? indicators[0] ?? null;
  if (!indicator) return ok({ ...selection, indicators, indicator: null, ownSeries: null, peerSeries: [], chartYears: [] });

  const [assessments, references] = await Promise.all([
    db.assessment.findMany({
      where: { frameworkCode: framework.code, OR: [{ cityId: own.id }, { cityId: { in: peerIds }, status: "approved" }] },
      select: { ...assessmentFigureSelect, responses: { ...assessmentFigureSelect.responses, where: { indicator: { code: indicator.code } } } },
      orderBy: { year: "asc" },
    }),
    db.referenceValue.findMany({ where: { frameworkCode: framework.code, indicatorCode: indicator.code, cityId: { in: [own.id, ...peerIds] } } }),
  ]);

  const assessed = byCity(assessedFigures(actor, own.id, [indicator], assessments));
  const published = byCity(publishedFigures([indicator], references));
  const series = (cityId: string) => toSeries(cityId, points(assessed.get(cityId)), points(published.get(cityId)));
  const ownSeries = series(own.id);
  const peerSeries = peers.map((p) => series(p.id));
  return ok({
    ...selection,
    indicators,
    indicator: { ...indicator, compared: toCompareIndicators([indicator], [], selection)[0] },
    ownSeries,
    peerSeries,
    /** The chart's horizontal axis; `years` are the choices of the selection form. */
    chartYears: trendYears([ownSeries, ...peerSeries], indicator.targets),
  });
}

export type Trends = Extract<Awaited<ReturnType<typeof loadTrends>>, { ok: true }>["value"];
