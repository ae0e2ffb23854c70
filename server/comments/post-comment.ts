import "server-only";
import type { Actor } from "@/lib/permissions";
import { commentAudience } from "@/lib/review/comments";
import { fail, ok, type Result } from "@/lib/result";
import type { PostCommentInput } from "@/lib/validation/comments";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { notifyComment } from "../notifications/review-recipients";
import { discussedAssessment } from "./discussion-access";
import { loadThreadViews, type ThreadView } from "./thread-view";

type Tx = Pick<Db, "indicatorThread" | "indicatorComment" | "auditEvent" | "assessmentSummary">;

/**
 * Adds a comment to an indicator's thread, starting the thread if there is none. A resolved
 * thread opens again: a new comment means the conversation goes on. Audited, not notified:
 * a return's flags reach the city through the return's own notification.
 */
export async function appendComment(tx: Tx, comment: { assessmentId: string; indicatorId: string; authorId: string; body: string }) {
  const { assessmentId, indicatorId, authorId, body } = comment;
  // One statement, so two first comments at once end in one thread rather than a unique-key error.
  const thread = await tx.indicatorThread.upsert({
    where: { assessmentId_indicatorId: { assessmentId, indicatorId } },
    create: { assessmentId, indicatorId },
    update: { resolvedAt: null, resolvedById: null },
  });
  const created = await tx.indicatorComment.create({ data: { threadId: thread.id, authorId, body } });
  await recordAuditEvent(tx, {
    actorId: authorId,
    action: "comment.post",
    entityType: "IndicatorComment",
    entityId: created.id,
    assessmentId,
    indicatorId,
    after: { threadId: thread.id, body },
  });
}

/** Posts a comment on one indicator of an assessment and tells the other side; returns the thread as it now is. */
export async function postComment(db: Db, actor: Actor, input: PostCommentInput): Promise<Result<ThreadView>> {
  const access = await discussedAssessment(db, actor, input.assessmentId);
  if (!access.ok) return access;
  const assessment = access.value;
  if (!(await db.indicator.count({ where: { id: input.indicatorId, frameworkId: assessment.frameworkId } }))) return fail("notFound");

  await db.$transaction(async (tx) => {
    await appendComment(tx, { assessmentId: assessment.id, indicatorId: input.indicatorId, authorId: actor.id, body: input.body });
    const authorName = (await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } }))?.name ?? "";
    await notifyComment(tx, { audience: commentAudience(actor), assessmentId: assessment.id, cityId: assessment.cityId, authorId: actor.id, authorName });
  });
  const [thread] = await loadThreadViews(db, { assessmentId: assessment.id, indicatorId: input.indicatorId });
  return ok(thread);
}
