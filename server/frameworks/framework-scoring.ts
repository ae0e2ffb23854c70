import "server-only";
import { parseLevelScales, type LevelScales } from "@/lib/assessments/score-checklist";
import type { Db } from "../db";

export type ScoringTx = Pick<Db, "framework" | "frameworkSection" | "indicator">;

export interface FrameworkScoring {
  sections: { id: string; path: string }[];
  /** In the framework's order, each with its targets by year. */
  indicators: { id: string; sectionId: string; type: string; direction: string; weight: number; required: boolean; countsTowardsCompleteness: boolean; levelScale: string | null; targets: { year: number; value: number; cityId: string | null }[] }[];
  levelScales: LevelScales;
}

// What scoring needs of a framework version, kept per version and its last change: a published
// version's indicators and targets only change through acts that also touch the framework row,
// so a changed `updatedAt` is a new entry. A few dozen versions at most.
const cache = new Map<string, { stamp: number; scoring: FrameworkScoring }>();
const mostKept = 64;

/**
 * The scoring inputs of each framework version, read once per version and change. A caller that
 * has just read the versions' `updatedAt` (`stamps`) saves the look-up when every one is kept.
 */
export async function frameworkScoring(tx: ScoringTx, frameworkIds: readonly string[], stamps?: ReadonlyMap<string, Date>): Promise<Map<string, FrameworkScoring>> {
  const ids = [...new Set(frameworkIds)];
  const result = new Map<string, FrameworkScoring>();
  const known = stamps && ids.every((id) => stamps.has(id));
  const current = known ? ids.map((id) => ({ id, updatedAt: stamps.get(id)! })) : await tx.framework.findMany({ where: { id: { in: ids } }, select: { id: true, updatedAt: true } });
  const missingIds = current.filter((f) => {
    const hit = cache.get(f.id);
    if (hit && hit.stamp === f.updatedAt.getTime()) result.set(f.id, hit.scoring);
    return !result.has(f.id);
  }).map((f) => f.id);
  if (missingIds.length === 0) return result;
  const [versions, sections, indicators] = await Promise.all([
    tx.framework.findMany({ where: { id: { in: missingIds } }, select: { id: true, updatedAt: true, levelScales: true } }),
    tx.frameworkSection.findMany({ where: { frameworkId: { in: missingIds } }, select: { id: true, path: true, frameworkId: true } }),
    tx.indicator.findMany({
      where: { frameworkId: { in: missingIds } },
      orderBy: { position: "asc" },
      select: { id: true, frameworkId: true, sectionId: true, type: true, direction: true, weight: true, required: true, countsTowardsCompleteness: true, levelScale: true, targets: { select: { year: true, value: true, cityId: true }, orderBy: { year: "asc" } } },
    }),
  ]);
  for (const f of versions) {
    const scoring: FrameworkScoring = {
      sections: sections.filter((s) => s.frameworkId === f.id).map(({ id, path }) => ({ id, path })),
      indicators: indicators.filter((i) => i.frameworkId === f.id).map(({ frameworkId, ...indicator }) => (void frameworkId, indicator)),
      levelScales: parseLevelScales(f.levelScales),
    };
    if (cache.size >= mostKept) cache.delete(cache.keys().next().value as string);
    cache.set(f.id, { stamp: f.updatedAt.getTime(), scoring });
    result.set(f.id, scoring);
  }
  return result;
}
