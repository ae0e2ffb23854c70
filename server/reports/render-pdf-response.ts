import "server-only";
import { getLocale } from "next-intl/server";
import type { Actor } from "@/lib/permissions";
import type { Result } from "@/lib/result";
import { assessmentReportQuerySchema } from "@/lib/validation/reports";
import { failureResponse } from "../actions/json-response";
import { currentActor } from "../auth/current-actor";
import { db, type Db } from "../db";
import { downloadResponse } from "../evidence/download-response";

export interface PdfFile {
  bytes: Uint8Array;
  fileName: string;
}

/** A generated report as a download: never shown inline in the app's origin, never cached. */
export function pdfFileResponse(file: PdfFile): Response {
  return downloadResponse({ body: file.bytes as Uint8Array<ArrayBuffer>, mimeType: "application/pdf", size: file.bytes.byteLength, fileName: file.fileName });
}

type AssessmentPdf = (db: Db, actor: Actor, assessmentId: string, lang: string) => Promise<Result<PdfFile>>;

/**
 * The GET handler of a PDF made from one assessment (/api/assessments/[id]/…pdf): signed-in
 * readers only, in ?lang=vi|en or else the reader's interface language; refusals as translated JSON.
 */
export function assessmentPdfRoute(make: AssessmentPdf) {
  return async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    const actor = await currentActor();
    if (!actor) return failureResponse({ reason: "unauthenticated" });
    const parsed = assessmentReportQuerySchema.safeParse({ ...(await params), lang: new URL(request.url).searchParams.get("lang") ?? undefined });
    if (!parsed.success) return failureResponse({ reason: "notFound" });
    const result = await make(db(), actor, parsed.data.id, parsed.data.lang ?? (await getLocale()));
    return result.ok ? pdfFileResponse(result.value) : failureResponse(result);
  };
}
