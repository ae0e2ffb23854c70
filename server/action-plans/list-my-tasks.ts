import "server-only";
import { byDeadline, daysOverdue } from "@/lib/action-plans/deadlines";
import { rollUp } from "@/lib/action-plans/roll-up";
import type { ItemKind, ItemStatus } from "@/lib/action-plans/vocabulary";
import { mayReadPlan, type Actor } from "@/lib/permissions";
import type { Db } from "../db";

export interface MyTask {
  id: string;
  kind: ItemKind;
  code: string;
  titleVi: string;
  titleEn: string | null;
  status: ItemStatus;
  progress: number;
  dueOn: string | null;
  daysOverdue: number | null;
  plan: { id: string; titleVi: string; titleEn: string | null; cityNameVi: string; cityNameEn: string };
}

/** The goals and tasks the actor owns, across the plans they may read, overdue first. Two queries. */
export async function listMyTasks(db: Db, actor: Actor, today: string): Promise<MyTask[]> {
  const owned = await db.planItem.findMany({
    where: { ownerId: actor.id },
    include: { plan: { select: { id: true, cityId: true, titleVi: true, titleEn: true, city: { select: { nameVi: true, nameEn: true } } } } },
  });
  const readable = owned.filter((i) => mayReadPlan(actor, i.plan));
  const planItems = await db.planItem.findMany({
    where: { planId: { in: [...new Set(readable.map((i) => i.planId))] } },
    select: { id: true, parentId: true, kind: true, status: true, progress: true, weight: true },
  });
  const progress = rollUp(planItems);
  return readable
    .map((item) => ({
      id: item.id,
      kind: item.kind as ItemKind,
      code: item.code,
      titleVi: item.titleVi,
      titleEn: item.titleEn,
      status: item.status as ItemStatus,
      progress: progress.get(item.id) ?? item.progress,
      dueOn: item.dueOn,
      daysOverdue: daysOverdue(item, today),
      plan: { id: item.plan.id, titleVi: item.plan.titleVi, titleEn: item.plan.titleEn, cityNameVi: item.plan.city.nameVi, cityNameEn: item.plan.city.nameEn },
    }))
    .sort(byDeadline(today));
}
