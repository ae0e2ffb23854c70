import { maxEvidenceBytes } from "@/lib/assessments/evidence-files";
import { planUpdateFileSchema } from "@/lib/validation/action-plans";
import { fieldErrors } from "@/lib/validation/zod";
import { uploadPlanUpdateFile } from "@/server/action-plans/upload-plan-update-file";
import { failureResponse } from "@/server/actions/json-response";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { diskEvidenceStore } from "@/server/evidence/evidence-store";

// Room for the multipart envelope around the largest allowed file.
const maxRequestBytes = maxEvidenceBytes + 64 * 1024;

/** Attaches one evidence file to a progress update (multipart: `updateId`, `file`). */
export async function POST(request: Request) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  if (Number(request.headers.get("content-length") ?? 0) > maxRequestBytes) {
    return failureResponse({ reason: "tooLarge", fieldErrors: { file: "evidence.errors.tooLarge" } });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return failureResponse({ reason: "invalid", fieldErrors: { file: "evidence.errors.missing" } });
  }
  const parsed = planUpdateFileSchema.safeParse({ updateId: form.get("updateId") });
  if (!parsed.success) return failureResponse({ reason: "invalid", fieldErrors: fieldErrors(parsed.error) });
  const file = form.get("file");
  if (!(file instanceof File)) return failureResponse({ reason: "invalid", fieldErrors: { file: "evidence.errors.missing" } });
  if (file.size > maxEvidenceBytes) return failureResponse({ reason: "tooLarge", fieldErrors: { file: "evidence.errors.tooLarge" } });

  const result = await uploadPlanUpdateFile(db(), diskEvidenceStore(), actor, { updateId: parsed.data.updateId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (!result.ok) return failureResponse(result);
  return Response.json({ file: result.value }, { status: 201 });
}
