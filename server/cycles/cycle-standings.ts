import "server-only";
import { cityCycleState, dueDateFor, type CycleState } from "@/lib/review/cycles";
import type { citiesInScope } from "../cities/scope-filter";
import type { Db } from "../db";

export interface CityStanding {
  city: { id: string; slug: string; nameVi: string; nameEn: string; sortKeyVi: string };
  /** The city's due date, after its extension if that gives more time. */
  dueOn: string;
  extended: boolean;
  /** The extension on record, even one a later cycle due date has overtaken. */
  extension: { dueOn: string; reason: string; grantedAt: Date } | null;
  assessment: { id: string; status: string; updatedAt: Date } | null;
  state: CycleState;
  /** Negative once the due date has passed. */
  daysToDue: number;
}

/**
 * Each cycle with where every taking-part city (not a reference city) stands in it today. Loads
 * cycles, cities and assessments in bulk: the query count does not grow with cities or cycles.
 */
export async function loadCycleStandings(db: Db, today: string, filter: { cities: ReturnType<typeof citiesInScope>; openedBy?: string; cycleIds?: readonly string[] }) {
  const cycles = await db.reportingCycle.findMany({
    where: { ...(filter.openedBy ? { opensOn: { lte: filter.openedBy } } : {}), ...(filter.cycleIds ? { id: { in: [...filter.cycleIds] } } : {}) },
    include: { extensions: { select: { cityId: true, dueOn: true, reason: true, grantedAt: true } } },
    orderBy: [{ year: "desc" }, { frameworkCode: "asc" }],
  });
  if (cycles.length === 0) return [];
  const [cities, assessments] = await Promise.all([
    db.city.findMany({ where: { isReference: false, ...filter.cities }, select: { id: true, slug: true, nameVi: true, nameEn: true, sortKeyVi: true } }),
    db.assessment.findMany({
      where: {
        frameworkCode: { in: [...new Set(cycles.map((c) => c.frameworkCode))] },
        year: { in: [...new Set(cycles.map((c) => c.year))] },
        ...(Object.keys(filter.cities).length === 0 ? {} : { city: filter.cities }),
      },
      select: { id: true, cityId: true, frameworkCode: true, year: true, status: true, updatedAt: true },
    }),
  ]);
  const assessmentKey = (frameworkCode: string, year: number, cityId: string) => `${frameworkCode}\u0000${year}\u0000${cityId}`;
  const byKey = new Map(assessments.map((a) => [assessmentKey(a.frameworkCode, a.year, a.cityId), a]));

  return cycles.map(({ extensions, ...cycle }) => {
    // Looked up by city: a national cycle has thousands of cities.
    const extensionOf = new Map(extensions.map((e) => [e.cityId, e]));
    return {
      cycle,
      cities: cities.map((city): CityStanding => {
        const found = byKey.get(assessmentKey(cycle.frameworkCode, cycle.year, city.id));
        const assessment = found ? { id: found.id, status: found.status, updatedAt: found.updatedAt } : null;
        const extension = extensionOf.get(city.id);
        const due = dueDateFor(cycle, extension ? [extension] : [], city.id);
        return {
          city,
          ...due,
          extension: extension ? { dueOn: extension.dueOn, reason: extension.reason, grantedAt: extension.grantedAt } : null,
          assessment,
          ...cityCycleState({ today, opensOn: cycle.opensOn, dueOn: due.dueOn, status: assessment?.status ?? null }),
        };
      }),
    };
  });
}
