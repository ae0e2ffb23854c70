import { describe, expect, it } from "vitest";
import { attainment } from "./attainment";
import { applicableTargets, targetsFor, unsetTargetYears, type ScopedTarget } from "./target-scope";

// Learning families as shipped: national 2020 and 2025 targets (QĐ 281, QĐ 387) and Hà Nội's
// own 2030 plan (KH 291).
const targets: ScopedTarget[] = [
  { year: 2020, value: 0.7, cityId: null },
  { year: 2025, value: 0.7, cityId: null },
  { year: 2030, value: 0.8, cityId: "ha-noi" },
];

describe("target scope", () => {
  it("gives every city the national targets and never another city's plan", () => {
    expect(targetsFor(targets, "demo-city")).toEqual([
      { year: 2020, value: 0.7 },
      { year: 2025, value: 0.7 },
    ]);
    expect(targetsFor(targets, null)).toEqual(targetsFor(targets, "demo-city"));
    expect(unsetTargetYears(targets, "demo-city")).toEqual([2030]);
  });

  it("gives a city its own plan, labelled as its plan", () => {
    const forHanoi = applicableTargets(targets, "ha-noi");
    expect(forHanoi.map(({ target, scope }) => [target.year, scope.kind])).toEqual([
      [2020, "national"],
      [2025, "national"],
      [2030, "ownPlan"],
    ]);
    expect(unsetTargetYears(targets, "ha-noi")).toEqual([]);
  });

  it("lets a city's own plan govern its year over a national target, for that city only", () => {
    const withNational = [...targets, { year: 2030, value: 0.75, cityId: null }];
    expect(targetsFor(withNational, "ha-noi").at(-1)).toEqual({ year: 2030, value: 0.8 });
    expect(targetsFor(withNational, "demo-city").at(-1)).toEqual({ year: 2030, value: 0.75 });
    expect(unsetTargetYears(withNational, "demo-city")).toEqual([]);
  });

  it("scores a city against the target that applies to it", () => {
    const indicator = (cityId: string) => ({ id: "LF", sectionPath: ["A"], type: "rate" as const, direction: "higher" as const, weight: 1, required: true, targets: targetsFor(targets, cityId) });
    // In 2030, 76% misses Hà Nội's own 80% but meets the last national target (70% for 2025).
    expect(attainment(indicator("ha-noi"), 0.76, 2030)).toMatchObject({ status: "behind", target: { year: 2030, value: 0.8 } });
    expect(attainment(indicator("demo-city"), 0.76, 2030)).toMatchObject({ status: "met", target: { year: 2025, value: 0.7 } });
  });
});
