import "server-only";
import { classifyUpload, maxFilesPerAnswer } from "@/lib/assessments/evidence-files";
import { mayEditPlan, mayReportProgress, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { lockPlanUpdate } from "../row-lock";
import type { EvidenceStore } from "../evidence/evidence-store";
import { findReadableItem } from "./plan-access";

export interface PlanFileUpload {
  updateId: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface PlanFileView {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
}

/**
 * Attaches one evidence file to a progress update, checked like checklist evidence (type by
 * content, size, count). The update's author adds files to it; so do those who may edit the plan.
 */
export async function uploadPlanUpdateFile(db: Db, store: EvidenceStore, actor: Actor, input: PlanFileUpload): Promise<Result<PlanFileView>> {
  const update = await db.planUpdate.findUnique({ where: { id: input.updateId }, select: { id: true, itemId: true, authorId: true } });
  const found = update && (await findReadableItem(db, actor, update.itemId));
  if (!update || !found) return fail("notFound");
  const { item, plan } = found;
  const mayAttach = mayEditPlan(actor, plan) || (update.authorId === actor.id && mayReportProgress(actor, plan, item));
  if (!mayAttach) return fail("forbidden");

  const verdict = classifyUpload(input.fileName, input.bytes.byteLength, input.bytes.subarray(0, 16));
  if (!verdict.ok) return fail("invalid", { file: verdict.error });
  const countFiles = (tx: Pick<Db, "planUpdateFile">) => tx.planUpdateFile.count({ where: { updateId: update.id } });
  const tooMany = () => fail("invalid", { file: "evidence.errors.tooMany" });
  if ((await countFiles(db)) >= maxFilesPerAnswer) return tooMany();

  const storageKey = await store.put(input.bytes);
  try {
    // Counted again under the update's lock, so parallel uploads cannot pass the limit together.
    const file = await db.$transaction(async (tx) => {
      await lockPlanUpdate(tx, update.id);
      if ((await countFiles(tx)) >= maxFilesPerAnswer) return null;
      const created = await tx.planUpdateFile.create({
        data: { updateId: update.id, fileName: verdict.fileName, mimeType: verdict.mime, size: input.bytes.byteLength, storageKey, uploadedById: actor.id },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "planItem.file",
        entityType: "PlanItem",
        entityId: item.id,
        after: { updateId: update.id, fileName: created.fileName, size: created.size },
      });
      return created;
    });
    if (file) return ok({ id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: file.size });
    await store.remove(storageKey);
    return tooMany();
  } catch (error) {
    // No record, no file: the bytes must not outlive a failed write.
    await store.remove(storageKey);
    throw error;
  }
}
