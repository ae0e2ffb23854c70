import { describe, expect, it } from "vitest";
import { gaps, readiness, type ScoringAnswer, type ScoringIndicator } from "./score";

const indicator = (id: string, sectionPath: string[], overrides: Partial<ScoringIndicator> = {}): ScoringIndicator => ({
  id,
  sectionPath,
  type: "rate",
  direction: "higher",
  weight: 1,
  required: true,
  targets: [{ year: 2030, value: 0.8 }],
  ...overrides,
});

const answers = (values: Record<string, number | null>): ScoringAnswer[] =>
  Object.entries(values).map(([indicatorId, value]) => ({ indicatorId, value }));

describe("readiness", () => {
  it("leaves missing answers out of the score but shows them in the coverage", () => {
    const list = [indicator("learning-families", ["A"]), indicator("learning-clans", ["A"])];
    const halfFilled = readiness(list, answers({ "learning-families": 0.8 }), 2026);
    expect(halfFilled.overall.score).toBeCloseTo(1);
    expect(halfFilled.overall.coverage).toBeCloseTo(0.5);
    expect(halfFilled.overall.answered).toBe(1);
    expect(halfFilled.overall.requiredMissing).toBe(1);
    expect(halfFilled.overall.counts.noData).toBe(1);
    expect(halfFilled.overall.counts.met).toBe(1);
  });

  it("treats an answer given as null like no answer", () => {
    const result = readiness([indicator("learning-families", ["A"])], answers({ "learning-families": null }), 2026);
    expect(result.overall).toMatchObject({ score: null, coverage: 0, answered: 0, requiredMissing: 1 });
  });

  it("weights the mean by indicator weight", () => {
    const list = [indicator("heavy", ["A"], { weight: 3 }), indicator("light", ["A"], { weight: 1 })];
    // heavy: 0.4 / 0.8 = 0.5; light: met, 1. (3 * 0.5 + 1 * 1) / 4 = 0.625.
    const result = readiness(list, answers({ heavy: 0.4, light: 0.9 }), 2026);
    expect(result.overall.score).toBeCloseTo(0.625);
  });

  it("lets an indicator of weight 0 move neither score nor coverage, while still counting it", () => {
    const list = [indicator("counted", ["A"]), indicator("weightless", ["A"], { weight: 0 })];
    const answeredWeightless = readiness(list, answers({ counted: 0.8, weightless: 0 }), 2026);
    expect(answeredWeightless.overall.score).toBeCloseTo(1);
    expect(answeredWeightless.overall.coverage).toBeCloseTo(1);
    expect(answeredWeightless.overall.counts.behind).toBe(1);
    expect(answeredWeightless.overall.total).toBe(2);
    const unansweredWeightless = readiness(list, answers({ counted: 0.8 }), 2026);
    expect(unansweredWeightless.overall.coverage).toBeCloseTo(1);
    expect(unansweredWeightless.overall.requiredMissing).toBe(1);
  });

  it("has no score and no coverage when nothing is scored", () => {
    const list = [indicator("story", ["A"], { type: "text" }), indicator("weightless", ["A"], { weight: 0 })];
    const result = readiness(list, answers({ story: 1 }), 2026);
    expect(result.overall.score).toBeNull();
    expect(result.overall.coverage).toBeNull();
    expect(result.overall.answered).toBe(1);
    expect(result.overall.counts.notScored).toBe(1);
  });

  it("counts unscored answers towards completeness only", () => {
    const list = [indicator("learning-families", ["A"]), indicator("plan-document", ["A"], { type: "evidence", required: true })];
    const result = readiness(list, answers({ "learning-families": 0.4 }), 2026);
    expect(result.overall.total).toBe(2);
    expect(result.overall.answered).toBe(1);
    expect(result.overall.requiredMissing).toBe(1);
    expect(result.overall.coverage).toBeCloseTo(1);
    expect(result.overall.score).toBeCloseTo(0.5);
  });

  it("does not count a missing optional answer as required", () => {
    const result = readiness([indicator("optional", ["A"], { required: false })], [], 2026);
    expect(result.overall.requiredMissing).toBe(0);
    expect(result.overall.counts.noData).toBe(1);
  });

  it("leaves an optional indicator of extra information out of answered and total, but still scores it", () => {
    const list = [
      indicator("learning-families", ["A"]),
      indicator("extra-notes", ["A"], { type: "text", required: false, countsTowardsCompleteness: false }),
      indicator("clubs", ["A"], { required: false, countsTowardsCompleteness: false }),
      // A required indicator always counts, whatever the flag says.
      indicator("plan", ["A"], { type: "evidence", countsTowardsCompleteness: false }),
    ];
    const result = readiness(list, answers({ "learning-families": 0.4, clubs: 0.8 }), 2026);
    expect(result.overall).toMatchObject({ total: 2, answered: 1, requiredMissing: 1 });
    expect(result.sections.get("A")).toMatchObject({ total: 2, answered: 1 });
    // The rate still moves the score: (0.5 + 1) / 2.
    expect(result.overall.score).toBeCloseTo(0.75);
    expect(result.overall.counts.met).toBe(1);
  });

  it("scores each section over its whole subtree, by indicator weight", () => {
    const list = [
      indicator("a1", ["A"], { weight: 1 }),
      indicator("a-b1", ["A", "B"], { weight: 2 }),
      indicator("a-b2", ["A", "B"], { weight: 1 }),
      indicator("a-c-d1", ["A", "C", "D"], { weight: 4 }),
      indicator("e1", ["E"], { weight: 1 }),
    ];
    // Scores: a1 1, a-b1 0.5, a-b2 0.25, a-c-d1 0.75, e1 unanswered.
    const result = readiness(list, answers({ a1: 0.8, "a-b1": 0.4, "a-b2": 0.2, "a-c-d1": 0.6 }), 2026);
    expect([...result.sections.keys()].sort()).toEqual(["A", "A/B", "A/C", "A/C/D", "E"]);
    expect(result.sections.get("A/B")!.score).toBeCloseTo((2 * 0.5 + 0.25) / 3);
    expect(result.sections.get("A/C")!.score).toBeCloseTo(0.75);
    expect(result.sections.get("A/C/D")!.score).toBeCloseTo(0.75);
    // Not the mean of the parts (1, 0.4167, 0.75), but of every indicator below A by weight.
    expect(result.sections.get("A")!.score).toBeCloseTo((1 + 2 * 0.5 + 0.25 + 4 * 0.75) / 8);
    expect(result.sections.get("A")!.total).toBe(4);
    expect(result.sections.get("E")).toMatchObject({ score: null, coverage: 0, total: 1, requiredMissing: 1 });
    expect(result.overall.total).toBe(5);
    expect(result.overall.coverage).toBeCloseTo(8 / 9);
  });

  it("keeps the same section code under different parents apart", () => {
    const list = [indicator("x", ["A", "S"]), indicator("y", ["B", "S"])];
    const result = readiness(list, answers({ x: 0.8, y: 0.4 }), 2026);
    expect(result.sections.get("A/S")!.score).toBeCloseTo(1);
    expect(result.sections.get("B/S")!.score).toBeCloseTo(0.5);
    expect(result.sections.has("S")).toBe(false);
  });

  it("gives every indicator its attainment, and ignores answers to unknown indicators", () => {
    const result = readiness([indicator("learning-families", ["A"])], answers({ "learning-families": 0.75, stray: 1 }), 2027);
    expect(result.indicators.get("learning-families")).toMatchObject({ status: "behind" });
    expect(result.indicators.has("stray")).toBe(false);
    expect(result.overall.answered).toBe(1);
  });
});

describe("gaps", () => {
  const list = [
    indicator("optional-missing", ["A"], { required: false }),
    indicator("small-behind", ["A"], { weight: 1 }),
    indicator("met", ["A"]),
    indicator("required-missing", ["A"]),
    indicator("big-behind", ["A"], { weight: 3 }),
    indicator("story", ["A"], { type: "text" }),
    indicator("tie-behind", ["A"], { weight: 1 }),
    indicator("second-required-missing", ["B"]),
  ];
  const result = readiness(list, answers({ "small-behind": 0.4, met: 0.9, "big-behind": 0.6, "tie-behind": 0.4 }), 2026);

  it("lists behind by weighted shortfall, then required and optional missing answers, ties in framework order", () => {
    expect(gaps(list, result).map((g) => g.indicatorId)).toEqual([
      "big-behind",
      "small-behind",
      "tie-behind",
      "required-missing",
      "second-required-missing",
      "optional-missing",
    ]);
  });

  it("reports the weighted shortfall of what is behind, and none for what is unknown", () => {
    const list_ = gaps(list, result);
    // big-behind: 3 * (1 - 0.75) = 0.75; small-behind: 1 * (1 - 0.5) = 0.5.
    expect(list_[0]).toMatchObject({ indicatorId: "big-behind", status: "behind" });
    expect(list_[0].shortfall).toBeCloseTo(0.75);
    expect(list_[0].score).toBeCloseTo(0.75);
    expect(list_[1].shortfall).toBeCloseTo(0.5);
    expect(list_[3]).toEqual({ indicatorId: "required-missing", status: "noData", score: null, shortfall: null });
  });

  it("leaves out what is met, on track or not scored", () => {
    const onTrack = indicator("happy-schools", ["A"], { targets: [{ year: 2025, value: 0.7 }, { year: 2030, value: 0.8 }] });
    const all = [...list, onTrack];
    const ids = gaps(all, readiness(all, answers({ "happy-schools": 0.75, met: 0.9 }), 2027)).map((g) => g.indicatorId);
    expect(ids).not.toContain("happy-schools");
    expect(ids).not.toContain("met");
    expect(ids).not.toContain("story");
  });
});
