"use server";

import "server-only";
import { parseFrameworkUpload } from "@/lib/frameworks/parse-framework-upload";
import { fail } from "@/lib/result";
import { frameworkIdSchema, importFrameworkSchema, updateDraftIndicatorSchema } from "@/lib/validation/frameworks";
import type { FieldErrors } from "@/lib/validation/zod";
import { refreshedOnSuccess, type RefreshedPage } from "@/server/actions/refresh";
import { runAction } from "@/server/actions/run-action";
import { db } from "@/server/db";
import { importFramework } from "@/server/frameworks/import-framework";
import { publishFramework, retireFramework } from "@/server/frameworks/publish-framework";
import { updateDraftIndicator } from "@/server/frameworks/update-draft-indicator";

// A status change shows on the readers' pages as well as the administrators'.
const frameworkPages: RefreshedPage[] = [
  ["/admin/frameworks", "layout"],
  ["/frameworks", "layout"],
];

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
    return refreshedOnSuccess(await importFramework(db(), actor, parsed.file, { publish: false }), "/admin/frameworks");
  });
}

export async function updateDraftIndicatorAction(input: unknown) {
  return runAction(updateDraftIndicatorSchema, input, async (actor, data) => refreshedOnSuccess(await updateDraftIndicator(db(), actor, data), ["/admin/frameworks", "layout"]));
}

export async function publishFrameworkAction(input: unknown) {
  return runAction(frameworkIdSchema, input, async (actor, data) => refreshedOnSuccess(await publishFramework(db(), actor, data.frameworkId), ...frameworkPages));
}

export async function retireFrameworkAction(input: unknown) {
  return runAction(frameworkIdSchema, input, async (actor, data) => refreshedOnSuccess(await retireFramework(db(), actor, data.frameworkId), ...frameworkPages));
}

