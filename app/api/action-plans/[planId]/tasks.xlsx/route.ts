import { maxSpreadsheetBytes } from "@/lib/action-plans/spreadsheet";
import { planIdSchema, taskImportFormSchema } from "@/lib/validation/action-plans";
import { failureResponse } from "@/server/actions/json-response";
import { exportTasks } from "@/server/action-plans/export-tasks";
import { applyTaskImport, previewTaskImport } from "@/server/action-plans/import-tasks";
import { readUpload } from "@/server/actions/read-upload";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";

type Context = { params: Promise<{ planId: string }> };

const xlsxMime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Downloads the plan's goals and tasks as a spreadsheet, for users who may read the plan. */
export async function GET(_request: Request, { params }: Context) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const parsed = planIdSchema.safeParse(await params);
  if (!parsed.success) return failureResponse({ reason: "notFound" });
  const result = await exportTasks(db(), actor, parsed.data.planId);
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
  const { planId } = await params;
  const upload = await readUpload(request, {
    maxBytes: maxSpreadsheetBytes,
    schema: taskImportFormSchema,
    fields: (form) => ({ planId, mode: form.get("mode"), digest: form.get("digest") ?? undefined }),
    messages: { missing: "planSpreadsheet.errors.fileRequired", tooLarge: "planSpreadsheet.errors.tooLarge" },
  });
  if (!upload.ok) return upload.response;
  const { data, file } = upload;
  const input = { planId: data.planId, bytes: new Uint8Array(await file.arrayBuffer()) };
  if (data.mode === "preview") {
    const preview = await previewTaskImport(db(), actor, input);
    return preview.ok ? Response.json({ preview: preview.value }, { headers: { "Cache-Control": "no-store" } }) : failureResponse(preview);
  }
  const applied = await applyTaskImport(db(), actor, { ...input, expectedDigest: data.digest });
  return applied.ok ? Response.json({ applied: applied.value }, { headers: { "Cache-Control": "no-store" } }) : failureResponse(applied);
}
