import { getLocale } from "next-intl/server";
import { textStream } from "@/lib/reports/csv";
import { assessmentCsvQuerySchema } from "@/lib/validation/exports";
import { fieldErrors } from "@/lib/validation/zod";
import { failureResponse } from "@/server/actions/json-response";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { assessmentCsv } from "@/server/reports/assessment-csv";
import { exportFileResponse, queryOf } from "@/server/reports/workbook-csv-response";

type Context = { params: Promise<{ id: string }> };

/** One table of the assessment (?table=responses|evidence|comments|history) as CSV, streamed. */
export async function GET(request: Request, { params }: Context) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const parsed = assessmentCsvQuerySchema.safeParse({ ...queryOf(request), ...(await params) });
  if (!parsed.success) return failureResponse({ reason: "invalid", fieldErrors: fieldErrors(parsed.error) });
  const result = await assessmentCsv(db(), actor, parsed.data, await getLocale());
  if (!result.ok) return failureResponse(result);
  return exportFileResponse(textStream(result.value.chunks), { fileName: result.value.fileName, kind: "csv" });
}
