"use server";

import "server-only";
import type { Result } from "@/lib/result";
import { extendDueDateSchema, openCycleSchema, updateCycleDatesSchema } from "@/lib/validation/cycles";
import { refreshedOnSuccess } from "@/server/actions/refresh";
import { runAction } from "@/server/actions/run-action";
import { extendDueDate } from "@/server/cycles/extend-due-date";
import { openCycle } from "@/server/cycles/open-cycle";
import { updateCycleDates } from "@/server/cycles/update-cycle-dates";
import { db } from "@/server/db";

/** Due dates also show in the review queue, so both pages are refreshed. */
const refreshed = <T>(result: Result<T>) => refreshedOnSuccess(result, ["/review", "layout"]);

export async function openCycleAction(input: unknown) {
  return runAction(openCycleSchema, input, async (actor, data) => refreshed(await openCycle(db(), actor, data)));
}

export async function updateCycleDatesAction(input: unknown) {
  return runAction(updateCycleDatesSchema, input, async (actor, data) => refreshed(await updateCycleDates(db(), actor, data)));
}

export async function extendDueDateAction(input: unknown) {
  return runAction(extendDueDateSchema, input, async (actor, data) => refreshed(await extendDueDate(db(), actor, data)));
}
