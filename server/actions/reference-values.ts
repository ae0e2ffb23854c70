"use server";

import "server-only";
import { referenceValueIdSchema, referenceValueSchema } from "@/lib/validation/reference-values";
import { refreshedOnSuccess, type RefreshedPage } from "@/server/actions/refresh";
import { runAction } from "@/server/actions/run-action";
import { db } from "@/server/db";
import { deleteReferenceValue } from "@/server/reference-values/delete-reference-value";
import { upsertReferenceValue } from "@/server/reference-values/upsert-reference-value";

// Figures show on the cities' profiles as well as here.
const figurePages: RefreshedPage[] = ["/admin/reference-data", ["/cities/[slug]", "page"]];

export async function upsertReferenceValueAction(input: unknown) {
  return runAction(referenceValueSchema, input, async (actor, data) => refreshedOnSuccess(await upsertReferenceValue(db(), actor, data), ...figurePages));
}

export async function deleteReferenceValueAction(input: unknown) {
  return runAction(referenceValueIdSchema, input, async (actor, data) => refreshedOnSuccess(await deleteReferenceValue(db(), actor, data.id), ...figurePages));
}

