import { commentMaxLength } from "../review/comments";
import { z } from "./zod";

const where = { assessmentId: z.string().min(1).max(64), indicatorId: z.string().min(1).max(64) };

export const postCommentSchema = z.object({
  ...where,
  body: z.string().trim().min(1, { error: "validation.required" }).max(commentMaxLength, { error: "comments.tooLong" }),
});
export type PostCommentInput = z.infer<typeof postCommentSchema>;

export const setThreadResolvedSchema = z.object({ ...where, resolved: z.boolean() });
export type SetThreadResolvedInput = z.infer<typeof setThreadResolvedSchema>;
