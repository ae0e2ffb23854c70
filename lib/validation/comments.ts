import { commentMaxLength } from "../review/comments";
import { z } from "./zod";

const where = { assessmentId: z.string().check(z.minLength(1), z.maxLength(64)), indicatorId: z.string().check(z.minLength(1), z.maxLength(64)) };

export const postCommentSchema = z.object({
  ...where,
  body: z.string().check(z.trim(), z.minLength(1, { error: "validation.required" }), z.maxLength(commentMaxLength, { error: "comments.tooLong" })),
});
export type PostCommentInput = z.infer<typeof postCommentSchema>;

export const setThreadResolvedSchema = z.object({ ...where, resolved: z.boolean() });
export type SetThreadResolvedInput = z.infer<typeof setThreadResolvedSchema>;
