"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { parseFrameworkUpload } from "@/lib/frameworks/parse-framework-upload";
import { fail } from "@/lib/result";
import { frameworkIdSchema, importFrameworkSchema, updateDraftIndicatorSchema } from "@/lib/validation/frameworks";
import type { FieldErrors } from "@/lib/validation/zod";
import { runAction } from "@/server/actions/run-action";
import { db } from "@/server/db";
import { importFramework } from "@/server/frameworks/import-framework";
import { publishFramework, retireFramework } from "@/server/frameworks/publish-framework";
import { updateDraftIndicator } from "@/server/frameworks/update-draft-indicator";

/**
 * The file's problems come back as field errors keyed by their path in the file ("_form" for
 * the whole file), the first per path, so the upload form can list them as a report.
 */
export async function importFrameworkAction(input: unknown) {
  return runAction(importFrameworkSchema, input, async (actor, data) => {
    const parsed = parseFrameworkUpload(data.text);
    if (!parsed.ok) {
      const report: FieldErrors = {};
      for (const problem of parsed.problems) report[problem.path || "_form"] ??= problem.message;
      return fail("invalid", report);
    }
    const result = await importFramework(db(), actor, parsed.file, { publish: false });
    if (result.ok) revalidatePath("/admin/frameworks");
    return result;
  });
}

export async function updateDraftIndicatorAction(input: unknown) {
  return runAction(updateDraftIndicatorSchema, input, async (actor, data) => {
    const result = await updateDraftIndicator(db(), actor, data);
    if (result.ok) revalidatePath("/admin/frameworks", "layout");
    return result;
  });
}

export async function publishFrameworkAction(input: unknown) {
  return runAction(frameworkIdSchema, input, async (actor, data) => {
    const result = await publishFramework(db(), actor, data.frameworkId);
    if (result.ok) revalidateFrameworkPages();
    return result;
  });
}

export async function retireFrameworkAction(input: unknown) {
  return runAction(frameworkIdSchema, input, async (actor, data) => {
    const result = await retireFramework(db(), actor, data.frameworkId);
    if (result.ok) revalidateFrameworkPages();
    return result;
  });
}

// A status change shows on the readers' pages as well as the administrators'.
function revalidateFrameworkPages() {
  revalidatePath("/admin/frameworks", "layout");
  revalidatePath("/frameworks", "layout");
}
