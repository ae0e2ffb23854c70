import { isCalendarDate } from "../review/cycles";
import { pageNumber, z } from "./zod";

const id = z.string().check(z.minLength(1), z.maxLength(64));

/** A calendar day as `<input type="date">` sends it. */
const calendarDate = z.string().check(z.minLength(1, { error: "validation.required" }), z.refine(isCalendarDate, { error: "validation.invalid" }));

// Checked even while other fields are still wrong, so that the form shows every problem at once;
// a date that is itself wrong already carries its own message.
const dueAfterOpening = (value: { opensOn?: unknown; dueOn?: unknown }) =>
  typeof value.opensOn !== "string" || typeof value.dueOn !== "string" || !isCalendarDate(value.opensOn) || !isCalendarDate(value.dueOn) || value.opensOn <= value.dueOn;
const dueAfterOpeningParams = {
  path: ["dueOn"],
  error: "cycles.errors.dueBeforeOpening",
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

export const openCycleSchema = z
  .object({
    frameworkCode: z.string().check(z.trim(), z.minLength(1, { error: "validation.required" }), z.maxLength(64)),
    year: z.coerce.number({ error: "validation.required" }).check(z.int({ error: "validation.wholeNumber" }), z.gte(2000), z.lte(2100)),
    opensOn: calendarDate,
    dueOn: calendarDate,
  })
  .check(z.refine(dueAfterOpening, dueAfterOpeningParams));
export type OpenCycleInput = z.infer<typeof openCycleSchema>;

export const updateCycleDatesSchema = z
  .object({ cycleId: id, opensOn: calendarDate, dueOn: calendarDate })
  .check(z.refine(dueAfterOpening, dueAfterOpeningParams));
export type UpdateCycleDatesInput = z.infer<typeof updateCycleDatesSchema>;

/** A later due date for one city; that it is later than the cycle's is checked by the act, which knows the cycle. */
export const extendDueDateSchema = z.object({
  cycleId: id,
  cityId: id,
  dueOn: calendarDate,
  reason: z.string().check(z.trim(), z.minLength(1, { error: "validation.required" }), z.maxLength(500)),
});
export type ExtendDueDateInput = z.infer<typeof extendDueDateSchema>;

/** The cycles page's address: which cycle's list of cities is paged, and to which page. */
export const cyclesPageQuerySchema = z.object({
  cycle: z.optional(z.catch(z.optional(z.string().check(z.minLength(1), z.maxLength(64))), undefined)),
  page: pageNumber(),
});
