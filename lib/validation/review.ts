import { defaultQueuePageSize, queuePageSizes, queueSorts } from "../review/queue";
import { assessmentStatuses, reviewActs } from "../review/workflow";
import { z } from "./zod";

export const reviewActSchema = z.object({
  assessmentId: z.string().check(z.minLength(1), z.maxLength(64)),
  act: z.enum(reviewActs),
  reason: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(4_000)))),
  /** On a return: the indicators to fix, each with what is wrong. */
  flags: z._default(
    z
      .array(
        z.object({
          indicatorId: z.string().check(z.minLength(1), z.maxLength(64)),
          comment: z.string().check(z.trim(), z.minLength(1, { error: "validation.required" }), z.maxLength(2_000)),
        }),
      )
      .check(z.maxLength(500)),
    [],
  ),
});
export type ReviewActInput = z.infer<typeof reviewActSchema>;

/** Approving several clean submissions from the review queue at once. */
export const approveManySchema = z.object({
  assessmentIds: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1, { error: "review.queue.chooseSome" }), z.maxLength(200)),
});
export type ApproveManyInput = z.infer<typeof approveManySchema>;

const optional = <T extends z.ZodType>(schema: T) => z.catch(z.optional(schema), undefined);

/**
 * The queue's filters and sort, read from the address bar so a view can be bookmarked and shared.
 * Anything unreadable is ignored rather than refused: a stale link still opens the queue.
 */
export const reviewQueueQuerySchema = z.object({
  // No status in the address is the open work; `all` shows approved checklists too.
  status: z._default(z.catch(z.enum([...assessmentStatuses, "notStarted", "waiting", "open", "all"]), "open"), "open"),
  framework: optional(z.string().check(z.minLength(1), z.maxLength(64))),
  year: optional(z.coerce.number().check(z.int(), z.gte(1990), z.lte(2100))),
  city: optional(z.string().check(z.minLength(1), z.maxLength(64))),
  overdue: z.pipe(
    z.catch(z.optional(z.string()), undefined),
    z.transform((v) => v === "1"),
  ),
  sort: z._default(z.catch(z.enum(queueSorts), "attention"), "attention"),
  // Paging: an address with a page past the end shows the last page; an odd size falls back.
  page: z._default(z.catch(z.coerce.number().check(z.int(), z.gte(1), z.lte(1_000_000)), 1), 1),
  size: z._default(z.catch(z.pipe(z.coerce.number(), z.literal(queuePageSizes)), defaultQueuePageSize), defaultQueuePageSize),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;
