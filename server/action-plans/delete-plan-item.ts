import "server-only";
import { mayEditPlan, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { DeletePlanItemInput } from "@/lib/validation/action-plans";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import type { EvidenceStore } from "../evidence/evidence-store";
import { findReadableItem } from "./plan-access";
import { itemAuditFields } from "./save-plan-item";

/**
 * Removes a goal or task with its updates, comments and files. One with children is refused
 * rather than taking its subtree along: the children are moved or removed first, on purpose.
 */
export async function deletePlanItem(db: Db, store: EvidenceStore, actor: Actor, input: DeletePlanItemInput): Promise<Result<{ planId: string }>> {
  const found = await findReadableItem(db, actor, input.itemId);
  if (!found) return fail("notFound");
  const { item, plan } = found;
  if (!mayEditPlan(actor, plan)) return fail("forbidden");
  if (item.revision !== input.revision) return fail("conflict");
  if ((await db.planItem.count({ where: { parentId: item.id } })) > 0) return fail("invalid", { _form: "actionPlans.errors.hasChildren" });

  const files = await db.planUpdateFile.findMany({ where: { update: { itemId: item.id } }, select: { storageKey: true } });
  const deleted = await db.$transaction(async (tx) => {
    // The revision in the condition keeps a delete from racing past an edit made since the check.
    const { count } = await tx.planItem.deleteMany({ where: { id: item.id, revision: item.revision } });
    if (count === 0) return false;
    await recordAuditEvent(tx, { actorId: actor.id, action: "planItem.delete", entityType: "PlanItem", entityId: item.id, before: itemAuditFields(item) });
    return true;
  });
  if (!deleted) return fail("conflict");
  // The updates went with the item; their files' bytes go now.
  for (const file of files) await store.remove(file.storageKey);
  return ok({ planId: plan.id });
}
