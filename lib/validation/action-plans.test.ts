import { describe, expect, it } from "vitest";
import { actionPlanSchema, milestoneSchema, planFilterSchema, planItemSchema, planUpdateSchema, savePlanItemSchema } from "./action-plans";
import { fieldErrors } from "./zod";

const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrors(result.error as never));

describe("plan fields", () => {
  const plan = { cityId: "c1", titleVi: "Kế hoạch", startYear: "2025", endYear: "2030" };

  it("reads years as typed and blanks as empty", () => {
    const parsed = actionPlanSchema.parse({ ...plan, titleEn: " ", legalBasisUrl: "", legalBasisDate: "" });
    expect(parsed).toMatchObject({ startYear: 2025, endYear: 2030, titleEn: null, legalBasisUrl: null, legalBasisDate: null, status: "active" });
  });

  it("refuses an end before the start, a bad date and a non-web link", () => {
    expect(errorsOf(actionPlanSchema.safeParse({ ...plan, endYear: "2024" }))).toEqual({ endYear: "actionPlans.errors.endBeforeStart" });
    expect(errorsOf(actionPlanSchema.safeParse({ ...plan, legalBasisDate: "2024-02-30" }))).toEqual({ legalBasisDate: "actionPlans.errors.date" });
    expect(errorsOf(actionPlanSchema.safeParse({ ...plan, legalBasisUrl: "javascript:alert(1)" }))).toEqual({ legalBasisUrl: "validation.url" });
    expect(errorsOf(actionPlanSchema.safeParse({ ...plan, titleVi: "  " }))).toEqual({ titleVi: "validation.required" });
    expect(errorsOf(actionPlanSchema.safeParse({ ...plan, sourceTitle: "Xem reference notes" }))).toEqual({ sourceTitle: "validation.internalNote" });
    expect(actionPlanSchema.parse({ ...plan, sourceTitle: "Kế hoạch 291/KH-UBND" }).sourceTitle).toBe("Kế hoạch 291/KH-UBND");
  });
});

describe("goal and task fields", () => {
  const task = { kind: "task", code: "1.2", titleVi: "Việc" };

  it("reads a spreadsheet-like row", () => {
    const parsed = planItemSchema.parse({
      ...task,
      parentCode: "1",
      supportingAgencies: "Sở Giáo dục\nSở Văn hoá; Đoàn Thanh niên\n",
      ownerEmail: " Official@Demo.hoctap.vn ",
      progress: "30",
      status: "onTrack",
      weight: "0,5",
      frameworkCode: "vn-learning-society",
      indicatorCode: "LF",
      targetValue: "0,8",
      targetYear: "2030",
      startOn: "2025-01-01",
      dueOn: "2025-06-30",
    });
    expect(parsed).toMatchObject({
      supportingAgencies: ["Sở Giáo dục", "Sở Văn hoá", "Đoàn Thanh niên"],
      ownerEmail: "official@demo.hoctap.vn",
      progress: 30,
      weight: 0.5,
      targetValue: 0.8,
      targetYear: 2030,
    });
  });

  it("fills defaults and empties", () => {
    expect(planItemSchema.parse(task)).toMatchObject({ status: "notStarted", progress: 0, weight: null, ownerEmail: null, parentCode: null, supportingAgencies: [] });
  });

  it("refuses bad codes, dates in the wrong order and out-of-range progress", () => {
    expect(errorsOf(planItemSchema.safeParse({ ...task, code: "1.a" }))).toEqual({ code: "actionPlans.errors.code" });
    expect(errorsOf(planItemSchema.safeParse({ ...task, code: "1." }))).toEqual({ code: "actionPlans.errors.code" });
    expect(errorsOf(planItemSchema.safeParse({ ...task, startOn: "2025-06-30", dueOn: "2025-01-01" }))).toEqual({ dueOn: "actionPlans.errors.dueBeforeStart" });
    expect(errorsOf(planItemSchema.safeParse({ ...task, progress: "101" }))).toEqual({ progress: "validation.tooBig" });
    expect(errorsOf(planItemSchema.safeParse({ ...task, progress: "12.5" }))).toEqual({ progress: "validation.wholeNumber" });
    expect(errorsOf(planItemSchema.safeParse({ ...task, weight: "-1" }))).toEqual({ weight: "validation.tooSmall" });
    expect(errorsOf(planItemSchema.safeParse({ ...task, ownerEmail: "nobody" }))).toEqual({ ownerEmail: "validation.email" });
    expect(errorsOf(planItemSchema.safeParse({ ...task, parentCode: "1.2" }))).toEqual({ parentCode: "actionPlans.errors.parentCycle" });
  });

  it("needs the indicator for a target, and both framework and indicator codes", () => {
    expect(errorsOf(planItemSchema.safeParse({ ...task, targetValue: "0.8" }))).toEqual({ indicatorCode: "actionPlans.errors.targetNeedsIndicator" });
    expect(errorsOf(planItemSchema.safeParse({ ...task, indicatorCode: "LF" }))).toEqual({ frameworkCode: "validation.required" });
  });

  it("takes the plan, the item and its revision when saving", () => {
    expect(savePlanItemSchema.parse({ ...task, planId: "p", itemId: "", revision: "3" })).toMatchObject({ planId: "p", itemId: null, revision: 3 });
  });
});

describe("updates, milestones, filters", () => {
  it("reads an update with links one per line", () => {
    const parsed = planUpdateSchema.parse({ itemId: "i", revision: 0, status: "onTrack", progress: "50", note: " Done half ", evidenceLinks: "https://a.vn/1\n\nhttps://a.vn/2" });
    expect(parsed).toMatchObject({ progress: 50, note: "Done half", evidenceLinks: ["https://a.vn/1", "https://a.vn/2"] });
    expect(errorsOf(planUpdateSchema.safeParse({ itemId: "i", revision: 0, status: "onTrack", progress: 5, evidenceLinks: "ftp://x" }))).toEqual({ evidenceLinks: "validation.url" });
  });

  it("needs a milestone's title and date", () => {
    expect(errorsOf(milestoneSchema.safeParse({ planId: "p", titleVi: "", dueOn: "" }))).toEqual({ titleVi: "validation.required", dueOn: "validation.required" });
  });

  it("ignores unreadable filters", () => {
    expect(planFilterSchema.parse({ status: "bogus", agency: "Sở GD", owner: "" })).toEqual({ status: undefined, agency: "Sở GD", owner: undefined });
    expect(planFilterSchema.parse({ status: "overdue" }).status).toBe("overdue");
  });
});
