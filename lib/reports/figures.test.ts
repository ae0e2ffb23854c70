import { describe, expect, it } from "vitest";
import { formatChange, formatDate, formatDateTime, formatFigure, formatNumber, formatRate, formatScore, missingFigure, wholePercentDown } from "./figures";

describe("report figures", () => {
  it("prints rates as the checklist does: a percentage with at most one decimal, in each locale's style", () => {
    expect(formatRate(621 / 1000, "vi")).toBe("62,1%");
    expect(formatRate(621 / 1000, "en")).toBe("62.1%");
    expect(formatRate(0.7, "vi")).toBe("70%");
    expect(formatRate(2 / 3, "en")).toBe("66.7%");
    expect(formatFigure("rate", 0.675, "vi")).toBe("67,5%");
  });

  it("prints readiness scores as whole percentages cut down, so only a perfect score reads 100%", () => {
    expect(formatScore(0.8871, "vi")).toBe("88%");
    expect(formatScore(0.5, "en")).toBe("50%");
    expect(formatScore(0.996, "vi")).toBe("99%");
    expect(formatScore(0.99999, "en")).toBe("99%");
    expect(formatScore(1, "vi")).toBe("100%");
    // 0.57 * 100 is 56.99999999999999 in floating point: still 57%.
    expect(formatScore(0.57, "vi")).toBe("57%");
    expect(wholePercentDown(0.57)).toBe(0.57);
  });

  it("groups counts and numbers by locale", () => {
    expect(formatNumber(1_420_000, "vi")).toBe("1.420.000");
    expect(formatNumber(1_420_000, "en")).toBe("1,420,000");
    expect(formatFigure("count", 12, "vi")).toBe("12");
    expect(formatFigure("number", 1234.5, "vi")).toBe("1.234,5");
  });

  it("shows a dash for anything missing or not a number", () => {
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatFigure("rate", value, "vi")).toBe(missingFigure);
      expect(formatFigure("count", value, "en")).toBe(missingFigure);
      expect(formatScore(value, "vi")).toBe(missingFigure);
      expect(formatChange("rate", value, "vi")).toBe(missingFigure);
    }
    expect(formatDate(null)).toBe(missingFigure);
    expect(formatDateTime(undefined)).toBe(missingFigure);
  });

  it("prints a rate's change in signed percentage points and other changes in their unit", () => {
    expect(formatChange("rate", 0.621 - 0.58, "vi")).toBe("+4,1");
    expect(formatChange("rate", -0.05, "en")).toBe("-5");
    expect(formatChange("count", 3, "vi")).toBe("+3");
  });

  it("dates things in Vietnam's time zone, day first, as every page does", () => {
    // 20:00 UTC on 31 December is already 1 January in Hà Nội.
    expect(formatDate(new Date("2025-12-31T20:00:00Z"))).toBe("01/01/2026");
    expect(formatDateTime(new Date("2025-12-31T20:00:00Z"))).toBe("01/01/2026 03:00");
  });
});
