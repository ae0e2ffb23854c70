import "server-only";
import { mayReadPlan, type Actor } from "@/lib/permissions";
import type { Db } from "../db";
import type { EvidenceStore } from "../evidence/evidence-store";

/** A progress update's file, for someone who may read its plan; otherwise null, as if it did not exist. */
export async function openPlanFile(db: Db, store: EvidenceStore, actor: Actor, fileId: string) {
  const file = await db.planUpdateFile.findUnique({
    where: { id: fileId },
    select: { fileName: true, mimeType: true, size: true, storageKey: true, update: { select: { item: { select: { plan: { select: { cityId: true } } } } } } },
  });
  if (!file || !mayReadPlan(actor, file.update.item.plan)) return null;
  return { fileName: file.fileName, mimeType: file.mimeType, size: file.size, body: store.open(file.storageKey) };
}
