import "server-only";
import { mayReadAssessment, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { ReviewActInput } from "@/lib/validation/review";
import { judgeAct } from "@/lib/review/workflow";
import { countApproval } from "./count-approval";
import { recordAuditEvent } from "../audit/record-audit-event";
import { appendComment } from "../comments/post-comment";
import type { Db } from "../db";
import { notifyReviewAct } from "../notifications/review-recipients";
import { refreshSummary } from "../assessments/summary/refresh-summaries";

/**
 * Submits, returns, approves or re-opens an assessment under the rules of lib/review/workflow.ts,
 * recording the decision (and on a return, the flagged indicators) with the audit event.
 */
export async function takeReviewAct(db: Db, actor: Actor, input: ReviewActInput): Promise<Result<{ status: string }>> {
  const assessment = await db.assessment.findUnique({
    where: { id: input.assessmentId },
    select: { id: true, cityId: true, status: true, completedAt: true, submittedById: true, fromPublications: true, frameworkId: true, frameworkCode: true, year: true },
  });
  if (!assessment || !mayReadAssessment(actor, assessment)) return fail("notFound");
  const judgement = judgeAct(actor, assessment, input.act, input.reason);
  if (!judgement.ok) return judgement.refusal === "forbidden" ? fail("forbidden") : fail("invalid", { _form: `review.refusals.${judgement.refusal}` });

  const flags = input.act === "return" ? input.flags : [];
  if (flags.length) {
    const known = await db.indicator.count({ where: { frameworkId: assessment.frameworkId, id: { in: flags.map((f) => f.indicatorId) } } });
    if (known !== new Set(flags.map((f) => f.indicatorId)).size) return fail("invalid", { flags: "validation.invalid" });
  }
  const now = new Date();

  return db.$transaction(async (tx) => {
    // The status in the condition makes a second click, or a colleague's act a moment earlier, a no-op.
    const { count } = await tx.assessment.updateMany({
      where: { id: assessment.id, status: assessment.status },
      data: {
        status: judgement.next,
        ...(input.act === "submit" ? { submittedById: actor.id, submittedAt: now } : {}),
        ...(input.act === "approve" ? { approvedById: actor.id, approvedAt: now } : {}),
        ...(input.act === "reopen" ? { approvedById: null, approvedAt: null } : {}),
      },
    });
    if (count === 0) return fail("conflict");
    // The nation-wide count of approved checklists follows each approval and re-opening.
    const wasApproved = assessment.status === "approved";
    const isApproved = judgement.next === "approved";
    if (wasApproved !== isApproved && !assessment.fromPublications) await countApproval(tx, assessment, isApproved ? 1 : -1);

    // A new return replaces the flags of the last one; an approval settles them all.
    if (input.act === "return" || input.act === "approve" || input.act === "reopen") {
      await tx.reviewFlag.updateMany({ where: { assessmentId: assessment.id, resolvedAt: null }, data: { resolvedAt: now } });
    }
    if (flags.length) {
      await tx.reviewFlag.createMany({ data: flags.map((f) => ({ assessmentId: assessment.id, indicatorId: f.indicatorId, comment: f.comment, raisedById: actor.id })) });
      // Each flag also opens (or re-opens) the indicator's discussion, where the city answers it.
      for (const f of flags) await appendComment(tx, { assessmentId: assessment.id, indicatorId: f.indicatorId, authorId: actor.id, body: f.comment });
    }
    const snapshot =
      input.act === "submit"
        ? JSON.stringify(
            Object.fromEntries(
              (await tx.response.findMany({ where: { assessmentId: assessment.id } })).map((r) => [r.indicatorId, [r.numerator, r.denominator, r.value, r.text, r.dataYear]]),
            ),
          )
        : null;
    await tx.reviewDecision.create({
      data: { assessmentId: assessment.id, act: input.act, fromStatus: assessment.status, toStatus: judgement.next, reason: input.reason?.trim() || null, snapshot, actorId: actor.id, at: now },
    });
    const actorName = (await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } }))?.name ?? "";
    await notifyReviewAct(tx, { act: input.act, assessmentId: assessment.id, cityId: assessment.cityId, actorId: actor.id, actorName });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: `assessment.${input.act}`,
      entityType: "Assessment",
      entityId: assessment.id,
      assessmentId: assessment.id,
      before: { status: assessment.status },
      after: { status: judgement.next, reason: input.reason?.trim() || undefined, flags: flags.length ? flags : undefined },
    });
    await refreshSummary(tx, assessment.id);
    return ok({ status: judgement.next });
  });
}
