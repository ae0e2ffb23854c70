import "server-only";
import { mayEditPlan, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import { actionPlanFields, type UpdateActionPlanInput } from "@/lib/validation/action-plans";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { findReadablePlan } from "./plan-access";

const fieldNames = Object.keys(actionPlanFields) as (keyof typeof actionPlanFields)[];

/** Changes a plan's title, period, legal basis, status or source; its city stays. */
export async function updatePlan(db: Db, actor: Actor, input: UpdateActionPlanInput): Promise<Result<{ id: string }>> {
  const plan = await findReadablePlan(db, actor, input.planId);
  if (!plan) return fail("notFound");
  if (!mayEditPlan(actor, plan)) return fail("forbidden");

  const { planId, ...fields } = input;
  await db.$transaction(async (tx) => {
    const before = await tx.actionPlan.findUniqueOrThrow({ where: { id: planId } });
    await tx.actionPlan.update({ where: { id: planId }, data: fields });
    const changed = fieldNames.filter((f) => before[f] !== fields[f]);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "actionPlan.update",
      entityType: "ActionPlan",
      entityId: planId,
      before: Object.fromEntries(changed.map((f) => [f, before[f]])),
      after: Object.fromEntries(changed.map((f) => [f, fields[f]])),
    });
  });
  return ok({ id: planId });
}
