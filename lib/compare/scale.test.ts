import { describe, expect, it } from "vitest";
import { axisMax, niceCeil, ticks } from "./scale";

describe("niceCeil", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceCeil(0.3)).toBeCloseTo(0.5);
    expect(niceCeil(0.25)).toBeCloseTo(0.25);
    expect(niceCeil(7)).toBe(10);
    expect(niceCeil(1_420_000)).toBe(2_000_000);
    expect(niceCeil(2_100)).toBe(2_500);
    expect(niceCeil(100)).toBe(100);
  });

  it("gives 1 for nothing to show", () => {
    expect(niceCeil(0)).toBe(1);
    expect(niceCeil(-5)).toBe(1);
    expect(niceCeil(Number.NaN)).toBe(1);
  });
});

describe("axisMax", () => {
  it("runs a rate to 100%, or further for a figure beyond it", () => {
    expect(axisMax("rate", [0.67, 0.8])).toBe(1);
    expect(axisMax("rate", [])).toBe(1);
    expect(axisMax("rate", [1.3])).toBe(2);
  });

  it("runs a level to the top of its scale", () => {
    expect(axisMax("level", [1, 2], 4)).toBe(4);
    expect(axisMax("level", [3], null)).toBe(5);
  });

  it("runs counts to a round number above the largest", () => {
    expect(axisMax("count", [12, 48])).toBe(50);
    expect(axisMax("count", [])).toBe(1);
    expect(axisMax("boolean", [1, 0])).toBe(1);
  });
});

describe("ticks", () => {
  it("spaces gridlines evenly from zero", () => {
    expect(ticks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(ticks(4, 4)).toEqual([0, 1, 2, 3, 4]);
  });
});
