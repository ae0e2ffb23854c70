"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { completeAssessmentSchema, createAssessmentSchema, saveResponseSchema } from "@/lib/validation/assessments";
import { reviewActSchema } from "@/lib/validation/review";
import { takeReviewAct } from "@/server/review/take-review-act";
import { refreshedOnSuccess } from "@/server/actions/refresh";
import { runAction } from "@/server/actions/run-action";
import { completeAssessment } from "@/server/assessments/complete-assessment";
import { createAssessment } from "@/server/assessments/create-assessment";
import { saveResponse } from "@/server/assessments/save-response";
import { db } from "@/server/db";
import { deliverEmailsSoon } from "@/server/mail/deliver-soon";
import { postCommentSchema, setThreadResolvedSchema } from "@/lib/validation/comments";
import { postComment } from "@/server/comments/post-comment";
import { setThreadResolved } from "@/server/comments/set-thread-resolved";

export async function createAssessmentAction(input: unknown) {
  return runAction(createAssessmentSchema, input, async (actor, data) => refreshedOnSuccess(await createAssessment(db(), actor, data), "/assessments"));
}

// No revalidation: the checklist keeps its own state, and a refresh would fight the typing.
export async function saveResponseAction(input: unknown) {
  return runAction(saveResponseSchema, input, (actor, data) => saveResponse(db(), actor, data));
}

export async function completeAssessmentAction(input: unknown) {
  return runAction(completeAssessmentSchema, input, async (actor, data) => {
    const result = await completeAssessment(db(), actor, data.assessmentId);
    if (result.ok && result.value.kind === "completed") revalidatePath(`/assessments/${data.assessmentId}`, "layout");
    return result;
  });
}

export async function reviewActAction(input: unknown) {
  return runAction(reviewActSchema, input, async (actor, data) => {
    const result = await takeReviewAct(db(), actor, data);
    if (result.ok) deliverEmailsSoon();
    return refreshedOnSuccess(result, [`/assessments/${data.assessmentId}`, "layout"], "/review");
  });
}

// The thread comes back for the checklist to show; no refresh, so answers being typed stay put.
export async function postCommentAction(input: unknown) {
  return runAction(postCommentSchema, input, async (actor, data) => {
    const result = await postComment(db(), actor, data);
    if (result.ok) deliverEmailsSoon();
    return result;
  });
}

export async function setThreadResolvedAction(input: unknown) {
  return runAction(setThreadResolvedSchema, input, (actor, data) => setThreadResolved(db(), actor, data));
}
