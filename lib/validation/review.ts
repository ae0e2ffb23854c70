import { queueSorts } from "../review/queue";
import { assessmentStatuses, reviewActs } from "../review/workflow";
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

/** Approving several clean submissions from the review queue at once. */
export const approveManySchema = z.object({
  assessmentIds: z.array(z.string().min(1).max(64)).min(1, { error: "review.queue.chooseSome" }).max(200),
});
export type ApproveManyInput = z.infer<typeof approveManySchema>;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * The queue's filters and sort, read from the address bar so a view can be bookmarked and shared.
 * Anything unreadable is ignored rather than refused: a stale link still opens the queue.
 */
export const reviewQueueQuerySchema = z.object({
  status: optional(z.enum([...assessmentStatuses, "notStarted", "waiting"])),
  framework: optional(z.string().min(1).max(64)),
  year: optional(z.coerce.number().int().min(1990).max(2100)),
  city: optional(z.string().min(1).max(64)),
  overdue: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => v === "1"),
  sort: z.enum(queueSorts).catch("attention").default("attention"),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;
