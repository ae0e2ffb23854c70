import "server-only";
import type { Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { SetThreadResolvedInput } from "@/lib/validation/comments";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { discussedAssessment } from "./discussion-access";
import { loadThreadViews, type ThreadView } from "./thread-view";

/** Marks an indicator's thread resolved, or opens it again; either side of the discussion may. */
export async function setThreadResolved(db: Db, actor: Actor, input: SetThreadResolvedInput): Promise<Result<ThreadView>> {
  const access = await discussedAssessment(db, actor, input.assessmentId);
  if (!access.ok) return access;
  const where = { assessmentId: input.assessmentId, indicatorId: input.indicatorId };
  const thread = await db.indicatorThread.findUnique({ where: { assessmentId_indicatorId: where }, select: { id: true } });
  if (!thread) return fail("notFound");

  await db.$transaction(async (tx) => {
    const { count } = await tx.indicatorThread.updateMany({
      where: { id: thread.id, resolvedAt: input.resolved ? null : { not: null } },
      data: input.resolved ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
    });
    // Already so (a second click, or the other side a moment earlier): nothing changed to record.
    if (count === 0) return;
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: input.resolved ? "comment.resolve" : "comment.reopen",
      entityType: "IndicatorThread",
      entityId: thread.id,
      ...where,
    });
  });
  const [view] = await loadThreadViews(db, where);
  return ok(view);
}
