"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { referenceValueIdSchema, referenceValueSchema } from "@/lib/validation/reference-values";
import { runAction } from "@/server/actions/run-action";
import { db } from "@/server/db";
import { deleteReferenceValue } from "@/server/reference-values/delete-reference-value";
import { upsertReferenceValue } from "@/server/reference-values/upsert-reference-value";

export async function upsertReferenceValueAction(input: unknown) {
  return runAction(referenceValueSchema, input, async (actor, data) => {
    const result = await upsertReferenceValue(db(), actor, data);
    if (result.ok) revalidateFigurePages();
    return result;
  });
}

export async function deleteReferenceValueAction(input: unknown) {
  return runAction(referenceValueIdSchema, input, async (actor, data) => {
    const result = await deleteReferenceValue(db(), actor, data.id);
    if (result.ok) revalidateFigurePages();
    return result;
  });
}

// Figures show on the cities' profiles as well as here.
function revalidateFigurePages() {
  revalidatePath("/admin/reference-data");
  revalidatePath("/cities/[slug]", "page");
}
