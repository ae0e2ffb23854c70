import "server-only";
import { parseLevelScales, toScoringIndicators } from "@/lib/assessments/score-checklist";
import type { CompareIndicator } from "@/lib/compare/compare";
import { unsetTargetYears, type ScopedTarget } from "@/lib/readiness/target-scope";
import { wholePeerList } from "@/lib/compare/peer-picker";
import { selectPeers, type PeerMode } from "@/lib/compare/peers";
import { mayChooseComparedCity, mayReadCity, type Actor } from "@/lib/permissions";
import { fail, ok } from "@/lib/result";
import type { CompareQuery } from "@/lib/validation/compare";
import { Prisma } from "@/generated/sqlite/client";
import type { Db } from "../db";
import { rawBoolean } from "../raw-values";

const citySelect = { id: true, slug: true, nameVi: true, nameEn: true, provinceVi: true, provinceEn: true, population: true, gnlcStatus: true, isReference: true } as const;
type SelectedCity = { id: string; slug: string; nameVi: string; nameEn: string; provinceVi: string; provinceEn: string; population: number | null; gnlcStatus: string; isReference: boolean };
const sql = Prisma.sql;

/** The selection as actually applied, which is what the page's form and shared links carry. */
interface AppliedSelection {
  framework: string;
  year: number;
  city: string;
  peers: PeerMode;
  /** Hand-picked peers' slugs; empty unless `peers` is "manual". */
  peer: string[];
}

// The first year offered: the national learning-society targets start in 2020 (QĐ 281).
const firstYear = 2020;

// Peer modes that compare every city with the compared one (its province, region or population band).
const everyCityModes: ReadonlySet<PeerMode> = new Set(["province", "region", "population"]);

/**
 * The cities a selection needs, and how many cities there are. Every city when the user chooses
 * the compared city, when the peers come from comparing every city, when searching by name, or
 * when there are few enough to list whole; otherwise (an official comparing with members or
 * hand-picked cities) only the official's city and those peers, not the thousands of others.
 */
async function citiesFor(db: Db, actor: Actor, query: CompareQuery): Promise<{ cities: SelectedCity[]; total: number }> {
  const everyCity = () => db.city.findMany({ select: citySelect, orderBy: { nameVi: "asc" } });
  if (mayChooseComparedCity(actor) || everyCityModes.has(query.peers) || query.find) {
    const cities = await everyCity();
    return { cities, total: cities.length };
  }
  const slugs = query.peers === "manual" ? query.peer : [];
  const peers = query.peers === "members" ? sql`"gnlcStatus" = 'member'` : slugs.length ? sql`"slug" IN (${Prisma.join(slugs)})` : sql`1 = 0`;
  // One query: the official's city, its peers, and how many cities there are in all.
  const rows = await db.$queryRaw<(Omit<SelectedCity, "isReference" | "population"> & { population: number | bigint | null; isReference: boolean | number; total: number | bigint })[]>`
    SELECT "id", "slug", "nameVi", "nameEn", "provinceVi", "provinceEn", "population", "gnlcStatus", "isReference", (SELECT COUNT(*) FROM "City") AS "total"
    FROM "City" WHERE "id" = ${actor.cityId ?? ""} OR ${peers}
    ORDER BY "nameVi"`;
  const total = rows.length ? Number(rows[0].total) : 0;
  // Few enough cities to list whole: the picker lists every one.
  if (total <= wholePeerList + 1) return { cities: await everyCity(), total };
  const cities = rows.map((r) => ({ id: r.id, slug: r.slug, nameVi: r.nameVi, nameEn: r.nameEn, provinceVi: r.provinceVi, provinceEn: r.provinceEn, population: r.population === null ? null : Number(r.population), gnlcStatus: r.gnlcStatus, isReference: rawBoolean(r.isReference) }));
  return { cities, total };
}

/**
 * The part of a comparison both pages share: the published frameworks (latest version of each
 * code), the compared city, its peers, and the year, each taken from the query when allowed and
 * sensible and defaulted otherwise. Four queries whatever the number of cities.
 *
 * The compared city is the official's own; other roles choose among the cities they may read,
 * starting from their first city that assesses itself. Refused (forbidden) for a user with no city
 * to compare, and notFound when no framework is published.
 */
export async function resolveSelection(db: Db, actor: Actor, query: CompareQuery, now = new Date()) {
  const [published, { cities, total }] = await Promise.all([
    db.framework.findMany({
      where: { status: "published" },
      select: { id: true, code: true, version: true, titleVi: true, titleEn: true, levelScales: true },
      orderBy: [{ titleVi: "asc" }, { version: "desc" }],
    }),
    citiesFor(db, actor, query),
  ]);
  const frameworks = published.filter((f, i) => published.findIndex((g) => g.code === f.code) === i);
  const readable = cities.filter((c) => mayReadCity(actor, c.id));
  const own = mayChooseComparedCity(actor)
    ? (readable.find((c) => c.slug === query.city) ?? readable.find((c) => !c.isReference) ?? readable[0] ?? null)
    : (readable.find((c) => c.id === actor.cityId) ?? null);
  if (!own) return fail("forbidden");
  if (frameworks.length === 0) return fail("notFound");

  // The city's own figures pick the default framework and year: its latest assessment, or for a
  // city known only from publications, its latest published figure.
  const [ownAssessments, ownPublished] = await Promise.all([
    db.assessment.findMany({ where: { cityId: own.id }, select: { frameworkCode: true, year: true }, orderBy: [{ year: "desc" }, { updatedAt: "desc" }] }),
    db.referenceValue.findFirst({ where: { cityId: own.id }, select: { frameworkCode: true, year: true }, orderBy: { year: "desc" } }),
  ]);
  const latest = ownAssessments[0] ?? ownPublished;
  const framework = frameworks.find((f) => f.code === query.framework) ?? frameworks.find((f) => f.code === latest?.frameworkCode) ?? frameworks[0];
  const ownYears = [...ownAssessments, ...(ownPublished ? [ownPublished] : [])]
    .filter((a) => a.frameworkCode === framework.code)
    .map((a) => a.year)
    .sort((a, b) => b - a);
  const thisYear = now.getFullYear();
  const year = query.year ?? ownYears[0] ?? thisYear;
  const from = Math.min(firstYear, year, ...ownYears);
  const to = Math.max(thisYear, year, ...ownYears);
  const years = Array.from({ length: to - from + 1 }, (_, i) => to - i);

  const peers = selectPeers(own, cities, query.peers, query.peer);
  const selection: AppliedSelection = {
    framework: framework.code,
    year,
    city: own.slug,
    peers: query.peers,
    peer: query.peers === "manual" ? peers.map((p) => p.slug) : [],
  };
  return ok({
    frameworks: frameworks.map(({ code, titleVi, titleEn }) => ({ code, titleVi, titleEn })),
    framework,
    levelScales: parseLevelScales(framework.levelScales),
    /** The cities the selection needed (see `citiesFor`), not necessarily every city. */
    cities,
    /** How many cities there are in all. */
    cityCount: total,
    /** The cities the user may compare; a single one for officials, who have no choice. */
    cityChoices: mayChooseComparedCity(actor) ? readable : [own],
    own,
    peers,
    years,
    selection,
  });
}

export type Selection = Extract<Awaited<ReturnType<typeof resolveSelection>>, { ok: true }>["value"];

/**
 * The framework's indicators as the comparison module wants them, from one query's rows, with the
 * targets that apply to the compared city: national ones and its own plan's, never another
 * city's plan (whose years show as not yet set).
 */
export function toCompareIndicators(
  indicators: { id: string; code: string; sectionId: string; type: string; direction: string; weight: number; required: boolean; levelScale: string | null; targets: ScopedTarget[] }[],
  sections: { id: string; path: string }[],
  selection: Selection,
): CompareIndicator[] {
  const scoring = toScoringIndicators(indicators, new Map(sections.map((s) => [s.id, s.path])), selection.levelScales, selection.own.id);
  return scoring.map((indicator, i) => ({ ...indicator, code: indicators[i].code, unsetTargetYears: unsetTargetYears(indicators[i].targets, selection.own.id) }));
}
