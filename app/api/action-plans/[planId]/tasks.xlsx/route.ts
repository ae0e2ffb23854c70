import { maxSpreadsheetBytes, taskImportFormSchema } from "@/lib/action-plans/spreadsheet";
import { fieldErrors } from "@/lib/validation/zod";
import { failureResponse } from "@/server/actions/json-response";
import { exportTasks } from "@/server/action-plans/export-tasks";
import { applyTaskImport, previewTaskImport } from "@/server/action-plans/import-tasks";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";

type Context = { params: Promise<{ planId: string }> };

const xlsxMime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
// Room for the multipart envelope around the largest allowed file.
const maxRequestBytes = maxSpreadsheetBytes + 64 * 1024;

/** Downloads the plan's goals and tasks as a spreadsheet, for users who may read the plan. */
export async function GET(_request: Request, { params }: Context) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const { planId } = await params;
  const result = await exportTasks(db(), actor, planId);
  if (!result.ok) return failureResponse(result);
  return new Response(result.value.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": xlsxMime,
      "Content-Length": String(result.value.bytes.byteLength),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(result.value.fileName)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * Takes an edited spreadsheet back (multipart: `file`, `mode` preview|apply, and for apply the
 * `digest` the preview returned): answers with the preview, or with what was applied.
 */
export async function POST(request: Request, { params }: Context) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  if (Number(request.headers.get("content-length") ?? 0) > maxRequestBytes) {
    return failureResponse({ reason: "tooLarge", fieldErrors: { file: "planSpreadsheet.errors.tooLarge" } });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return failureResponse({ reason: "invalid", fieldErrors: { file: "planSpreadsheet.errors.fileRequired" } });
  }
  const parsed = taskImportFormSchema.safeParse({ planId: (await params).planId, mode: form.get("mode"), digest: form.get("digest") ?? undefined });
  if (!parsed.success) return failureResponse({ reason: "invalid", fieldErrors: fieldErrors(parsed.error) });
  const file = form.get("file");
  if (!(file instanceof File)) return failureResponse({ reason: "invalid", fieldErrors: { file: "planSpreadsheet.errors.fileRequired" } });
  if (file.size > maxSpreadsheetBytes) return failureResponse({ reason: "tooLarge", fieldErrors: { file: "planSpreadsheet.errors.tooLarge" } });

  const input = { planId: parsed.data.planId, bytes: new Uint8Array(await file.arrayBuffer()) };
  if (parsed.data.mode === "preview") {
    const preview = await previewTaskImport(db(), actor, input);
    return preview.ok ? Response.json({ preview: preview.value }, { headers: { "Cache-Control": "no-store" } }) : failureResponse(preview);
  }
  const applied = await applyTaskImport(db(), actor, { ...input, expectedDigest: parsed.data.digest });
  return applied.ok ? Response.json({ applied: applied.value }, { headers: { "Cache-Control": "no-store" } }) : failureResponse(applied);
}
