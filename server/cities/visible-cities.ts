import "server-only";
import { mayReadCityProfile, type Actor } from "@/lib/permissions";
import { citiesInScope } from "./scope-filter";
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

/**
 * One page of the cities an actor may see, in the order of `listVisibleCities`: GNLC members and
 * candidates (a few dozen at most) first, then every other city by name, paged in the database;
 * with how many of the scope's cities are GNLC members.
 */
export async function listVisibleCitiesPage(db: Db, actor: Actor, page: { number: number; size: number; locale: string }) {
  const scope = citiesInScope(actor);
  const inNetwork = { gnlcStatus: { in: ["member", "candidate"] } };
  const [network, others] = await Promise.all([db.city.findMany({ where: { ...scope, ...inNetwork } }), db.city.count({ where: { ...scope, NOT: inNetwork } })]);
  network.sort((a, b) => gnlcRank(a.gnlcStatus) - gnlcRank(b.gnlcStatus) || (a.gnlcAdmittedYear ?? 9999) - (b.gnlcAdmittedYear ?? 9999) || a.sortKeyVi.localeCompare(b.sortKeyVi));
  const total = network.length + others;
  const pages = Math.max(1, Math.ceil(total / page.size));
  const number = Math.min(Math.max(1, page.number), pages);
  const start = (number - 1) * page.size;
  const fromNetwork = network.slice(start, start + page.size);
  const skip = Math.max(0, start - network.length);
  const rest =
    fromNetwork.length < page.size && others > 0
      ? await db.city.findMany({ where: { ...scope, NOT: inNetwork }, orderBy: page.locale === "en" ? { sortKeyEn: "asc" } : { sortKeyVi: "asc" }, skip, take: page.size - fromNetwork.length })
      : [];
  // How many GNLC members the scope holds: they are among the network's cities already read.
  const members = network.filter((city) => city.gnlcStatus === "member").length;
  return { cities: [...fromNetwork, ...rest], total, members, page: number, pages };
}
