import { getLocale } from "next-intl/server";
import { maxTemplateBytes } from "@/lib/assessments/response-spreadsheet";
import { responseImportFormSchema, responseTemplateSchema } from "@/lib/validation/response-import";
import { failureResponse } from "@/server/actions/json-response";
import { readUpload } from "@/server/actions/read-upload";
import { applyResponseImport, previewResponseImport } from "@/server/assessments/import-responses";
import { responseTemplate } from "@/server/assessments/response-template";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { downloadResponse } from "@/server/evidence/download-response";

type Context = { params: Promise<{ id: string }> };

const xlsxMime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const noStore = { headers: { "Cache-Control": "no-store" } };

/** The assessment's answer template with its current answers, for whoever may read the assessment. */
export async function GET(_request: Request, { params }: Context) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const parsed = responseTemplateSchema.safeParse({ assessmentId: (await params).id });
  if (!parsed.success) return failureResponse({ reason: "notFound" });
  const result = await responseTemplate(db(), actor, parsed.data.assessmentId);
  if (!result.ok) return failureResponse(result);
  const { bytes, fileName } = result.value;
  return downloadResponse({ body: bytes as Uint8Array<ArrayBuffer>, mimeType: xlsxMime, size: bytes.byteLength, fileName });
}

/**
 * Takes a filled-in template back (multipart: `file`, `mode` preview|apply, and for apply the
 * preview's `digest` and the `choice` validOnly|allOrNothing): answers with the preview, or with
 * what was applied. Messages come in the caller's language.
 */
export async function POST(request: Request, { params }: Context) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const { id } = await params;
  const upload = await readUpload(request, {
    maxBytes: maxTemplateBytes,
    schema: responseImportFormSchema,
    fields: (form) => ({ assessmentId: id, mode: form.get("mode"), digest: form.get("digest") ?? undefined, choice: form.get("choice") ?? undefined }),
    messages: { missing: "responseImport.errors.fileRequired", tooLarge: "responseImport.errors.tooLarge" },
  });
  if (!upload.ok) return upload.response;
  const { data, file } = upload;
  const input = { assessmentId: data.assessmentId, bytes: new Uint8Array(await file.arrayBuffer()), locale: await getLocale() };
  if (data.mode === "preview") {
    const preview = await previewResponseImport(db(), actor, input);
    return preview.ok ? Response.json({ preview: preview.value }, noStore) : failureResponse(preview);
  }
  const applied = await applyResponseImport(db(), actor, { ...input, digest: data.digest, choice: data.choice });
  return applied.ok ? Response.json({ applied: applied.value }, noStore) : failureResponse(applied);
}
