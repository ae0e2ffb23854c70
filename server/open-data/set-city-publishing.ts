import "server-only";
import { mayPublishOpenData, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { CityOpenDataInput } from "@/lib/validation/open-data";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";

/**
 * A city starts or stops publishing its approved results as open data. The API reads the flag on
 * every request, so the change is public (or withdrawn) at once. Saving the same choice again
 * changes nothing and records nothing.
 */
export async function setCityPublishing(db: Db, actor: Actor, input: CityOpenDataInput): Promise<Result<{ publishesOpenData: boolean }>> {
  // The city id comes from the form; the permission is decided on it, whatever page sent it.
  if (!mayPublishOpenData(actor, input.cityId)) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const before = await tx.city.findUnique({ where: { id: input.cityId }, select: { publishesOpenData: true } });
    if (!before) return fail("notFound");
    const after = { publishesOpenData: input.publishesOpenData };
    if (before.publishesOpenData === after.publishesOpenData) return ok(after);
    await tx.city.update({ where: { id: input.cityId }, data: after });
    await recordAuditEvent(tx, { actorId: actor.id, action: "city.setOpenData", entityType: "City", entityId: input.cityId, before, after });
    return ok(after);
  });
}
