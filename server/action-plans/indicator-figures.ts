import "server-only";
import { latestFigure, type IndicatorFigure } from "@/lib/action-plans/indicator-link";
import type { Db } from "../db";

export interface LinkedIndicator {
  frameworkCode: string;
  indicatorCode: string;
  labelVi: string;
  labelEn: string;
  /** rate | count | number | …: a rate is a fraction shown as a percentage. */
  type: string;
  direction: string;
  unitVi: string | null;
  unitEn: string | null;
  /** The city's figure (lib/action-plans/indicator-link.ts decides which), or null when none is entered. */
  figure: IndicatorFigure | null;
}

export const linkKey = (frameworkCode: string, indicatorCode: string) => `${frameworkCode}/${indicatorCode}`;

/**
 * The indicators that a plan's items link to, each with the city's figure. Three queries whatever
 * the number of links: the indicators (named from the newest version of their framework), the
 * city's assessments against those frameworks, and their answers to the linked indicators.
 */
export async function loadLinkedIndicators(db: Db, cityId: string, links: readonly { frameworkCode: string | null; indicatorCode: string | null }[]): Promise<Map<string, LinkedIndicator>> {
  const wanted = links.filter((l): l is { frameworkCode: string; indicatorCode: string } => !!l.frameworkCode && !!l.indicatorCode);
  const out = new Map<string, LinkedIndicator>();
  if (wanted.length === 0) return out;
  const frameworkCodes = [...new Set(wanted.map((l) => l.frameworkCode))];
  const indicatorCodes = [...new Set(wanted.map((l) => l.indicatorCode))];
  const keys = new Set(wanted.map((l) => linkKey(l.frameworkCode, l.indicatorCode)));

  const [indicators, assessments] = await Promise.all([
    db.indicator.findMany({
      where: { code: { in: indicatorCodes }, framework: { code: { in: frameworkCodes }, status: { not: "draft" } } },
      select: { code: true, labelVi: true, labelEn: true, type: true, direction: true, unitVi: true, unitEn: true, framework: { select: { code: true, version: true } } },
      orderBy: { framework: { version: "desc" } },
    }),
    db.assessment.findMany({ where: { cityId, frameworkCode: { in: frameworkCodes } }, select: { id: true, year: true, status: true, frameworkCode: true } }),
  ]);
  const responses = assessments.length
    ? await db.response.findMany({
        where: { assessmentId: { in: assessments.map((a) => a.id) }, indicator: { code: { in: indicatorCodes } } },
        select: { value: true, assessmentId: true, indicator: { select: { code: true } } },
      })
    : [];

  const assessmentById = new Map(assessments.map((a) => [a.id, a]));
  const figures = new Map<string, { year: number; value: number | null; approved: boolean }[]>();
  for (const response of responses) {
    const assessment = assessmentById.get(response.assessmentId)!;
    const key = linkKey(assessment.frameworkCode, response.indicator.code);
    figures.set(key, [...(figures.get(key) ?? []), { year: assessment.year, value: response.value, approved: assessment.status === "approved" }]);
  }
  // Newest framework version first, so the first one seen names the indicator.
  for (const indicator of indicators) {
    const key = linkKey(indicator.framework.code, indicator.code);
    if (!keys.has(key) || out.has(key)) continue;
    const { framework, code, ...rest } = indicator;
    out.set(key, { ...rest, frameworkCode: framework.code, indicatorCode: code, figure: latestFigure(figures.get(key) ?? []) });
  }
  return out;
}
