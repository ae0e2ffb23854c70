import { evidenceFileIdSchema } from "@/lib/validation/evidence";
import { failureResponse } from "@/server/actions/json-response";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { deleteEvidenceFile, openEvidenceFile } from "@/server/evidence/evidence-file-access";
import { downloadResponse } from "@/server/evidence/download-response";
import { diskEvidenceStore } from "@/server/evidence/evidence-store";

type Context = { params: Promise<{ fileId: string }> };

/** Downloads an evidence file, for users who may read its assessment. */
export async function GET(_request: Request, { params }: Context) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const parsed = evidenceFileIdSchema.safeParse(await params);
  if (!parsed.success) return failureResponse({ reason: "notFound" });
  const file = await openEvidenceFile(db(), diskEvidenceStore(), actor, parsed.data.fileId);
  if (!file) return failureResponse({ reason: "notFound" });
  return downloadResponse(file);
}

export async function DELETE(_request: Request, { params }: Context) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const parsed = evidenceFileIdSchema.safeParse(await params);
  if (!parsed.success) return failureResponse({ reason: "notFound" });
  const result = await deleteEvidenceFile(db(), diskEvidenceStore(), actor, parsed.data.fileId);
  if (!result.ok) return failureResponse(result);
  return new Response(null, { status: 204 });
}
