import { isCalendarDate } from "../review/cycles";
import { z } from "./zod";

const id = z.string().min(1).max(64);

/** A calendar day as `<input type="date">` sends it. */
const calendarDate = z.string().min(1, { error: "validation.required" }).refine(isCalendarDate, { error: "validation.invalid" });

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
    frameworkCode: z.string().trim().min(1, { error: "validation.required" }).max(64),
    year: z.coerce.number({ error: "validation.required" }).int({ error: "validation.wholeNumber" }).min(2000).max(2100),
    opensOn: calendarDate,
    dueOn: calendarDate,
  })
  .refine(dueAfterOpening, dueAfterOpeningParams);
export type OpenCycleInput = z.infer<typeof openCycleSchema>;

export const updateCycleDatesSchema = z
  .object({ cycleId: id, opensOn: calendarDate, dueOn: calendarDate })
  .refine(dueAfterOpening, dueAfterOpeningParams);
export type UpdateCycleDatesInput = z.infer<typeof updateCycleDatesSchema>;

/** A later due date for one city; that it is later than the cycle's is checked by the act, which knows the cycle. */
export const extendDueDateSchema = z.object({
  cycleId: id,
  cityId: id,
  dueOn: calendarDate,
  reason: z.string().trim().min(1, { error: "validation.required" }).max(500),
});
export type ExtendDueDateInput = z.infer<typeof extendDueDateSchema>;
