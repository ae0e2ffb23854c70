import "server-only";
import { mayCommentOnPlan, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { PlanCommentInput } from "@/lib/validation/action-plans";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { findReadableItem } from "./plan-access";

/** Adds a comment to a goal or task, by anyone reading the plan other than a viewer. */
export async function postPlanComment(db: Db, actor: Actor, input: PlanCommentInput): Promise<Result<{ id: string }>> {
  const found = await findReadableItem(db, actor, input.itemId);
  if (!found) return fail("notFound");
  if (!mayCommentOnPlan(actor, found.plan)) return fail("forbidden");
  const comment = await db.$transaction(async (tx) => {
    const created = await tx.planComment.create({ data: { itemId: input.itemId, authorId: actor.id, body: input.body } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "planItem.comment", entityType: "PlanItem", entityId: input.itemId, after: { commentId: created.id, body: input.body } });
    return created;
  });
  return ok({ id: comment.id });
}
