"use server";

import "server-only";
import {
  actionPlanSchema,
  deletePlanItemSchema,
  milestoneSchema,
  planCommentSchema,
  planUpdateSchema,
  savePlanItemSchema,
  updateActionPlanSchema,
} from "@/lib/validation/action-plans";
import { refreshedOnSuccess, type RefreshedPage } from "@/server/actions/refresh";
import { runAction } from "@/server/actions/run-action";
import { createPlan } from "@/server/action-plans/create-plan";
import { deletePlanItem } from "@/server/action-plans/delete-plan-item";
import { postPlanComment } from "@/server/action-plans/post-plan-comment";
import { postPlanUpdate } from "@/server/action-plans/post-plan-update";
import { saveMilestone } from "@/server/action-plans/save-milestone";
import { savePlanItem } from "@/server/action-plans/save-plan-item";
import { updatePlan } from "@/server/action-plans/update-plan";
import { db } from "@/server/db";
import { diskEvidenceStore } from "@/server/evidence/evidence-store";

// Every page of a plan shows rolled-up figures, so a change anywhere refreshes the whole section.
const planPages: RefreshedPage[] = [["/action-plans", "layout"], "/my-tasks"];
const refreshing = <R extends { ok: boolean }>(result: R) => refreshedOnSuccess(result, ...planPages);

export async function createPlanAction(input: unknown) {
  return runAction(actionPlanSchema, input, async (actor, data) => refreshing(await createPlan(db(), actor, data)));
}

export async function updatePlanAction(input: unknown) {
  return runAction(updateActionPlanSchema, input, async (actor, data) => refreshing(await updatePlan(db(), actor, data)));
}

export async function savePlanItemAction(input: unknown) {
  return runAction(savePlanItemSchema, input, async (actor, data) => refreshing(await savePlanItem(db(), actor, data)));
}

export async function deletePlanItemAction(input: unknown) {
  return runAction(deletePlanItemSchema, input, async (actor, data) => refreshing(await deletePlanItem(db(), diskEvidenceStore(), actor, data)));
}

export async function postPlanUpdateAction(input: unknown) {
  return runAction(planUpdateSchema, input, async (actor, data) => refreshing(await postPlanUpdate(db(), actor, data)));
}

export async function postPlanCommentAction(input: unknown) {
  return runAction(planCommentSchema, input, async (actor, data) => refreshing(await postPlanComment(db(), actor, data)));
}

export async function saveMilestoneAction(input: unknown) {
  return runAction(milestoneSchema, input, async (actor, data) => refreshing(await saveMilestone(db(), actor, data)));
}
