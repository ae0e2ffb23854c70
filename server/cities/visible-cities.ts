import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import { cityScope, mayReadCityProfile, type Actor } from "@/lib/permissions";
import { citiesInScope } from "./scope-filter";
import { scopeCondition } from "./scope-sql";
import type { Db } from "../db";

const gnlcRank = (status: string) => (status === "member" ? 0 : status === "candidate" ? 1 : 2);

/** The cities an actor may see, GNLC members first by admission, then candidates. */
export async function listVisibleCities(db: Db, actor: Actor) {
  const cities = await db.city.findMany({ where: citiesInScope(actor) });
  return cities.sort(
    (a, b) =>
      gnlcRank(a.gnlcStatus) - gnlcRank(b.gnlcStatus) ||
      (a.gnlcAdmittedYear ?? 9999) - (b.gnlcAdmittedYear ?? 9999) ||
      a.nameVi.localeCompare(b.nameVi, "vi"),
  );
}

/** Every city's id and names, for pickers of administrators. */
export async function listCityChoices(db: Db) {
  return db.city.findMany({ select: { id: true, nameVi: true, nameEn: true }, orderBy: { nameVi: "asc" } });
}

/**
 * One city by its slug, or null both when there is no such city and when the actor may not
 * read its profile, so that a changed URL does not even reveal which cities exist. Reference
 * cities' profiles are public; the list above stays the actor's own scope.
 */
export async function getVisibleCity(db: Db, actor: Actor, slug: string) {
  const city = await db.city.findUnique({ where: { slug } });
  return city && mayReadCityProfile(actor, city) ? city : null;
}

/** A city as the dashboard's list shows it. */
export interface ListedCity {
  id: string;
  slug: string;
  nameVi: string;
  nameEn: string;
  provinceVi: string;
  provinceEn: string;
  gnlcStatus: string;
  gnlcAdmittedYear: number | null;
  population: number | null;
}

type RawListedCity = { [K in keyof ListedCity]: ListedCity[K] extends number | null ? number | bigint | null : ListedCity[K] } & { sortKeyVi: string };

const listedColumns = (c: Prisma.Sql) =>
  Prisma.sql`${c}."id" AS "id", ${c}."slug" AS "slug", ${c}."nameVi" AS "nameVi", ${c}."nameEn" AS "nameEn", ${c}."provinceVi" AS "provinceVi", ${c}."provinceEn" AS "provinceEn",
    ${c}."gnlcStatus" AS "gnlcStatus", ${c}."gnlcAdmittedYear" AS "gnlcAdmittedYear", ${c}."population" AS "population", ${c}."sortKeyVi" AS "sortKeyVi"`;

const toListedCity = ({ sortKeyVi, ...city }: RawListedCity): ListedCity => {
  void sortKeyVi;
  return { ...city, gnlcAdmittedYear: city.gnlcAdmittedYear === null ? null : Number(city.gnlcAdmittedYear), population: city.population === null ? null : Number(city.population) };
};

/**
 * One page of the cities an actor may see, in the order of `listVisibleCities`: GNLC members and
 * candidates (a few dozen at most) first, then every other city by name, paged in the database;
 * with how many of the scope's cities are GNLC members. Two statements at most (an official's
 * dashboard asks this on every visit): the network's cities with the count of the others, then the
 * page of the others when it reaches them.
 */
export async function listVisibleCitiesPage(db: Db, actor: Actor, page: { number: number; size: number; locale: string }) {
  const scope = cityScope(actor);
  const inScope = (column: Prisma.Sql) => scopeCondition(scope, column, actor.id);
  const rows = await db.$queryRaw<(Partial<RawListedCity> & { others: number | bigint })[]>`
    SELECT o."others" AS "others", ${listedColumns(Prisma.sql`c`)}
    FROM (SELECT COUNT(*) AS "others" FROM "City" x WHERE ${inScope(Prisma.sql`x."id"`)} AND x."gnlcStatus" NOT IN ('member', 'candidate')) o
    LEFT JOIN "City" c ON ${inScope(Prisma.sql`c."id"`)} AND c."gnlcStatus" IN ('member', 'candidate')`;
  const others = Number(rows[0]?.others ?? 0);
  const network = rows.flatMap((row) => (row.id === undefined || row.id === null ? [] : [row as RawListedCity]));
  network.sort((a, b) => gnlcRank(a.gnlcStatus) - gnlcRank(b.gnlcStatus) || Number(a.gnlcAdmittedYear ?? 9999) - Number(b.gnlcAdmittedYear ?? 9999) || a.sortKeyVi.localeCompare(b.sortKeyVi));
  const total = network.length + others;
  const pages = Math.max(1, Math.ceil(total / page.size));
  const number = Math.min(Math.max(1, page.number), pages);
  const start = (number - 1) * page.size;
  const fromNetwork = network.slice(start, start + page.size);
  const skip = Math.max(0, start - network.length);
  const sortKey = page.locale === "en" ? Prisma.sql`c."sortKeyEn"` : Prisma.sql`c."sortKeyVi"`;
  const rest =
    fromNetwork.length < page.size && others > 0
      ? await db.$queryRaw<RawListedCity[]>`
          SELECT ${listedColumns(Prisma.sql`c`)} FROM "City" c
          WHERE ${inScope(Prisma.sql`c."id"`)} AND c."gnlcStatus" NOT IN ('member', 'candidate')
          ORDER BY ${sortKey}, c."id" LIMIT ${page.size - fromNetwork.length} OFFSET ${skip}`
      : [];
  // How many GNLC members the scope holds: they are among the network's cities already read.
  const members = network.filter((city) => city.gnlcStatus === "member").length;
  return { cities: [...fromNetwork, ...rest].map(toListedCity), total, members, page: number, pages };
}
