import "server-only";
import { mayEditPlan, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { ActionPlanInput } from "@/lib/validation/action-plans";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";

/** Starts an action plan for a city, by one of its officials or an administrator. */
export async function createPlan(db: Db, actor: Actor, input: ActionPlanInput): Promise<Result<{ id: string }>> {
  const city = await db.city.findUnique({ where: { id: input.cityId }, select: { id: true, isReference: true } });
  if (!city) return fail("invalid", { cityId: "validation.unknownCity" });
  if (!mayEditPlan(actor, { cityId: city.id, cityIsReference: city.isReference })) return fail("forbidden");

  const plan = await db.$transaction(async (tx) => {
    const created = await tx.actionPlan.create({ data: { ...input, createdById: actor.id } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "actionPlan.create", entityType: "ActionPlan", entityId: created.id, after: input });
    return created;
  });
  return ok({ id: plan.id });
}
