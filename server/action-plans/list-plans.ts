import "server-only";
import { isOverdue, statusCounts } from "@/lib/action-plans/deadlines";
import { citiesInScope, inScopeCities } from "../cities/scope-filter";
import { planProgress } from "@/lib/action-plans/roll-up";
import type { PlanStatus } from "@/lib/action-plans/vocabulary";
import { mayEditPlan, mayReadCityProfile, type Actor } from "@/lib/permissions";
import type { PlanFigures } from "@/lib/reports/report-model";
import type { Db } from "../db";

export interface PlanSummary extends PlanFigures {
  id: string;
  city: { id: string; nameVi: string; nameEn: string };
  titleVi: string;
  titleEn: string | null;
}

/** The plans of every city the actor may read, with their progress and overdue counts. Two queries. */
export async function listPlans(db: Db, actor: Actor, today: string): Promise<PlanSummary[]> {
  return summarizePlans(db, inScopeCities(actor), today);
}

/**
 * A city's plans as its profile shows them: to whoever may open the profile, so a network member's
 * programme progress is as public as its profile (the plan pages themselves stay within scope).
 */
export async function listProfilePlans(db: Db, actor: Actor, city: { id: string; isReference: boolean }, today: string): Promise<PlanSummary[]> {
  if (!mayReadCityProfile(actor, city)) return [];
  return summarizePlans(db, { cityId: city.id }, today);
}

async function summarizePlans(db: Db, where: { cityId?: string } | ReturnType<typeof inScopeCities>, today: string): Promise<PlanSummary[]> {
  const plans = await db.actionPlan.findMany({
    where,
    include: { city: { select: { id: true, nameVi: true, nameEn: true } } },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
  });
  const items = await db.planItem.findMany({
    where: { planId: { in: plans.map((p) => p.id) } },
    select: { id: true, planId: true, parentId: true, kind: true, status: true, progress: true, weight: true, dueOn: true },
  });
  const byPlan = new Map<string, typeof items>();
  for (const item of items) byPlan.set(item.planId, [...(byPlan.get(item.planId) ?? []), item]);
  return plans.map((plan) => {
    const own = byPlan.get(plan.id) ?? [];
    return {
      id: plan.id,
      city: plan.city,
      titleVi: plan.titleVi,
      titleEn: plan.titleEn,
      startYear: plan.startYear,
      endYear: plan.endYear,
      status: plan.status as PlanStatus,
      progress: planProgress(own),
      taskCount: own.filter((i) => i.kind === "task").length,
      taskCounts: statusCounts(own.filter((i) => i.kind === "task")),
      overdueCount: own.filter((i) => isOverdue(i, today)).length,
    };
  });
}

/** The cities the actor may start a plan for. */
export async function planCityChoices(db: Db, actor: Actor): Promise<{ id: string; nameVi: string; nameEn: string }[]> {
  const cities = await db.city.findMany({
    where: citiesInScope(actor),
    select: { id: true, nameVi: true, nameEn: true, isReference: true },
    orderBy: { nameVi: "asc" },
  });
  return cities.filter((c) => mayEditPlan(actor, { cityId: c.id, cityIsReference: c.isReference })).map(({ id, nameVi, nameEn }) => ({ id, nameVi, nameEn }));
}
