import "server-only";
import { mayManageReferenceData, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { snapshot } from "./upsert-reference-value";

/** Removes a published figure recorded by mistake; the audit trail keeps what it was. */
export async function deleteReferenceValue(db: Db, actor: Actor, id: string): Promise<Result> {
  if (!mayManageReferenceData(actor)) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const before = await tx.referenceValue.findUnique({ where: { id }, select: snapshot });
    if (!before) return fail("notFound");
    await tx.referenceValue.delete({ where: { id } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "referenceValue.delete", entityType: "ReferenceValue", entityId: id, before });
    return ok(undefined);
  });
}
