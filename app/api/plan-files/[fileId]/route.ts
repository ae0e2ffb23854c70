import { planFileIdSchema } from "@/lib/validation/action-plans";
import { openPlanFile } from "@/server/action-plans/plan-file-access";
import { failureResponse } from "@/server/actions/json-response";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { downloadResponse } from "@/server/evidence/download-response";
import { diskEvidenceStore } from "@/server/evidence/evidence-store";

type Context = { params: Promise<{ fileId: string }> };

/** Downloads a progress update's file, for users who may read its plan. */
export async function GET(_request: Request, { params }: Context) {
  const actor = await currentActor();
  if (!actor) return failureResponse({ reason: "unauthenticated" });
  const parsed = planFileIdSchema.safeParse(await params);
  if (!parsed.success) return failureResponse({ reason: "notFound" });
  const file = await openPlanFile(db(), diskEvidenceStore(), actor, parsed.data.fileId);
  if (!file) return failureResponse({ reason: "notFound" });
  return downloadResponse(file);
}
