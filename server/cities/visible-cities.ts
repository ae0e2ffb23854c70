import "server-only";
import { mayReadCityProfile, type Actor } from "@/lib/permissions";
import { citiesInScope } from "./scope-filter";
import type { Db } from "../db";

/** The cities an actor may see, GNLC members first by admission, then candidates. */
export async function listVisibleCities(db: Db, actor: Actor) {
  const cities = await db.city.findMany({ where: citiesInScope(actor) });
  const rank = (status: string) => (status === "member" ? 0 : status === "candidate" ? 1 : 2);
  return cities.sort(
    (a, b) =>
      rank(a.gnlcStatus) - rank(b.gnlcStatus) ||
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
