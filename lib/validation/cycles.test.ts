import { describe, expect, it } from "vitest";
import { extendDueDateSchema, openCycleSchema, updateCycleDatesSchema } from "./cycles";
import { fieldErrors } from "./zod";

const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrors(result.error as never));

describe("cycle schemas", () => {
  it("reads a form's year and dates", () => {
    expect(openCycleSchema.parse({ frameworkCode: " vn-lc ", year: "2026", opensOn: "2026-01-01", dueOn: "2026-03-31" })).toEqual({
      frameworkCode: "vn-lc",
      year: 2026,
      opensOn: "2026-01-01",
      dueOn: "2026-03-31",
    });
  });

  it("puts a due date before the opening on the due date, alongside other problems", () => {
    expect(errorsOf(openCycleSchema.safeParse({ frameworkCode: "", year: "2026", opensOn: "2026-04-01", dueOn: "2026-03-31" }))).toEqual({
      frameworkCode: "validation.required",
      dueOn: "cycles.errors.dueBeforeOpening",
    });
    expect(errorsOf(updateCycleDatesSchema.safeParse({ cycleId: "c1", opensOn: "2026-04-01", dueOn: "2026-03-31" }))).toEqual({ dueOn: "cycles.errors.dueBeforeOpening" });
    expect(updateCycleDatesSchema.safeParse({ cycleId: "c1", opensOn: "2026-03-31", dueOn: "2026-03-31" }).success).toBe(true);
  });

  it("refuses missing and impossible dates", () => {
    expect(errorsOf(updateCycleDatesSchema.safeParse({ cycleId: "c1", opensOn: "", dueOn: "2026-02-30" }))).toEqual({ opensOn: "validation.required", dueOn: "validation.invalid" });
  });

  it("asks an extension for a reason, trimmed and at most 500 characters", () => {
    const base = { cycleId: "c1", cityId: "vinh", dueOn: "2026-04-15" };
    expect(extendDueDateSchema.parse({ ...base, reason: "  Lũ lụt  " }).reason).toBe("Lũ lụt");
    expect(errorsOf(extendDueDateSchema.safeParse({ ...base, reason: "   " }))).toEqual({ reason: "validation.required" });
    expect(errorsOf(extendDueDateSchema.safeParse({ ...base, reason: "x".repeat(501) }))).toEqual({ reason: "validation.tooLong" });
  });
});
