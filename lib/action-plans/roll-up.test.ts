import { describe, expect, it } from "vitest";
import { planProgress, progressRollsUp, rollUp, type RollUpItem } from "./roll-up";

const item = (id: string, parentId: string | null, over: Partial<RollUpItem> = {}): RollUpItem => ({
  id,
  parentId,
  kind: "task",
  status: "onTrack",
  progress: 0,
  weight: null,
  ...over,
});
const goal = (id: string, parentId: string | null = null, over: Partial<RollUpItem> = {}) => item(id, parentId, { kind: "goal", ...over });

describe("rolling progress up", () => {
  it("averages the children when none has a weight", () => {
    const result = rollUp([goal("g"), item("a", "g", { progress: 0 }), item("b", "g", { progress: 50 })]);
    expect(result.get("g")).toBe(25);
    expect(result.get("a")).toBe(0);
    expect(result.get("b")).toBe(50);
  });

  it("weights the children when any has a weight, counting a missing weight as 0", () => {
    const weighted = rollUp([goal("g"), item("a", "g", { progress: 100, weight: 3 }), item("b", "g", { progress: 0, weight: 1 })]);
    expect(weighted.get("g")).toBe(75);
    const oneMissing = rollUp([goal("g"), item("a", "g", { progress: 100, weight: 2 }), item("b", "g", { progress: 0 })]);
    expect(oneMissing.get("g")).toBe(100);
  });

  it("falls back to the average when every weight is 0", () => {
    const result = rollUp([goal("g"), item("a", "g", { progress: 80, weight: 0 }), item("b", "g", { progress: 20, weight: 0 })]);
    expect(result.get("g")).toBe(50);
  });

  it("leaves cancelled children out", () => {
    const result = rollUp([goal("g"), item("a", "g", { progress: 60 }), item("b", "g", { progress: 0, status: "cancelled" })]);
    expect(result.get("g")).toBe(60);
  });

  it("gives a goal without children, or with only cancelled ones, 0 whatever is stored on it", () => {
    expect(rollUp([goal("g", null, { progress: 70 })]).get("g")).toBe(0);
    expect(rollUp([goal("g"), item("a", "g", { progress: 90, status: "cancelled" })]).get("g")).toBe(0);
  });

  it("keeps a task's reported progress unless it has children of its own", () => {
    expect(rollUp([item("t", null, { progress: 40 })]).get("t")).toBe(40);
    const result = rollUp([item("t", null, { progress: 40 }), item("s1", "t", { progress: 100 }), item("s2", "t", { progress: 0 })]);
    expect(result.get("t")).toBe(50);
  });

  it("rolls up through any depth, rounding only at the end", () => {
    const items = [
      goal("g"),
      goal("g1", "g"),
      item("t1", "g1", { progress: 33 }),
      item("t2", "g1", { progress: 34 }),
      goal("g2", "g"),
      goal("g21", "g2"),
      item("t3", "g21", { progress: 100 }),
    ];
    const result = rollUp(items);
    expect(result.get("g1")).toBe(34); // 33.5 rounds up
    expect(result.get("g21")).toBe(100);
    expect(result.get("g2")).toBe(100);
    expect(result.get("g")).toBe(67); // (33.5 + 100) / 2 = 66.75
    const exact = rollUp([goal("g"), goal("h", "g"), item("a", "h", { progress: 1 }), item("b", "h", { progress: 2 }), item("c", "g", { progress: 1 })]);
    // h = 1.5 (shown as 2); g = (1.5 + 1) / 2 = 1.25 → 1, where rounded children would give 1.5 → 2.
    expect(exact.get("h")).toBe(2);
    expect(exact.get("g")).toBe(1);
  });

  it("does not depend on the order items come in", () => {
    const items = [item("t", "g1", { progress: 80 }), goal("g1", "g"), goal("g")];
    expect(rollUp(items).get("g")).toBe(80);
    expect(rollUp([...items].reverse()).get("g")).toBe(80);
  });

  it("survives a loop of parents instead of hanging", () => {
    const result = rollUp([goal("a", "b", { progress: 10 }), goal("b", "a", { progress: 30 })]);
    expect(result.has("a")).toBe(true);
    expect(result.has("b")).toBe(true);
  });

  it("clamps stored progress to 0–100", () => {
    expect(rollUp([item("t", null, { progress: 140 })]).get("t")).toBe(100);
    expect(rollUp([item("t", null, { progress: -5 })]).get("t")).toBe(0);
  });
});

describe("a plan's overall progress", () => {
  it("rolls its top-level items up by the same rule", () => {
    const items = [goal("g1"), item("a", "g1", { progress: 100 }), goal("g2"), item("b", "g2", { progress: 0 })];
    expect(planProgress(items)).toBe(50);
    expect(planProgress([...items.map((i) => (i.id === "g1" ? { ...i, weight: 3 } : i.id === "g2" ? { ...i, weight: 1 } : i))])).toBe(75);
  });

  it("is 0 for an empty plan", () => {
    expect(planProgress([])).toBe(0);
  });
});

describe("whose progress is reported", () => {
  it("is a task's without open children; a goal's always rolls up", () => {
    const items = [goal("g"), item("t", "g"), item("s", "t", { status: "cancelled" }), item("p", null), item("c", "p")];
    expect(progressRollsUp(items, items[0])).toBe(true);
    expect(progressRollsUp(items, items[1])).toBe(false);
    expect(progressRollsUp(items, items[3])).toBe(true);
  });
});
