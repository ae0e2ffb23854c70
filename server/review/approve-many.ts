import "server-only";
import { mayReviewCity, type Actor } from "@/lib/permissions";
import { ok, type Result } from "@/lib/result";
import { bulkApprovalBlock } from "@/lib/review/queue";
import type { ApproveManyInput } from "@/lib/validation/review";
import type { Db } from "../db";
import { takeReviewAct } from "./take-review-act";

export type ApproveManyRefusal = "notWaiting" | "openFlags" | "openThreads" | "ownSubmission" | "notFound" | "forbidden" | "conflict" | "invalid";

/**
 * Approves several clean submissions in one go. Each one goes through the same act as a single
 * approval (permission, no self-review, status condition); a submission with open flags or an open
 * discussion is left for its own look and reported back, as is anything else that is refused.
 */
export async function approveMany(db: Db, actor: Actor, input: ApproveManyInput): Promise<Result<{ approved: string[]; refused: { assessmentId: string; reason: ApproveManyRefusal }[] }>> {
  const ids = [...new Set(input.assessmentIds)];
  const [assessments, flags, threads] = await Promise.all([
    db.assessment.findMany({ where: { id: { in: ids } }, select: { id: true, cityId: true, status: true, submittedById: true } }),
    db.reviewFlag.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: ids }, resolvedAt: null }, _count: { _all: true } }),
    db.indicatorThread.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: ids }, resolvedAt: null }, _count: { _all: true } }),
  ]);
  const byId = new Map(assessments.map((a) => [a.id, a]));
  const openFlags = new Map(flags.map((f) => [f.assessmentId, f._count._all]));
  const openThreads = new Map(threads.map((t) => [t.assessmentId, t._count._all]));

  const approved: string[] = [];
  const refused: { assessmentId: string; reason: ApproveManyRefusal }[] = [];
  for (const assessmentId of ids) {
    const assessment = byId.get(assessmentId);
    // Out of scope looks the same as unknown: the answer must not reveal another city's status.
    if (!assessment || !mayReviewCity(actor, assessment.cityId)) {
      refused.push({ assessmentId, reason: "notFound" });
      continue;
    }
    const block = bulkApprovalBlock({ status: assessment.status, openFlags: openFlags.get(assessmentId) ?? 0, openThreads: openThreads.get(assessmentId) ?? 0, submittedById: assessment.submittedById }, actor.id);
    if (block) {
      refused.push({ assessmentId, reason: block });
      continue;
    }
    const result = await takeReviewAct(db, actor, { assessmentId, act: "approve", flags: [] });
    if (result.ok) approved.push(assessmentId);
    else refused.push({ assessmentId, reason: result.reason === "invalid" && result.fieldErrors?._form === "review.refusals.ownSubmission" ? "ownSubmission" : result.reason });
  }
  return ok({ approved, refused });
}
