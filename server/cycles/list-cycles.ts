import "server-only";
import { byUrgency, vietnamToday, type CycleState } from "@/lib/review/cycles";
import { citiesInScope } from "../cities/scope-filter";
import type { Actor } from "@/lib/permissions";
import type { Db } from "../db";
import { frameworkTitles } from "../frameworks/framework-titles";
import { cycleCounts } from "./cycle-counts";
import { loadCycleStandings, type CityStanding } from "./cycle-standings";

export type CycleCityRow = CityStanding & {
  /** When the city's assessment last changed; null before it has one. */
  lastActivityAt: Date | null;
};

export interface CycleListing {
  id: string;
  frameworkCode: string;
  year: number;
  opensOn: string;
  dueOn: string;
  /** The title of the framework's latest published (or else retired) version; null if it has none. */
  framework: { titleVi: string; titleEn: string } | null;
  /** Whether the cycle's opening date has come. */
  opened: boolean;
  /** Cities in the actor's scope taking part, and how many stand in each state. */
  cityCount: number;
  counts: Record<CycleState, number>;
  /** Whether this is the cycle whose cities are listed. */
  listed: boolean;
  /** The listed cycle's cities in the actor's scope, most urgent first (the latest overdue at the top); none for the others. */
  cities: CycleCityRow[];
}

/**
 * Every reporting cycle, newest year first, each with its counts per state, and the cities of one
 * of them: `options.cycle`, or else the newest that has opened. Reference cities take no part. A
 * fixed number of queries whatever the number of cities, and one cycle's cities read, not all.
 */
export async function listCycles(db: Db, actor: Actor, now: Date = new Date(), options: { cycle?: string } = {}): Promise<CycleListing[]> {
  const today = vietnamToday(now);
  const cycles = await db.reportingCycle.findMany({
    include: { extensions: { select: { cityId: true, dueOn: true } } },
    orderBy: [{ year: "desc" }, { frameworkCode: "asc" }],
  });
  if (cycles.length === 0) return [];
  const listed = cycles.find((c) => c.id === options.cycle) ?? cycles.find((c) => c.opensOn <= today) ?? cycles[0];
  const cities = citiesInScope(actor);
  const [standings, counts, titles] = await Promise.all([
    loadCycleStandings(db, today, { cities, cycleIds: [listed.id] }),
    cycleCounts(db, today, cycles, cities),
    frameworkTitles(db, cycles.map((c) => c.frameworkCode)),
  ]);
  const rows = standings[0]?.cities ?? [];

  return cycles.map((cycle) => ({
    id: cycle.id,
    frameworkCode: cycle.frameworkCode,
    year: cycle.year,
    opensOn: cycle.opensOn,
    dueOn: cycle.dueOn,
    framework: titles.get(cycle.frameworkCode) ?? null,
    opened: cycle.opensOn <= today,
    cityCount: counts.get(cycle.id)?.cities ?? 0,
    counts: counts.get(cycle.id)?.states ?? { notOpen: 0, open: 0, dueSoon: 0, overdue: 0, submitted: 0, approved: 0 },
    listed: cycle.id === listed.id,
    cities:
      cycle.id !== listed.id
        ? []
        : rows
            .map((row) => ({ ...row, lastActivityAt: row.assessment?.updatedAt ?? null }))
            // The stored key's plain order is the Vietnamese alphabetical order, and far cheaper to compare.
            .sort((a, b) => byUrgency(a, b) || (a.city.sortKeyVi < b.city.sortKeyVi ? -1 : a.city.sortKeyVi > b.city.sortKeyVi ? 1 : 0)),
  }));
}
