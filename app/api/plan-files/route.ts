import { evidenceUploadMessages, maxEvidenceBytes } from "@/lib/assessments/evidence-files";
import { planUpdateFileSchema } from "@/lib/validation/action-plans";
import { uploadPlanUpdateFile } from "@/server/action-plans/upload-plan-update-file";
import { failureResponse } from "@/server/actions/json-response";
import { readUpload } from "@/server/actions/read-upload";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { diskEvidenceStore } from "@/server/evidence/evidence-store";

/** Attaches one evidence file to a progress update (multipart: `updateId`, `file`). */
export async function POST(request: Request) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const upload = await readUpload(request, {
    maxBytes: maxEvidenceBytes,
    schema: planUpdateFileSchema,
    fields: (form) => ({ updateId: form.get("updateId") }),
    messages: evidenceUploadMessages,
  });
  if (!upload.ok) return upload.response;
  const { data, file } = upload;
  const result = await uploadPlanUpdateFile(db(), diskEvidenceStore(), actor, { updateId: data.updateId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (!result.ok) return failureResponse(result);
  return Response.json({ file: result.value }, { status: 201 });
}
