import "server-only";
import { mayReadPlan, type Actor, type PlanScope } from "@/lib/permissions";
import type { Db } from "../db";

// Loading a plan or one of its items together with what the permission rules need. Something the
// actor may not read comes back as null, like something that does not exist, so ids cannot be probed.

export type PlanRef = PlanScope & { id: string; status: string };

const planSelect = { id: true, cityId: true, status: true, city: { select: { isReference: true } } } as const;

function toRef(plan: { id: string; cityId: string; status: string; city: { isReference: boolean } }): PlanRef {
  return { id: plan.id, cityId: plan.cityId, status: plan.status, cityIsReference: plan.city.isReference };
}

export async function findReadablePlan(db: Db, actor: Actor, planId: string): Promise<PlanRef | null> {
  const plan = await db.actionPlan.findUnique({ where: { id: planId }, select: planSelect });
  return plan && mayReadPlan(actor, plan) ? toRef(plan) : null;
}

/** The same, with the plan's title, for a page that shows the plan only by its name. */
export async function findReadablePlanWithTitle(db: Db, actor: Actor, planId: string) {
  const plan = await db.actionPlan.findUnique({ where: { id: planId }, select: { ...planSelect, titleVi: true, titleEn: true } });
  return plan && mayReadPlan(actor, plan) ? { ...toRef(plan), titleVi: plan.titleVi, titleEn: plan.titleEn } : null;
}

export async function findReadableItem(db: Db, actor: Actor, itemId: string) {
  const item = await db.planItem.findUnique({ where: { id: itemId }, include: { plan: { select: planSelect } } });
  if (!item || !mayReadPlan(actor, item.plan)) return null;
  const { plan, ...fields } = item;
  return { item: fields, plan: toRef(plan) };
}

/** A plan's title for the browser tab, or null when the actor may not read it. */
export async function readablePlanTitle(db: Db, actor: Actor, planId: string) {
  const plan = await db.actionPlan.findUnique({ where: { id: planId }, select: { cityId: true, titleVi: true, titleEn: true } });
  return plan && mayReadPlan(actor, plan) ? { titleVi: plan.titleVi, titleEn: plan.titleEn } : null;
}
