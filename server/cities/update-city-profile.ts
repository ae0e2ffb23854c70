import "server-only";
import { mayEditCity, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { CityProfileInput } from "@/lib/validation/cities";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";

const profileFields = { population: true, populationYear: true, areaKm2: true } as const;

/** Population and area, as a city's own officials keep them up to date. */
export async function updateCityProfile(db: Db, actor: Actor, input: CityProfileInput): Promise<Result> {
  // The city id comes from the form; the permission is decided on it, whatever page sent it.
  if (!mayEditCity(actor, input.cityId)) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const before = await tx.city.findUnique({ where: { id: input.cityId }, select: profileFields });
    if (!before) return fail("notFound");
    const data = {
      population: input.population ?? null,
      populationYear: input.populationYear ?? null,
      areaKm2: input.areaKm2 ?? null,
    };
    await tx.city.update({ where: { id: input.cityId }, data });
    await recordAuditEvent(tx, { actorId: actor.id, action: "city.updateProfile", entityType: "City", entityId: input.cityId, before, after: data });
    return ok(undefined);
  });
}
