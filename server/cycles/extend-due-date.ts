import "server-only";
import { mayManageCycles, mayReviewCity, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { ExtendDueDateInput } from "@/lib/validation/cycles";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";

/**
 * Gives one city a later due date in a cycle, or changes the one it has, with the reason. A city
 * the actor does not review is answered as not found, so the act does not reveal which cities exist.
 */
export async function extendDueDate(db: Db, actor: Actor, input: ExtendDueDateInput): Promise<Result<{ id: string }>> {
  if (!mayManageCycles(actor)) return fail("forbidden");
  if (!mayReviewCity(actor, input.cityId)) return fail("notFound");
  const [cycle, city] = await Promise.all([
    db.reportingCycle.findUnique({ where: { id: input.cycleId }, select: { dueOn: true } }),
    db.city.findUnique({ where: { id: input.cityId }, select: { isReference: true } }),
  ]);
  // Reference cities' figures come from publications: they take part in no cycle.
  if (!cycle || !city || city.isReference) return fail("notFound");
  if (input.dueOn <= cycle.dueOn) return fail("invalid", { dueOn: "cycles.errors.extensionNotLater" });

  return db.$transaction(async (tx) => {
    const key = { cycleId_cityId: { cycleId: input.cycleId, cityId: input.cityId } };
    const before = await tx.cycleExtension.findUnique({ where: key, select: { dueOn: true, reason: true } });
    const granted = { dueOn: input.dueOn, reason: input.reason, grantedById: actor.id, grantedAt: new Date() };
    const extension = await tx.cycleExtension.upsert({
      where: key,
      create: { cycleId: input.cycleId, cityId: input.cityId, ...granted },
      update: granted,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "cycle.extend",
      entityType: "CycleExtension",
      entityId: extension.id,
      before: before ?? undefined,
      after: { cycleId: input.cycleId, cityId: input.cityId, dueOn: input.dueOn, reason: input.reason },
    });
    return ok({ id: extension.id });
  });
}
