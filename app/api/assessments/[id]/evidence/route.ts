import { maxEvidenceBytes } from "@/lib/assessments/evidence-files";
import { fieldErrors } from "@/lib/validation/zod";
import { evidenceUploadSchema } from "@/lib/validation/evidence";
import { failureResponse } from "@/server/actions/json-response";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { diskEvidenceStore } from "@/server/evidence/evidence-store";
import { uploadEvidence } from "@/server/evidence/upload-evidence";

// Room for the multipart envelope around the largest allowed file.
const maxRequestBytes = maxEvidenceBytes + 64 * 1024;

/** Uploads one evidence file (multipart: `indicatorId`, `file`). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
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
  const parsed = evidenceUploadSchema.safeParse({ assessmentId: (await params).id, indicatorId: form.get("indicatorId") });
  if (!parsed.success) return failureResponse({ reason: "invalid", fieldErrors: fieldErrors(parsed.error) });
  const file = form.get("file");
  if (!(file instanceof File)) return failureResponse({ reason: "invalid", fieldErrors: { file: "evidence.errors.missing" } });
  if (file.size > maxEvidenceBytes) return failureResponse({ reason: "tooLarge", fieldErrors: { file: "evidence.errors.tooLarge" } });

  const result = await uploadEvidence(db(), diskEvidenceStore(), actor, { ...parsed.data, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (!result.ok) return failureResponse(result);
  return Response.json({ file: result.value }, { status: 201 });
}
