import { describe, expect, it } from "vitest";
import { latestFigure, meetsTarget } from "./indicator-link";

describe("the figure shown beside a target", () => {
  it("is the latest approved one, even when a newer draft exists", () => {
    expect(
      latestFigure([
        { year: 2024, value: 0.71, approved: true },
        { year: 2025, value: 0.74, approved: true },
        { year: 2026, value: 0.78, approved: false },
      ]),
    ).toEqual({ year: 2025, value: 0.74, approved: true });
  });

  it("falls back to the latest entered one when nothing is approved", () => {
    expect(latestFigure([{ year: 2025, value: 0.7, approved: false }, { year: 2026, value: 0.72, approved: false }])).toEqual({ year: 2026, value: 0.72, approved: false });
  });

  it("skips answers without a value", () => {
    expect(latestFigure([{ year: 2026, value: null, approved: true }, { year: 2025, value: 0.7, approved: false }])).toEqual({ year: 2025, value: 0.7, approved: false });
    expect(latestFigure([])).toBeNull();
  });

  it("compares with the target in the indicator's direction", () => {
    expect(meetsTarget(0.8, 0.8, "higher")).toBe(true);
    expect(meetsTarget(0.7, 0.8, "higher")).toBe(false);
    expect(meetsTarget(0.1, 0.2, "lower")).toBe(true);
  });
});
