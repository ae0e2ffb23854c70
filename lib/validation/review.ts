import { reviewActs } from "../review/workflow";
import { z } from "./zod";

export const reviewActSchema = z.object({
  assessmentId: z.string().min(1).max(64),
  act: z.enum(reviewActs),
  reason: z.string().trim().max(4_000).nullable().optional(),
  /** On a return: the indicators to fix, each with what is wrong. */
  flags: z
    .array(z.object({ indicatorId: z.string().min(1).max(64), comment: z.string().trim().min(1, { error: "validation.required" }).max(2_000) }))
    .max(500)
    .default([]),
});
export type ReviewActInput = z.infer<typeof reviewActSchema>;
