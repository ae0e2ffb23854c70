import { describe, expect, it } from "vitest";
import { assessmentReportQuerySchema, overviewReportQuerySchema } from "./reports";
import { fieldErrors } from "./zod";

describe("report inputs", () => {
  it("takes a known language and ignores any other", () => {
    expect(assessmentReportQuerySchema.parse({ id: "a1", lang: "en" })).toEqual({ id: "a1", lang: "en" });
    expect(assessmentReportQuerySchema.parse({ id: "a1", lang: "fr" })).toEqual({ id: "a1", lang: undefined });
  });

  it("needs a framework and a plausible year for the overview, with a translation key per problem", () => {
    expect(overviewReportQuerySchema.parse({ framework: " vn-learning ", year: "2025" })).toEqual({ framework: "vn-learning", year: 2025, lang: undefined });
    const bad = overviewReportQuerySchema.safeParse({ year: "20x5" });
    expect(bad.success).toBe(false);
    expect(fieldErrors(bad.error!)).toEqual({ framework: "validation.required", year: "validation.invalid" });
    const early = overviewReportQuerySchema.safeParse({ framework: " ", year: "1800" });
    expect(fieldErrors(early.error!)).toEqual({ framework: "validation.required", year: "validation.tooSmall" });
  });
});
