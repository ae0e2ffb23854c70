import { PassThrough, Readable } from "node:stream";
import { getLocale } from "next-intl/server";
import { fieldErrors } from "@/lib/validation/zod";
import { scopeExportQuerySchema } from "@/lib/validation/exports";
import { translatorFor } from "@/i18n/translator";
import { failureResponse } from "@/server/actions/json-response";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { readScopeRows } from "@/server/reports/read-scope-rows";
import { exportFileResponse, queryOf } from "@/server/reports/workbook-csv-response";
import { writeScopeRowsWorkbook } from "@/server/reports/write-scope-workbook";

/**
 * The coordinator's workbook of every city in the caller's scope for a framework and year
 * (?framework=CODE&year=YYYY), streamed as it is written: the refusal, if any, comes before the
 * first byte, and afterwards only a broken stream can tell of a failure.
 */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const parsed = scopeExportQuerySchema.safeParse(queryOf(request));
  if (!parsed.success) return failureResponse({ reason: "invalid", fieldErrors: fieldErrors(parsed.error) });
  const locale = await getLocale();
  const rows = await readScopeRows(db(), actor, parsed.data, { locale });
  if (!rows.ok) return failureResponse(rows);

  const output = new PassThrough();
  writeScopeRowsWorkbook(rows.value, output, translatorFor(locale)).catch((error: Error) => output.destroy(error));
  const { framework, year } = rows.value;
  return exportFileResponse(Readable.toWeb(output) as ReadableStream<Uint8Array>, { fileName: `${framework.code}-${year}-cities.xlsx`, kind: "xlsx" });
}
