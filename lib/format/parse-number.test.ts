import { describe, expect, it } from "vitest";
import { formatForInput, parseLocaleNumber } from "./parse-number";

describe("reading typed numbers", () => {
  it("reads Vietnamese grouping and decimal comma", () => {
    expect(parseLocaleNumber("1.420.000", "vi")).toBe(1_420_000);
    expect(parseLocaleNumber("67,5", "vi")).toBe(67.5);
    expect(parseLocaleNumber("1.234.567,89", "vi")).toBeCloseTo(1_234_567.89);
    expect(parseLocaleNumber(" 2 362 ", "vi")).toBe(2362);
  });

  it("reads English grouping and decimal point", () => {
    expect(parseLocaleNumber("1,420,000", "en")).toBe(1_420_000);
    expect(parseLocaleNumber("67.5", "en")).toBe(67.5);
  });

  it("takes a lone separator that is not a thousands group as a decimal mark", () => {
    expect(parseLocaleNumber("1.5", "vi")).toBe(1.5);
    expect(parseLocaleNumber("3,25", "en")).toBe(3.25);
  });

  it("treats an empty box as no answer and anything else as not a number", () => {
    expect(parseLocaleNumber("", "vi")).toBeNull();
    expect(parseLocaleNumber("   ", "en")).toBeNull();
    for (const bad of ["abc", "1.2.3,4,5", "12a", "1..2", "--1", "1,2,3"]) expect(parseLocaleNumber(bad, "vi")).toBeNaN();
  });

  it("keeps negative numbers, for the checks to judge", () => {
    expect(parseLocaleNumber("-5", "vi")).toBe(-5);
  });

  it("writes numbers back for editing in the reader's locale", () => {
    expect(formatForInput(67.5, "vi")).toBe("67,5");
    expect(formatForInput(1_420_000, "vi")).toBe("1420000");
    expect(formatForInput(67.5, "en")).toBe("67.5");
    expect(formatForInput(null, "vi")).toBe("");
  });

  it("reads minus zero as zero, so a rate made from it never shows as -0%", () => {
    expect(Object.is(parseLocaleNumber("-0", "vi"), 0)).toBe(true);
    expect(Object.is(parseLocaleNumber("-0,0", "vi"), 0)).toBe(true);
    expect(parseLocaleNumber("-2", "en")).toBe(-2);
  });
});
