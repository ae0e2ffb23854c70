import "server-only";
import { placementOf, type Role } from "@/lib/permissions";
import type { FieldErrors } from "@/lib/validation/zod";
import type { Db } from "../db";

interface Placement {
  role: Role;
  cityId?: string | null;
  coversAllCities: boolean;
  assignedCityIds: string[];
}

/**
 * Where a user sits follows from the role: an official has one city and no assignments;
 * coordinators and viewers have assignments or all cities; administrators have neither.
 * Anything the form sent for another role is dropped rather than stored unused.
 */
export function placementForRole(input: Placement) {
  switch (placementOf(input.role)) {
    case "oneCity":
      return { cityId: input.cityId ?? null, coversAllCities: false, assignedCityIds: [] };
    case "chosenCities":
      return {
        cityId: null,
        coversAllCities: input.coversAllCities,
        assignedCityIds: input.coversAllCities ? [] : [...new Set(input.assignedCityIds)],
      };
    case "everyCity":
      return { cityId: null, coversAllCities: false, assignedCityIds: [] };
  }
}

/** Field errors for city ids that do not exist (a tampered form or a city removed meanwhile). */
export async function unknownCityErrors(
  tx: Pick<Db, "city">,
  placement: ReturnType<typeof placementForRole>,
): Promise<FieldErrors | null> {
  const ids = [...(placement.cityId ? [placement.cityId] : []), ...placement.assignedCityIds];
  if (ids.length === 0) return null;
  const found = await tx.city.count({ where: { id: { in: ids } } });
  if (found === new Set(ids).size) return null;
  return placement.cityId ? { cityId: "validation.unknownCity" } : { assignedCityIds: "validation.unknownCity" };
}
