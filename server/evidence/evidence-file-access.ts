import "server-only";
import { mayEditAssessment, mayReadAssessment, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import { recordAuditEvent } from "../audit/record-audit-event";
import { clearCompletion } from "../assessments/clear-completion";
import type { Db } from "../db";
import { changeableIndicators, mayChange } from "../review/answer-lock";
import type { EvidenceStore } from "./evidence-store";

async function findVisible(db: Db, actor: Actor, fileId: string) {
  const file = await db.evidenceFile.findUnique({
    where: { id: fileId },
    include: { assessment: { select: { id: true, cityId: true, status: true, fromPublications: true } } },
  });
  // A file of an assessment the actor may not read does not exist, as far as they can tell.
  return file && mayReadAssessment(actor, file.assessment) ? file : null;
}

/** The file's name, type and bytes, for someone who may read its assessment. */
export async function openEvidenceFile(db: Db, store: EvidenceStore, actor: Actor, fileId: string) {
  const file = await findVisible(db, actor, fileId);
  if (!file) return null;
  return { fileName: file.fileName, mimeType: file.mimeType, size: file.size, body: store.open(file.storageKey) };
}

export async function deleteEvidenceFile(db: Db, store: EvidenceStore, actor: Actor, fileId: string): Promise<Result> {
  const file = await findVisible(db, actor, fileId);
  if (!file) return fail("notFound");
  if (!mayEditAssessment(actor, file.assessment) || !mayChange(await changeableIndicators(db, file.assessment), file.indicatorId)) return fail("forbidden");
  await db.$transaction(async (tx) => {
    await tx.evidenceFile.delete({ where: { id: file.id } });
    // Required evidence may just have gone.
    await clearCompletion(tx, file.assessmentId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "evidence.delete",
      entityType: "EvidenceFile",
      entityId: file.id,
      assessmentId: file.assessmentId,
      indicatorId: file.indicatorId,
      before: { assessmentId: file.assessmentId, indicatorId: file.indicatorId, fileName: file.fileName, size: file.size },
    });
  });
  await store.remove(file.storageKey);
  return ok(undefined);
}
