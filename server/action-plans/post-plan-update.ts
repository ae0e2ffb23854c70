import "server-only";
import { checkUpdate } from "@/lib/action-plans/check-update";
import { progressRollsUp, rollUp } from "@/lib/action-plans/roll-up";
import type { ItemStatus } from "@/lib/action-plans/vocabulary";
import { mayReportProgress, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { PlanUpdateInput } from "@/lib/validation/action-plans";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { findReadableItem } from "./plan-access";

/**
 * Records a dated progress report on a goal or task and applies its status and progress. A goal's
 * progress is rolled up from its tasks, so a report on it changes its status only and records the
 * rolled-up progress of the moment.
 */
export async function postPlanUpdate(db: Db, actor: Actor, input: PlanUpdateInput): Promise<Result<{ updateId: string; revision: number }>> {
  const found = await findReadableItem(db, actor, input.itemId);
  if (!found) return fail("notFound");
  const { item, plan } = found;
  if (!mayReportProgress(actor, plan, item)) return fail("forbidden");
  if (item.revision !== input.revision) return fail("conflict");

  const items = await db.planItem.findMany({ where: { planId: plan.id }, select: { id: true, parentId: true, kind: true, status: true, progress: true, weight: true } });
  const rolledUp = progressRollsUp(items, item);
  const previous = { status: item.status as ItemStatus, progress: rolledUp ? (rollUp(items).get(item.id) ?? 0) : item.progress };
  const next = { status: input.status, progress: rolledUp ? previous.progress : input.progress, note: input.note };
  const problem = checkUpdate(previous, next);
  if (problem) return fail("invalid", problem);

  return db.$transaction(async (tx) => {
    const { count } = await tx.planItem.updateMany({
      where: { id: item.id, revision: item.revision },
      data: { status: next.status, ...(rolledUp ? {} : { progress: next.progress }), revision: item.revision + 1 },
    });
    if (count === 0) return fail("conflict");
    const update = await tx.planUpdate.create({
      data: {
        itemId: item.id,
        authorId: actor.id,
        previousStatus: previous.status,
        status: next.status,
        previousProgress: previous.progress,
        progress: next.progress,
        note: next.note,
        evidenceLinks: JSON.stringify(input.evidenceLinks),
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "planItem.progress",
      entityType: "PlanItem",
      entityId: item.id,
      before: previous,
      after: { status: next.status, progress: next.progress, note: next.note, evidenceLinks: input.evidenceLinks, updateId: update.id },
    });
    return ok({ updateId: update.id, revision: item.revision + 1 });
  });
}
