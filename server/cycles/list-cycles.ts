import "server-only";
import { byUrgency, vietnamToday } from "@/lib/review/cycles";
import { citiesInScope } from "../cities/scope-filter";
import type { Actor } from "@/lib/permissions";
import type { Db } from "../db";
import { frameworkTitles } from "../frameworks/framework-titles";
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
  /** The cities in the actor's scope, most urgent first (the latest overdue at the top). */
  cities: CycleCityRow[];
}

/**
 * Every reporting cycle, newest year first, with one row per city in the actor's scope that takes
 * part (reference cities do not). A fixed number of queries whatever the number of cities.
 */
export async function listCycles(db: Db, actor: Actor, now: Date = new Date()): Promise<CycleListing[]> {
  const today = vietnamToday(now);
  const standings = await loadCycleStandings(db, today, { cities: citiesInScope(actor) });
  if (standings.length === 0) return [];
  const titles = await frameworkTitles(db, standings.map((s) => s.cycle.frameworkCode));

  return standings.map(({ cycle, cities }) => ({
    id: cycle.id,
    frameworkCode: cycle.frameworkCode,
    year: cycle.year,
    opensOn: cycle.opensOn,
    dueOn: cycle.dueOn,
    framework: titles.get(cycle.frameworkCode) ?? null,
    opened: cycle.opensOn <= today,
    cities: cities
      .map((row) => ({ ...row, lastActivityAt: row.assessment?.updatedAt ?? null }))
      .sort((a, b) => byUrgency(a, b) || a.city.nameVi.localeCompare(b.city.nameVi, "vi")),
  }));
}
