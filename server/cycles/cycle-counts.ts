import "server-only";
import { cycleStateCounts, type CycleState } from "@/lib/review/cycles";
import type { citiesInScope } from "../cities/scope-filter";
import { Prisma } from "@/generated/sqlite/client";
import { assessmentStatuses } from "@/lib/review/workflow";
import type { Db } from "../db";
import { inBatches } from "../in-batches";

const sql = Prisma.sql;

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
    Object.keys(cities).length === 0
      ? everyCityCounts(db, codes, years)
      : db.assessment.groupBy({ by: ["frameworkCode", "year", "status"], where: { frameworkCode: { in: codes }, year: { in: years }, city: { isReference: false, ...cities } }, _count: { _all: true } }),
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

type RawCount = { frameworkCode: string; year: number | bigint; status: string; n: number | bigint | string };

/**
 * The checklists of every city taking part (reference cities take none) per framework, year and
 * status, without counting the approved ones row by row: a national archive is mostly approved
 * checklists, about 3,300 per framework and year. Those come from the kept tally
 * (../review/count-approval.ts), which counts every approved checklist not taken from
 * publications, corrected by the few that differ here: approved checklists taken from
 * publications of cities taking part (added) and approved checklists of reference cities (taken
 * away). The other statuses are counted through the index on framework, year and status.
 */
async function everyCityCounts(db: Db, codes: readonly string[], years: readonly number[]) {
  const inCycles = sql`a."frameworkCode" IN (${Prisma.join(codes)}) AND a."year" IN (${Prisma.join(years)})`;
  const rows = await db.$queryRaw<RawCount[]>`
    SELECT a."frameworkCode" AS "frameworkCode", a."year" AS "year", a."status" AS "status", COUNT(*) AS "n"
    FROM "Assessment" a JOIN "City" c ON c."id" = a."cityId"
    WHERE ${inCycles} AND a."status" IN (${Prisma.join(assessmentStatuses.filter((s) => s !== "approved"))}) AND c."isReference" = false
    GROUP BY a."frameworkCode", a."year", a."status"
    UNION ALL
    SELECT t."frameworkCode", t."year", 'approved', t."count"
    FROM "ApprovedTally" t WHERE t."frameworkCode" IN (${Prisma.join(codes)}) AND t."year" IN (${Prisma.join(years)})
    UNION ALL
    SELECT a."frameworkCode", a."year", 'approved', COUNT(*)
    FROM "Assessment" a JOIN "City" c ON c."id" = a."cityId"
    WHERE ${inCycles} AND a."status" = 'approved' AND a."fromPublications" = true AND c."isReference" = false
    GROUP BY a."frameworkCode", a."year"
    UNION ALL
    SELECT a."frameworkCode", a."year", 'approved', -COUNT(*)
    FROM "Assessment" a
    WHERE ${inCycles} AND a."status" = 'approved' AND a."fromPublications" = false AND a."cityId" IN (SELECT r."id" FROM "City" r WHERE r."isReference" = true)
    GROUP BY a."frameworkCode", a."year"`;
  const sums = new Map<string, { frameworkCode: string; year: number; status: string; _count: { _all: number } }>();
  for (const row of rows) {
    const year = Number(row.year);
    const key = `${row.frameworkCode}\u0000${year}\u0000${row.status}`;
    const group = sums.get(key) ?? { frameworkCode: row.frameworkCode, year, status: row.status, _count: { _all: 0 } };
    group._count._all += Number(row.n);
    sums.set(key, group);
  }
  return [...sums.values()];
}
