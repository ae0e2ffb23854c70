import "server-only";
import { mayEditPlan, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { MilestoneInput } from "@/lib/validation/action-plans";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { findReadablePlan } from "./plan-access";

const shown = (m: { titleVi: string; titleEn: string | null; dueOn: string; doneOn: string | null; itemId: string | null }) => ({
  titleVi: m.titleVi,
  titleEn: m.titleEn,
  dueOn: m.dueOn,
  doneOn: m.doneOn,
  itemId: m.itemId,
});

/** Adds a milestone to a plan, or changes one (marking it reached with `doneOn`). */
export async function saveMilestone(db: Db, actor: Actor, input: MilestoneInput): Promise<Result<{ id: string }>> {
  const plan = await findReadablePlan(db, actor, input.planId);
  if (!plan) return fail("notFound");
  if (!mayEditPlan(actor, plan)) return fail("forbidden");
  const existing = input.milestoneId ? await db.planMilestone.findUnique({ where: { id: input.milestoneId } }) : null;
  if (input.milestoneId && existing?.planId !== plan.id) return fail("notFound");
  if (input.itemId && (await db.planItem.count({ where: { id: input.itemId, planId: plan.id } })) === 0) return fail("invalid", { itemId: "actionPlans.errors.parentNotFound" });

  const data = { titleVi: input.titleVi, titleEn: input.titleEn, dueOn: input.dueOn, doneOn: input.doneOn, itemId: input.itemId ?? null };
  const saved = await db.$transaction(async (tx) => {
    const milestone = existing ? await tx.planMilestone.update({ where: { id: existing.id }, data }) : await tx.planMilestone.create({ data: { ...data, planId: plan.id } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: existing ? "planMilestone.update" : "planMilestone.create",
      entityType: "ActionPlan",
      entityId: plan.id,
      before: existing ? { milestoneId: existing.id, ...shown(existing) } : undefined,
      after: { milestoneId: milestone.id, ...shown(milestone) },
    });
    return milestone;
  });
  return ok({ id: saved.id });
}
