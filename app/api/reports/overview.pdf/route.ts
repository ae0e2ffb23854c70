import { getLocale } from "next-intl/server";
import { overviewReportQuerySchema } from "@/lib/validation/reports";
import { fieldErrors } from "@/lib/validation/zod";
import { failureResponse } from "@/server/actions/json-response";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { pdfFileResponse } from "@/server/reports/render-pdf-response";
import { scopeOverviewPdf } from "@/server/reports/render-scope-overview";

/** Every city in the caller's scope for ?framework=CODE&year=YYYY as a PDF (?lang=vi|en, else the reader's language). */
export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const params = new URL(request.url).searchParams;
  const parsed = overviewReportQuerySchema.safeParse({ framework: params.get("framework") ?? undefined, year: params.get("year") ?? undefined, lang: params.get("lang") ?? undefined });
  if (!parsed.success) return failureResponse({ reason: "invalid", fieldErrors: fieldErrors(parsed.error) });
  const { framework, year, lang } = parsed.data;
  const result = await scopeOverviewPdf(db(), actor, { frameworkCode: framework, year }, lang ?? (await getLocale()));
  return result.ok ? pdfFileResponse(result.value) : failureResponse(result);
}
