import "server-only";
import { classifyUpload, maxFilesPerAnswer } from "@/lib/assessments/evidence-files";
import { mayEditAssessment, mayReadAssessment, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { lockAssessment } from "../row-lock";
import { changeableIndicators, mayChange } from "../review/answer-lock";
import type { EvidenceStore } from "./evidence-store";
import { toEvidenceFileView, type EvidenceFileView } from "./evidence-view";

export interface UploadInput {
  assessmentId: string;
  indicatorId: string;
  fileName: string;
  bytes: Uint8Array;
}

/** Stores one evidence file for an answer the actor may still change. */
export async function uploadEvidence(db: Db, store: EvidenceStore, actor: Actor, input: UploadInput): Promise<Result<EvidenceFileView>> {
  const assessment = await db.assessment.findUnique({ where: { id: input.assessmentId }, select: { id: true, cityId: true, status: true, frameworkId: true, fromPublications: true } });
  if (!assessment || !mayReadAssessment(actor, assessment)) return fail("notFound");
  if (!mayEditAssessment(actor, assessment)) return fail("forbidden");
  if (!mayChange(await changeableIndicators(db, assessment), input.indicatorId)) return fail("forbidden");
  const indicator = await db.indicator.findUnique({ where: { id: input.indicatorId }, select: { frameworkId: true } });
  if (!indicator || indicator.frameworkId !== assessment.frameworkId) return fail("invalid", { indicatorId: "validation.invalid" });

  const verdict = classifyUpload(input.fileName, input.bytes.byteLength, input.bytes.subarray(0, 16));
  if (!verdict.ok) return fail("invalid", { file: verdict.error });
  const countFiles = (tx: Pick<Db, "evidenceFile">) => tx.evidenceFile.count({ where: { assessmentId: input.assessmentId, indicatorId: input.indicatorId } });
  const tooMany = () => fail("invalid", { file: "evidence.errors.tooMany" });
  if ((await countFiles(db)) >= maxFilesPerAnswer) return tooMany();

  const storageKey = await store.put(input.bytes);
  try {
    // Counted again under the assessment's lock, so parallel uploads cannot pass the limit together.
    const file = await db.$transaction(async (tx) => {
      await lockAssessment(tx, input.assessmentId);
      if ((await countFiles(tx)) >= maxFilesPerAnswer) return null;
      const created = await tx.evidenceFile.create({
        data: { assessmentId: input.assessmentId, indicatorId: input.indicatorId, fileName: verdict.fileName, mimeType: verdict.mime, size: input.bytes.byteLength, storageKey, uploadedById: actor.id },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "evidence.upload",
        entityType: "EvidenceFile",
        entityId: created.id,
        assessmentId: input.assessmentId,
        indicatorId: input.indicatorId,
        after: { assessmentId: input.assessmentId, indicatorId: input.indicatorId, fileName: verdict.fileName, size: created.size },
      });
      return created;
    });
    if (file) return ok(toEvidenceFileView(file));
    await store.remove(storageKey);
    return tooMany();
  } catch (error) {
    // No record, no file: the bytes must not outlive a failed write.
    await store.remove(storageKey);
    throw error;
  }
}
