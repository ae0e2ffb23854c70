import { getLocale } from "next-intl/server";
import { textStream } from "@/lib/reports/csv";
import { translatorFor } from "@/i18n/translator";
import { scopeCsvQuerySchema } from "@/lib/validation/exports";
import { fieldErrors } from "@/lib/validation/zod";
import { failureResponse } from "@/server/actions/json-response";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { readScopeRows } from "@/server/reports/read-scope-rows";
import { scopeCsv } from "@/server/reports/scope-csv";
import { exportFileResponse, queryOf } from "@/server/reports/workbook-csv-response";

/** One table of the scope export (?framework=&year=&table=wide|long) as CSV, streamed a batch of cities at a time. */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const parsed = scopeCsvQuerySchema.safeParse(queryOf(request));
  if (!parsed.success) return failureResponse({ reason: "invalid", fieldErrors: fieldErrors(parsed.error) });
  const locale = await getLocale();
  const rows = await readScopeRows(db(), actor, parsed.data, { locale });
  if (!rows.ok) return failureResponse(rows);
  const { framework, year } = rows.value;
  const { table } = parsed.data;
  return exportFileResponse(textStream(scopeCsv(rows.value, table, translatorFor(locale))), { fileName: `${framework.code}-${year}-cities-${table}.csv`, kind: "csv" });
}
