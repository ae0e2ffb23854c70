import { describe, expect, it } from "vitest";
import { layoutTimeline, type TimelineBar } from "./timeline";

// 2025–2026: 730 days, so one day is 1/730 of the width.
const period = { startYear: 2025, endYear: 2026 };
const days = 730;
const item = (startOn: string | null, dueOn: string | null) => ({ startOn, dueOn });
const bar = (startOn: string | null, dueOn: string | null) => layoutTimeline(period, [item(startOn, dueOn)], [], "2025-06-01").rows[0].placement as TimelineBar;

describe("layoutTimeline", () => {
  it("puts a tick at the start of every year of the period, each as wide as its year", () => {
    const { years } = layoutTimeline({ startYear: 2027, endYear: 2029 }, [], [], "2027-01-01");
    expect(years.map((y) => y.year)).toEqual([2027, 2028, 2029]);
    expect(years[0].x).toBe(0);
    expect(years[1].x).toBeCloseTo(365 / 1096);
    // 2028 is a leap year.
    expect(years[1].width).toBeCloseTo(366 / 1096);
    expect(years.reduce((sum, y) => sum + y.width, 0)).toBeCloseTo(1);
  });

  it("draws a bar from the start day to the end of the due day", () => {
    expect(bar("2025-01-01", "2025-12-31")).toEqual({ placement: "bar", x: 0, width: 365 / days, startsBefore: false, endsAfter: false, missing: null });
    const second = bar("2026-01-01", "2026-12-31");
    expect(second.x).toBeCloseTo(0.5);
    expect(second.x + second.width).toBeCloseTo(1);
  });

  it("cuts bars at the edges of the period and says so", () => {
    const early = bar("2023-03-01", "2025-01-10");
    expect(early).toMatchObject({ x: 0, startsBefore: true, endsAfter: false });
    expect(early.width).toBeCloseTo(10 / days);
    const late = bar("2026-12-01", "2028-01-01");
    expect(late).toMatchObject({ startsBefore: false, endsAfter: true });
    expect(late.x + late.width).toBe(1);
    expect(bar("2020-01-01", "2031-01-01")).toMatchObject({ x: 0, width: 1, startsBefore: true, endsAfter: true });
  });

  it("flags items without dates, and those wholly before or after the period", () => {
    const { rows } = layoutTimeline(period, [item(null, null), item("2024-01-01", "2024-12-31"), item("2027-01-01", null), item("not a date", "2025-13-01")], [], "2025-06-01");
    expect(rows.map((r) => r.placement.placement)).toEqual(["undated", "before", "after", "undated"]);
  });

  it("gives an item with one date a one-day bar there, marked as missing the other", () => {
    expect(bar(null, "2025-01-02")).toMatchObject({ x: 1 / days, missing: "start" });
    expect(bar(null, "2025-01-02").width).toBeCloseTo(1 / days);
    expect(bar("2025-01-02", null)).toMatchObject({ x: 1 / days, missing: "due" });
  });

  it("places milestones and today in the middle of their day, and leaves out those outside the period", () => {
    const timeline = layoutTimeline(period, [], [{ dueOn: "2025-01-01" }, { dueOn: "2030-01-01" }], "2026-01-01");
    expect(timeline.milestones.map((m) => m.x)).toEqual([0.5 / days, null]);
    expect(timeline.today).toBeCloseTo(365.5 / days);
    expect(layoutTimeline(period, [], [], "2027-01-01").today).toBeNull();
    expect(layoutTimeline(period, [], [], "2024-12-31").today).toBeNull();
  });

  it("keeps the caller's items and milestones with their places, in order", () => {
    const items = [{ id: "a", startOn: "2025-01-01", dueOn: "2025-02-01" }, { id: "b", startOn: null, dueOn: null }];
    expect(layoutTimeline(period, items, [], "2025-01-01").rows.map((r) => r.item.id)).toEqual(["a", "b"]);
  });
});
