import { getLocale } from "next-intl/server";
import { assessmentExportSchema } from "@/lib/validation/exports";
import { failureResponse } from "@/server/actions/json-response";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { assessmentWorkbook } from "@/server/reports/assessment-workbook";
import { exportFileResponse } from "@/server/reports/workbook-csv-response";

type Context = { params: Promise<{ id: string }> };

/** The assessment as an Excel workbook, for whoever may read it (another city's reads as missing). */
export async function GET(_request: Request, { params }: Context) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const parsed = assessmentExportSchema.safeParse(await params);
  if (!parsed.success) return failureResponse({ reason: "notFound" });
  const result = await assessmentWorkbook(db(), actor, parsed.data.id, await getLocale());
  if (!result.ok) return failureResponse(result);
  const { bytes, fileName } = result.value;
  return exportFileResponse(bytes as Uint8Array<ArrayBuffer>, { fileName, kind: "xlsx", size: bytes.byteLength });
}
