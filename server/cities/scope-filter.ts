import "server-only";
import { cityScope, type Actor, type CityScope } from "@/lib/permissions";

// Beyond this many assigned cities the filter becomes a subquery on the actor's assignments: one
// parameter per city would pass what a database accepts in one query (Prisma's SQLite adapter
// stops near a thousand), and a provincial coordinator can cover more communes than that.
export const longestIdList = 500;

/**
 * Prisma's filter on City for the cities in the actor's scope, as lib/permissions.ts `cityScope`
 * decides it: nothing for a national scope, the ids for a short list, and the same cities read
 * through the actor's assignments for a long one.
 */
export function citiesInScope(actor: Actor) {
  return citiesOfScope(cityScope(actor), actor.id);
}

/** The same filter for any scope lib/permissions.ts decides for the actor (`reviewScope` too). */
export function citiesOfScope(scope: CityScope, actorId: string): { id?: { in: string[] }; assignments?: { some: { userId: string } } } {
  if (scope.all) return {};
  if (scope.cityIds.length <= longestIdList) return { id: { in: scope.cityIds } };
  return { assignments: { some: { userId: actorId } } };
}

/** The same filter for records that belong to a city (assessments, action plans). */
export function inScopeCities(actor: Actor) {
  const cities = citiesInScope(actor);
  return Object.keys(cities).length === 0 ? {} : { city: cities };
}
