import { describe, expect, it } from "vitest";
import { definedBasis, readBasis, splitByBasis } from "./basis";
import { compareIndicators, type CityValue, type CityValues, type CompareIndicator } from "./compare";
import type { Basis } from "./basis";

const LF: CompareIndicator = {
  id: "LF",
  code: "LF",
  sectionPath: ["A"],
  type: "rate",
  direction: "higher",
  weight: 1,
  required: true,
  targets: [{ year: 2025, value: 0.7 }],
  unsetTargetYears: [2030],
};

const figure = (value: number, basis: Basis | null): CityValue => ({
  value,
  count: null,
  basis,
  origin: { kind: "reference", sourceTitle: "Báo", sourceUrl: null, noteVi: null, noteEn: null },
});
const city = (cityId: string, value?: CityValue): CityValues => ({ cityId, values: new Map(value ? [["LF", value]] : []) });

describe("basis of a figure", () => {
  it("reads a checklist rate as a share of all households, and anything unknown as the indicator's definition", () => {
    expect(definedBasis("rate")).toBe("share-of-households");
    expect(definedBasis("count")).toBeNull();
    expect(readBasis("share-of-registered-households", "rate")).toBe("share-of-registered-households");
    expect(readBasis("seed 001", "rate")).toBe("share-of-households");
  });

  it("splits figures into the ranked basis and the others, grouped by basis", () => {
    const split = splitByBasis("share-of-households", [
      { id: "hcmc", basis: "share-of-households" as const },
      { id: "hanoi", basis: "share-of-registered-households" as const },
      { id: "son-la", basis: "count-of-registered-models" as const },
    ]);
    expect(split.same.map((f) => f.id)).toEqual(["hcmc"]);
    expect(split.apart.map((g) => g.basis)).toEqual(["share-of-registered-households", "count-of-registered-models"]);
  });
});

describe("ranking by basis", () => {
  // The demo city's 68% of all households; Hồ Chí Minh City's 71.28% of all households; Hà Nội
  // association's 89.06% of registered households; Sơn La's 26,074 registered models.
  const own = city("demo", { ...figure(0.68, "share-of-households"), origin: { kind: "assessment", assessmentId: "a", status: "approved", sourceNote: null } });
  const peers = [
    city("hcmc", figure(0.7128, "share-of-households")),
    city("hanoi", figure(0.8906, "share-of-registered-households")),
    city("son-la", figure(26074, "count-of-registered-models")),
    city("vinh"),
  ];

  it("ranks the city only among figures of its own basis and shows the others apart", () => {
    const [c] = compareIndicators([LF], own, peers, 2024);
    // Against Hà Nội's 89.06% the city would be third of three; of its own basis it is second of two.
    expect(c.rank).toEqual({ position: 2, of: 2 });
    expect(c.percentile).toBe(0);
    expect(c.peerMedian).toBeCloseTo(0.7128);
    expect(c.peersWithValue).toBe(1);
    expect(c.peersOtherBasis).toBe(2);
    expect(c.peersMissing).toBe(1);
    expect(c.peers.map((p) => [p.cityId, p.ranked])).toEqual([
      ["hcmc", true],
      ["hanoi", false],
      ["son-la", false],
      ["vinh", false],
    ]);
    expect(c.unsetTargetYears).toEqual([2030]);
  });

  it("never sets a count of registered models against a rate's target", () => {
    const [c] = compareIndicators([LF], city("son-la", figure(26074, "count-of-registered-models")), [city("hcmc", figure(0.7128, "share-of-households"))], 2024);
    expect(c.toTarget).toBeNull();
    // Ranked among its own basis only: nobody else, so first of one, with no percentile.
    expect(c.rank).toEqual({ position: 1, of: 1 });
    expect(c.percentile).toBeNull();
    expect(c.peersOtherBasis).toBe(1);
  });

  it("ranks a city with no figure of its own over the indicator's definition", () => {
    const [c] = compareIndicators([LF], city("demo"), peers, 2024);
    expect(c.rankedBasis).toBe("share-of-households");
    expect(c.peerMedian).toBeCloseTo(0.7128);
    expect(c.rank).toBeNull();
  });
});
