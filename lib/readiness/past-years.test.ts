import { describe, expect, it } from "vitest";
import { approvedLastYear, rateTrend, trendPoints, type PastYear } from "./past-years";

const history: PastYear[] = [
  { year: 2021, status: "approved", values: { LF: 0.4 } },
  { year: 2022, status: "returned", values: { LF: 0.9 } },
  { year: 2023, status: "approved", values: { LF: 0.5 } },
  { year: 2024, status: "draft", values: { LF: 0.99 } },
  { year: 2026, status: "approved", values: { LF: 0.1 } },
];

describe("the years a checklist is compared with", () => {
  it("compares with last year only once it is approved", () => {
    expect(approvedLastYear(history, 2025)).toBeNull();
    expect(approvedLastYear(history, 2024)?.year).toBe(2023);
    expect(approvedLastYear([...history, { year: 2024, status: "approved", values: { LF: 0.6 } }], 2025)?.values.LF).toBe(0.6);
  });

  it("does not reach back past a missing year", () => {
    expect(approvedLastYear(history, 2023)).toBeNull();
  });

  it("draws the trend through approved earlier years and this year, never drafts or later years", () => {
    expect(trendPoints(history, 2025, "LF", 0.55)).toEqual([
      { year: 2021, value: 0.4 },
      { year: 2023, value: 0.5 },
      { year: 2025, value: 0.55 },
    ]);
    expect(trendPoints(history, 2025, "LF", null)).toEqual([
      { year: 2021, value: 0.4 },
      { year: 2023, value: 0.5 },
    ]);
    expect(trendPoints(history, 2025, "HS", 0.3)).toEqual([{ year: 2025, value: 0.3 }]);
  });

  it("projects a rate to 2030 from the same years, and not from one year alone", () => {
    // 0.4 in 2021, 0.5 in 2023, 0.6 in 2025: five points a year, 0.85 in 2030.
    expect(rateTrend(history, 2025, "LF", 0.6)?.value).toBeCloseTo(0.85, 10);
    expect(rateTrend(history, 2025, "LF", 0.6)?.fromYears).toEqual([2021, 2025]);
    // The unapproved 0.99 of 2024 would have pulled the line up; it is left out.
    expect(rateTrend(history, 2025, "HS", 0.3)).toBeNull();
  });
});
