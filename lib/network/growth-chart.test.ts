import { describe, expect, it } from "vitest";
import { growthChart, niceStep } from "./growth-chart";
import { growthSeries } from "./stats";

const box = { width: 640, height: 300, left: 50, right: 20, top: 10, bottom: 30 };

describe("the growth chart", () => {
  it("picks round steps", () => {
    expect(niceStep(425)).toBe(100);
    expect(niceStep(91)).toBe(20);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(0)).toBe(1);
  });

  it("spans the plot from the first to the last date and from zero to a round top", () => {
    const chart = growthChart(
      growthSeries([
        { asOf: "2016-08", totalMembers: 115, countries: 28 },
        { asOf: "2025-12-04", totalMembers: 425, countries: 91 },
      ]),
      box,
    );
    const [first, last] = chart.points;
    expect(first.x).toBe(50);
    expect(last.x).toBe(620);
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(chart.yTicks[0].y).toBe(270);
    expect(chart.yTicks.at(-1)!.y).toBe(10);
    // 425 of 500 over a 260-unit plot, measured up from the bottom at 270.
    expect(last.members).toBeCloseTo(270 - 0.85 * 260);
    expect(last.countries).toBeGreaterThan(last.members);
    expect(chart.xTicks.map((t) => t.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(chart.xTicks.every((t) => t.x > 50 && t.x < 620)).toBe(true);
  });

  it("draws a single row in the middle, with its year on the axis", () => {
    const chart = growthChart(growthSeries([{ asOf: "2022", totalMembers: 294, countries: 76 }]), box);
    expect(chart.points[0].x).toBe(335);
    expect(chart.xTicks).toEqual([{ year: 2022, x: 335 }]);
  });

  it("has an axis but no points without rows", () => {
    const chart = growthChart([], box);
    expect(chart.points).toEqual([]);
    expect(chart.xTicks).toEqual([]);
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 1]);
  });
});
