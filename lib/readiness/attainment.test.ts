import { describe, expect, expectTypeOf, it } from "vitest";
import type { IndicatorType as FrameworkIndicatorType } from "../frameworks/framework-file";
import { attainment, distanceToTarget, expectedValue, governingTarget, rateOf, type IndicatorType, type ScoringIndicator } from "./attainment";

const indicator = (overrides: Partial<ScoringIndicator>): ScoringIndicator => ({
  id: "i1",
  sectionPath: ["A"],
  type: "rate",
  direction: "higher",
  weight: 1,
  required: true,
  targets: [],
  ...overrides,
});

// Learning-family rate: 70% by 2025, 80% by 2030.
const learningFamilies = indicator({
  id: "learning-families",
  targets: [
    { year: 2030, value: 0.8 },
    { year: 2025, value: 0.7 },
  ],
});

describe("vocabulary", () => {
  it("uses the framework file's indicator types", () => {
    expectTypeOf<IndicatorType>().toEqualTypeOf<FrameworkIndicatorType>();
  });
});

describe("rateOf", () => {
  it("divides the numerator by the denominator", () => {
    expect(rateOf(350, 500)).toBeCloseTo(0.7);
    expect(rateOf(0, 500)).toBe(0);
  });

  it("gives no rate for a zero or negative denominator", () => {
    expect(rateOf(12, 0)).toBeNull();
    expect(rateOf(0, 0)).toBeNull();
    expect(rateOf(12, -40)).toBeNull();
  });

  it("gives no rate when either count is missing or not finite", () => {
    expect(rateOf(null, 100)).toBeNull();
    expect(rateOf(10, null)).toBeNull();
    expect(rateOf(undefined, 100)).toBeNull();
    expect(rateOf(Number.NaN, 100)).toBeNull();
    expect(rateOf(10, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("does not hide a rate above 100%", () => {
    expect(rateOf(120, 100)).toBeCloseTo(1.2);
  });
});

describe("governingTarget", () => {
  const targets = [
    { year: 2030, value: 0.8 },
    { year: 2025, value: 0.7 },
  ];

  it("takes the next target still ahead, whatever the order they are listed in", () => {
    expect(governingTarget(targets, 2023)).toEqual({ year: 2025, value: 0.7 });
    expect(governingTarget(targets, 2027)).toEqual({ year: 2030, value: 0.8 });
  });

  it("takes the target due this very year", () => {
    expect(governingTarget(targets, 2025)).toEqual({ year: 2025, value: 0.7 });
  });

  it("holds a city past the last target year to that last target", () => {
    expect(governingTarget(targets, 2032)).toEqual({ year: 2030, value: 0.8 });
  });

  it("is null with no targets", () => {
    expect(governingTarget([], 2026)).toBeNull();
  });
});

describe("expectedValue", () => {
  it("draws the line from the previous target to the governing one", () => {
    expect(expectedValue(learningFamilies.targets, { year: 2030, value: 0.8 }, 2027)).toBeCloseTo(0.74);
    expect(expectedValue(learningFamilies.targets, { year: 2030, value: 0.8 }, 2026)).toBeCloseTo(0.72);
  });

  it("expects the target itself with no previous target, or from its year on", () => {
    expect(expectedValue([{ year: 2030, value: 0.8 }], { year: 2030, value: 0.8 }, 2026)).toBe(0.8);
    expect(expectedValue(learningFamilies.targets, { year: 2030, value: 0.8 }, 2031)).toBe(0.8);
  });

  it("never asks for more than either end of the line", () => {
    // Before the previous target year the line would fall below its start; it stays at the start.
    expect(expectedValue(learningFamilies.targets, { year: 2030, value: 0.8 }, 2020)).toBeCloseTo(0.7);
  });
});

describe("attainment of a rate with targets", () => {
  it("reads 2027 on the line from 70% in 2025 to 80% in 2030: 74% expected", () => {
    const onTrack = attainment(learningFamilies, 0.75, 2027);
    expect(onTrack.status).toBe("onTrack");
    expect(onTrack.expected).toBeCloseTo(0.74);
    expect(onTrack.target).toEqual({ year: 2030, value: 0.8 });
    expect(onTrack.score).toBeCloseTo(0.75 / 0.8);
    expect(attainment(learningFamilies, 0.72, 2027).status).toBe("behind");
    expect(attainment(learningFamilies, 0.81, 2027)).toMatchObject({ status: "met", score: 1 });
  });

  it("counts a figure exactly on the line as on track despite float rounding", () => {
    expect(attainment(learningFamilies, 0.74, 2027).status).toBe("onTrack");
    // 0.6 + (0.9 - 0.6) * 4 / 5 is 0.8400000000000001 in floating point.
    const libraries = indicator({ targets: [{ year: 2025, value: 0.6 }, { year: 2030, value: 0.9 }] });
    expect(attainment(libraries, 0.84, 2029).status).toBe("onTrack");
    expect(attainment(libraries, 0.839, 2029).status).toBe("behind");
    // Met within rounding is met in full, not 99.99999999%.
    expect(attainment(learningFamilies, 0.8 - 1e-12, 2027)).toMatchObject({ status: "met", score: 1 });
  });

  it("judges the first target year against the target itself", () => {
    expect(attainment(learningFamilies, 0.69, 2024)).toMatchObject({ status: "behind", expected: 0.7, target: { year: 2025, value: 0.7 } });
    expect(attainment(learningFamilies, 0.7, 2024).status).toBe("met");
  });

  it("holds a city past 2030 to the 2030 target, with no more time to be merely on track", () => {
    const late = attainment(learningFamilies, 0.78, 2031);
    expect(late.status).toBe("behind");
    expect(late.expected).toBe(0.8);
    expect(late.score).toBeCloseTo(0.78 / 0.8);
  });

  it("scores a happy-school share at zero when none are reported", () => {
    const happySchools = indicator({ id: "happy-schools", targets: [{ year: 2030, value: 0.5 }] });
    expect(attainment(happySchools, 0, 2026)).toMatchObject({ status: "behind", score: 0 });
  });
});

describe("attainment of a lower-is-better rate (dropout)", () => {
  const dropout = indicator({
    id: "dropout",
    direction: "lower",
    targets: [
      { year: 2025, value: 0.05 },
      { year: 2030, value: 0.02 },
    ],
  });

  it("meets the target at or below it", () => {
    expect(attainment(dropout, 0.02, 2027)).toMatchObject({ status: "met", score: 1 });
    expect(attainment(dropout, 0.015, 2027).status).toBe("met");
  });

  it("is on track below the falling line and behind above it", () => {
    // Expected in 2027: 0.05 - 0.03 * 2/5 = 0.038.
    const onTrack = attainment(dropout, 0.035, 2027);
    expect(onTrack.expected).toBeCloseTo(0.038);
    expect(onTrack.status).toBe("onTrack");
    expect(onTrack.score).toBeCloseTo(0.02 / 0.035);
    expect(attainment(dropout, 0.04, 2027).status).toBe("behind");
  });

  it("scores a value of zero or below in full when lower is better, even short of a negative target", () => {
    // A budget balance to bring down to a 5-point deficit: a balanced budget is behind the target
    // but cannot be divided into it.
    const deficit = indicator({ type: "number", direction: "lower", targets: [{ year: 2030, value: -5 }] });
    expect(attainment(deficit, 0, 2026)).toMatchObject({ status: "behind", score: 1 });
    expect(attainment(deficit, -6, 2026)).toMatchObject({ status: "met", score: 1 });
  });

  it("scores a zero dropout rate in full", () => {
    const zeroTarget = indicator({ direction: "lower", targets: [{ year: 2030, value: 0 }] });
    expect(attainment(zeroTarget, 0, 2026)).toMatchObject({ status: "met", score: 1 });
    expect(attainment(zeroTarget, 0.01, 2026)).toMatchObject({ status: "behind", score: 0 });
  });
});

describe("attainment of counts and numbers", () => {
  it("does not score a count with no target", () => {
    const centres = indicator({ type: "count", targets: [] });
    expect(attainment(centres, 42, 2026)).toEqual({ status: "notScored", score: null, target: null, expected: null });
  });

  it("scores a count as the share of its target", () => {
    const centres = indicator({ type: "count", targets: [{ year: 2030, value: 200 }] });
    expect(attainment(centres, 150, 2026)).toMatchObject({ status: "behind", score: 0.75, expected: 200 });
    expect(attainment(centres, 260, 2026)).toMatchObject({ status: "met", score: 1 });
  });

  it("scores any value in full against a target of zero or below, though status still follows the target", () => {
    const net = indicator({ type: "number", targets: [{ year: 2030, value: 0 }] });
    expect(attainment(net, -3, 2026)).toMatchObject({ status: "behind", score: 1 });
    expect(attainment(net, 0, 2026)).toMatchObject({ status: "met", score: 1 });
  });
});

describe("attainment of answers that are not measured", () => {
  it("does not score text, dates or evidence, even when answered", () => {
    for (const type of ["text", "date", "evidence"] as const) {
      expect(attainment(indicator({ type, targets: [{ year: 2030, value: 1 }] }), 1, 2026).status).toBe("notScored");
    }
  });

  it("does not score a rate with no target", () => {
    expect(attainment(indicator({ targets: [] }), 0.6, 2026).status).toBe("notScored");
  });
});

describe("missing answers", () => {
  it("marks a scored indicator without an answer as no data, keeping its target for display", () => {
    const missing = attainment(learningFamilies, null, 2027);
    expect(missing.status).toBe("noData");
    expect(missing.score).toBeNull();
    expect(missing.target).toEqual({ year: 2030, value: 0.8 });
    expect(missing.expected).toBeCloseTo(0.74);
  });

  it("treats a non-finite value as no answer", () => {
    expect(attainment(learningFamilies, Number.NaN, 2027).status).toBe("noData");
  });
});

describe("attainment of levels", () => {
  const selfRating = indicator({ type: "level", topLevel: 4, targets: [] });

  it("reads 3 of 4 as 0.75, which is met by default with no target", () => {
    expect(attainment(selfRating, 3, 2026)).toEqual({ status: "met", score: 0.75, target: null, expected: null });
  });

  it("reads the default bands: half way is on track, below is behind", () => {
    expect(attainment(selfRating, 2, 2026)).toMatchObject({ status: "onTrack", score: 0.5 });
    expect(attainment(selfRating, 1, 2026)).toMatchObject({ status: "behind", score: 0.25 });
  });

  it("clamps a value outside the scale", () => {
    expect(attainment(selfRating, 6, 2026).score).toBe(1);
    expect(attainment(selfRating, -1, 2026).score).toBe(0);
  });

  it("judges against a target when there is one, keeping the score on the scale", () => {
    const targeted = indicator({ type: "level", topLevel: 4, targets: [{ year: 2030, value: 4 }] });
    expect(attainment(targeted, 3, 2026)).toMatchObject({ status: "behind", score: 0.75, expected: 4 });
    const reachable = indicator({ type: "level", topLevel: 4, targets: [{ year: 2030, value: 2 }] });
    expect(attainment(reachable, 2, 2026)).toMatchObject({ status: "met", score: 0.5 });
  });

  it("mirrors a lower-is-better level so a better answer never scores lower", () => {
    const risk = indicator({ type: "level", direction: "lower", topLevel: 4, targets: [] });
    expect(attainment(risk, 1, 2026)).toMatchObject({ status: "met", score: 0.75 });
    expect(attainment(risk, 4, 2026)).toMatchObject({ status: "behind", score: 0 });
  });

  it("does not score a level whose scale has no top", () => {
    expect(attainment(indicator({ type: "level", topLevel: null }), 3, 2026).status).toBe("notScored");
    expect(attainment(indicator({ type: "level", topLevel: 0 }), 3, 2026).status).toBe("notScored");
  });
});

describe("attainment of yes/no answers", () => {
  it("meets a higher-is-better yes and falls behind on a no", () => {
    const plan = indicator({ type: "boolean" });
    expect(attainment(plan, 1, 2026)).toMatchObject({ status: "met", score: 1 });
    expect(attainment(plan, 0, 2026)).toMatchObject({ status: "behind", score: 0 });
  });

  it("reverses for a lower-is-better yes/no", () => {
    const overdue = indicator({ type: "boolean", direction: "lower" });
    expect(attainment(overdue, 0, 2026)).toMatchObject({ status: "met", score: 1 });
    expect(attainment(overdue, 1, 2026)).toMatchObject({ status: "behind", score: 0 });
  });

  it("is no data without an answer", () => {
    expect(attainment(indicator({ type: "boolean" }), null, 2026)).toMatchObject({ status: "noData", score: null });
  });
});

describe("distanceToTarget", () => {
  const at = (ind: ScoringIndicator, answer: number | null, year: number) => distanceToTarget(ind, attainment(ind, answer, year), answer);

  it("says how far a rate is from its target, in the target's unit, until it is met", () => {
    // 67% in 2025 against 70%: 3 percentage points to go.
    expect(at(learningFamilies, 0.67, 2025)).toBeCloseTo(0.03, 12);
    expect(at(learningFamilies, 0.7, 2025)).toBeNull();
    expect(at(learningFamilies, 0.75, 2025)).toBeNull();
    // On track in 2027 (past the 2025 line towards 80% in 2030) is still short of the 2030 target.
    expect(attainment(learningFamilies, 0.74, 2027).status).toBe("onTrack");
    expect(at(learningFamilies, 0.74, 2027)).toBeCloseTo(0.06, 12);
  });

  it("counts the other way when lower is better", () => {
    const dropout = indicator({ direction: "lower", targets: [{ year: 2025, value: 0.02 }] });
    expect(at(dropout, 0.05, 2025)).toBeCloseTo(0.03, 12);
    expect(at(dropout, 0.01, 2025)).toBeNull();
  });

  it("has nothing to say without a target, an answer, or for a yes/no", () => {
    expect(at(indicator({ type: "count" }), 12, 2025)).toBeNull();
    expect(at(learningFamilies, null, 2025)).toBeNull();
    expect(at(indicator({ type: "boolean", targets: [{ year: 2025, value: 1 }] }), 0, 2025)).toBeNull();
  });
});
