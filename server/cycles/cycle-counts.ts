import "server-only";
import { cycleStateCounts, type CycleState } from "@/lib/review/cycles";
import type { citiesInScope } from "../cities/scope-filter";
import type { Db } from "../db";
import { inBatches } from "../in-batches";

interface CountedCycle {
  id: string;
  frameworkCode: string;
  year: number;
  opensOn: string;
  dueOn: string;
  extensions: { cityId: string; dueOn: string }[];
}

/**
 * How many cities of the scope stand in each state of each cycle, from grouped counts: the work
 * does not grow with the cities beyond the database's counting, and the query count is fixed.
 */
export async function cycleCounts(db: Db, today: string, cycles: readonly CountedCycle[], cities: ReturnType<typeof citiesInScope>): Promise<Map<string, { cities: number; states: Record<CycleState, number> }>> {
  if (cycles.length === 0) return new Map();
  const codes = [...new Set(cycles.map((c) => c.frameworkCode))];
  const years = [...new Set(cycles.map((c) => c.year))];
  const extendedIds = [...new Set(cycles.flatMap((c) => c.extensions.map((e) => e.cityId)))];
  const [taking, groups, extendedInScope, extendedStatuses] = await Promise.all([
    db.city.count({ where: { isReference: false, ...cities } }),
    db.assessment.groupBy({ by: ["frameworkCode", "year", "status"], where: { frameworkCode: { in: codes }, year: { in: years }, city: { isReference: false, ...cities } }, _count: { _all: true } }),
    inBatches(extendedIds, (ids) => db.city.findMany({ where: { id: { in: ids }, isReference: false, ...cities }, select: { id: true } })),
    inBatches(extendedIds, (ids) => db.assessment.findMany({ where: { cityId: { in: ids }, frameworkCode: { in: codes }, year: { in: years } }, select: { cityId: true, frameworkCode: true, year: true, status: true } })),
  ]);
  const inScope = new Set(extendedInScope.map((c) => c.id));
  const statusOf = new Map(extendedStatuses.map((a) => [`${a.frameworkCode}\u0000${a.year}\u0000${a.cityId}`, a.status]));
  return new Map(
    cycles.map((cycle) => {
      const statuses: Record<string, number> = {};
      for (const g of groups) if (g.frameworkCode === cycle.frameworkCode && g.year === cycle.year) statuses[g.status] = g._count._all;
      const extensions = cycle.extensions
        .filter((e) => inScope.has(e.cityId))
        .map((e) => ({ dueOn: e.dueOn, status: statusOf.get(`${cycle.frameworkCode}\u0000${cycle.year}\u0000${e.cityId}`) ?? null }));
      return [cycle.id, { cities: taking, states: cycleStateCounts({ today, opensOn: cycle.opensOn, dueOn: cycle.dueOn, cities: taking, statuses, extensions }) }];
    }),
  );
}
