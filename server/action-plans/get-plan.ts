import "server-only";
import { byDeadline, isMilestoneOverdue, statusCounts, upcoming } from "@/lib/action-plans/deadlines";
import { planProgress } from "@/lib/action-plans/roll-up";
import type { ItemStatus, PlanStatus } from "@/lib/action-plans/vocabulary";
import { mayCommentOnPlan, mayEditPlan, type Actor } from "@/lib/permissions";
import type { Db } from "../db";
import { findReadablePlan } from "./plan-access";
import { loadPlanItems, ownerChoices, type PersonRef, type PlanItemView } from "./plan-view";

/** How far ahead the overview lists deadlines. */
export const upcomingDays = 30;

export interface MilestoneView {
  id: string;
  itemId: string | null;
  titleVi: string;
  titleEn: string | null;
  dueOn: string;
  doneOn: string | null;
  overdue: boolean;
}

export interface PlanView {
  id: string;
  city: { id: string; slug: string; nameVi: string; nameEn: string; isReference: boolean };
  titleVi: string;
  titleEn: string | null;
  descriptionVi: string | null;
  descriptionEn: string | null;
  startYear: number;
  endYear: number;
  legalBasisNumber: string | null;
  legalBasisDate: string | null;
  legalBasisUrl: string | null;
  status: PlanStatus;
  sourceTitle: string | null;
  sourceUrl: string | null;
  progress: number;
  items: PlanItemView[];
  /** Counts of tasks (goals only group them) by status. */
  taskCounts: Record<ItemStatus, number>;
  /** Overdue goals and tasks, the longest overdue first. */
  overdue: PlanItemView[];
  upcoming: PlanItemView[];
  milestones: MilestoneView[];
  /** People who own an item, for the owner filter. */
  owners: PersonRef[];
  mayEdit: boolean;
  mayComment: boolean;
  /** Who may be made an owner; empty unless the actor may edit. */
  ownerChoices: PersonRef[];
}

/** A plan with everything its overview shows, or null when the actor may not read it. */
export async function getPlan(db: Db, actor: Actor, planId: string, today: string): Promise<PlanView | null> {
  const ref = await findReadablePlan(db, actor, planId);
  if (!ref) return null;
  const mayEdit = mayEditPlan(actor, ref);
  const [plan, items, choices] = await Promise.all([
    db.actionPlan.findUniqueOrThrow({
      where: { id: planId },
      include: { city: { select: { id: true, slug: true, nameVi: true, nameEn: true, isReference: true } }, milestones: { orderBy: [{ dueOn: "asc" }, { id: "asc" }] } },
    }),
    loadPlanItems(db, ref, today),
    mayEdit ? ownerChoices(db, ref.cityId) : Promise.resolve([]),
  ]);
  const tasks = items.filter((i) => i.kind === "task");
  const owners = new Map(items.flatMap((i) => (i.owner ? [[i.owner.id, i.owner] as const] : [])));
  return {
    id: plan.id,
    city: plan.city,
    titleVi: plan.titleVi,
    titleEn: plan.titleEn,
    descriptionVi: plan.descriptionVi,
    descriptionEn: plan.descriptionEn,
    startYear: plan.startYear,
    endYear: plan.endYear,
    legalBasisNumber: plan.legalBasisNumber,
    legalBasisDate: plan.legalBasisDate,
    legalBasisUrl: plan.legalBasisUrl,
    status: plan.status as PlanStatus,
    sourceTitle: plan.sourceTitle,
    sourceUrl: plan.sourceUrl,
    progress: planProgress(items.map((i) => ({ ...i, progress: i.storedProgress }))),
    items,
    taskCounts: statusCounts(tasks),
    overdue: items.filter((i) => i.daysOverdue !== null).sort(byDeadline(today)),
    upcoming: upcoming(items, today, upcomingDays),
    milestones: plan.milestones.map((m) => ({ id: m.id, itemId: m.itemId, titleVi: m.titleVi, titleEn: m.titleEn, dueOn: m.dueOn, doneOn: m.doneOn, overdue: isMilestoneOverdue(m, today) })),
    owners: [...owners.values()].sort((a, b) => a.name.localeCompare(b.name)),
    mayEdit,
    mayComment: mayCommentOnPlan(actor, ref),
    ownerChoices: choices,
  };
}
