import { describe, expect, it } from "vitest";
import { projectTo, yearOverYear } from "./projection";

describe("projectTo", () => {
  it("draws the line through two years of learning families and reads it in 2030", () => {
    const projection = projectTo([
      { year: 2023, value: 0.6 },
      { year: 2025, value: 0.66 },
    ]);
    expect(projection).not.toBeNull();
    expect(projection!.slopePerYear).toBeCloseTo(0.03);
    expect(projection!.value).toBeCloseTo(0.81);
    expect(projection!.fromYears).toEqual([2023, 2025]);
  });

  it("fits the least-squares line through four noisy years", () => {
    // Listed out of order. By hand: mean year 2023.5, mean value 0.535, covariance 0.11, variance 5,
    // so slope 0.022 and 0.535 + 0.022 * 6.5 = 0.678 in 2030. Joining the end points would give 0.713.
    const projection = projectTo(
      [
        { year: 2025, value: 0.58 },
        { year: 2022, value: 0.5 },
        { year: 2023, value: 0.54 },
        { year: 2024, value: 0.52 },
      ],
      2030,
    )!;
    expect(projection.slopePerYear).toBeCloseTo(0.022, 10);
    expect(projection.value).toBeCloseTo(0.678, 10);
    expect(projection.fromYears).toEqual([2022, 2025]);
  });

  it("projects to another year when asked", () => {
    const projection = projectTo(
      [
        { year: 2024, value: 100 },
        { year: 2025, value: 110 },
      ],
      2027,
    );
    expect(projection!.value).toBeCloseTo(130);
  });

  it("has no trend from a single year, even with several figures in it", () => {
    expect(projectTo([{ year: 2025, value: 0.7 }])).toBeNull();
    expect(
      projectTo([
        { year: 2025, value: 0.7 },
        { year: 2025, value: 0.72 },
      ]),
    ).toBeNull();
    expect(projectTo([])).toBeNull();
  });

  it("keeps a fast-rising rate at or below 100%", () => {
    const points = [
      { year: 2024, value: 0.8 },
      { year: 2025, value: 0.9 },
    ];
    expect(projectTo(points)!.value).toBeCloseTo(1.4);
    const bounded = projectTo(points, 2030, { min: 0, max: 1 })!;
    expect(bounded.value).toBe(1);
    expect(bounded.slopePerYear).toBeCloseTo(0.1);
  });

  it("keeps a falling dropout rate at or above 0%", () => {
    const points = [
      { year: 2024, value: 0.06 },
      { year: 2025, value: 0.04 },
    ];
    expect(projectTo(points, 2030, { min: 0, max: 1 })!.value).toBe(0);
  });

  it("skips points with a non-finite value", () => {
    const projection = projectTo([
      { year: 2023, value: 0.6 },
      { year: 2024, value: Number.NaN },
      { year: 2025, value: 0.66 },
    ]);
    expect(projection!.slopePerYear).toBeCloseTo(0.03);
  });
});

describe("yearOverYear", () => {
  it("is the change from last year", () => {
    expect(yearOverYear(0.74, 0.7).change).toBeCloseTo(0.04);
    expect(yearOverYear(120, 150).change).toBe(-30);
  });

  it("is null unless both years have a figure", () => {
    expect(yearOverYear(0.74, null).change).toBeNull();
    expect(yearOverYear(null, 0.7).change).toBeNull();
    expect(yearOverYear(null, null).change).toBeNull();
  });
});
