import { evidenceUploadMessages, maxEvidenceBytes } from "@/lib/assessments/evidence-files";
import { evidenceUploadSchema } from "@/lib/validation/evidence";
import { failureResponse } from "@/server/actions/json-response";
import { readUpload } from "@/server/actions/read-upload";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { diskEvidenceStore } from "@/server/evidence/evidence-store";
import { uploadEvidence } from "@/server/evidence/upload-evidence";

/** Uploads one evidence file (multipart: `indicatorId`, `file`). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const { id } = await params;
  const upload = await readUpload(request, {
    maxBytes: maxEvidenceBytes,
    schema: evidenceUploadSchema,
    fields: (form) => ({ assessmentId: id, indicatorId: form.get("indicatorId") }),
    messages: evidenceUploadMessages,
  });
  if (!upload.ok) return upload.response;
  const { data, file } = upload;
  const result = await uploadEvidence(db(), diskEvidenceStore(), actor, { ...data, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (!result.ok) return failureResponse(result);
  return Response.json({ file: result.value }, { status: 201 });
}
