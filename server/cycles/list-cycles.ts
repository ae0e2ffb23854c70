import "server-only";
import { vietnamToday, type CycleState } from "@/lib/review/cycles";
import { queuePageWindow } from "@/lib/review/queue";
import { citiesInScope } from "../cities/scope-filter";
import { cityScope, type Actor } from "@/lib/permissions";
import type { Db } from "../db";
import { frameworkTitles } from "../frameworks/framework-titles";
import { cycleCounts } from "./cycle-counts";
import { cycleCityPage } from "./cycle-city-page";
import type { CityStanding } from "./cycle-standings";

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
  /** One page of the listed cycle's cities in the actor's scope, most urgent first (the latest overdue at the top); none for the others. */
  cities: CycleCityRow[];
  /** Which page of the listed cycle's cities `cities` is, of how many. */
  cityPage: { page: number; pages: number };
}

/** Cities listed per page of a cycle unless the caller asks for another size. */
export const cycleCitiesPerPage = 25;

/**
 * Every reporting cycle, newest year first, each with its counts per state, and one page of the
 * cities of one of them: `options.cycle`, or else the newest that has opened. Reference cities
 * take no part. A fixed number of queries whatever the number of cities, and one page of one
 * cycle's cities read, ordered and paged in the database.
 */
export async function listCycles(db: Db, actor: Actor, now: Date = new Date(), options: { cycle?: string; page?: number; size?: number } = {}): Promise<CycleListing[]> {
  const today = vietnamToday(now);
  const cycles = await db.reportingCycle.findMany({
    include: { extensions: { select: { cityId: true, dueOn: true } } },
    orderBy: [{ year: "desc" }, { frameworkCode: "asc" }],
  });
  if (cycles.length === 0) return [];
  const listed = cycles.find((c) => c.id === options.cycle) ?? cycles.find((c) => c.opensOn <= today) ?? cycles[0];
  const [counts, titles] = await Promise.all([cycleCounts(db, today, cycles, citiesInScope(actor)), frameworkTitles(db, cycles.map((c) => c.frameworkCode))]);
  const size = options.size ?? cycleCitiesPerPage;
  const listedCities = counts.get(listed.id)?.cities ?? 0;
  const window = queuePageWindow(listedCities, listed.id === options.cycle ? (options.page ?? 1) : 1, size);
  const rows = window.offset < listedCities ? await cycleCityPage(db, today, listed, cityScope(actor), actor.id, { limit: size, offset: window.offset }) : [];

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
    cities: cycle.id !== listed.id ? [] : rows.map((row) => ({ ...row, lastActivityAt: row.assessment?.updatedAt ?? null })),
    cityPage: cycle.id === listed.id ? { page: window.page, pages: window.pages } : { page: 1, pages: 1 },
  }));
}
