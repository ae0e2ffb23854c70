import { describe, expect, it } from "vitest";
import {
  areaDepth,
  compareAreas,
  compareIndicators,
  finalTarget,
  isComparable,
  median,
  percentile,
  preferAssessed,
  rankAmong,
  type CityValue,
  type CityValues,
  type CompareIndicator,
} from "./compare";

const indicator = (overrides: Partial<CompareIndicator>): CompareIndicator => ({
  id: "LF",
  code: "LF",
  sectionPath: ["A"],
  type: "rate",
  direction: "higher",
  weight: 1,
  required: true,
  targets: [
    { year: 2020, value: 0.7 },
    { year: 2025, value: 0.7 },
    { year: 2030, value: 0.8 },
  ],
  ...overrides,
});

const assessed = (value: number, status = "approved"): CityValue => ({ value, count: null, basis: null, origin: { kind: "assessment", assessmentId: "a", status, sourceNote: null } });
const published = (value: number): CityValue => ({
  value,
  count: 1_420_000,
  basis: "share-of-households",
  origin: { kind: "reference", sourceTitle: "VnExpress", sourceUrl: "https://vnexpress.net", noteVi: null, noteEn: null },
});
const city = (cityId: string, values: Record<string, CityValue>): CityValues => ({ cityId, values: new Map(Object.entries(values)) });

describe("rankAmong", () => {
  it("puts the best figure first, higher being better", () => {
    expect(rankAmong("higher", 0.67, [0.5, 0.6])).toEqual({ position: 1, of: 3 });
    expect(rankAmong("higher", 0.55, [0.5, 0.6])).toEqual({ position: 2, of: 3 });
    expect(rankAmong("higher", 0.4, [0.5, 0.6])).toEqual({ position: 3, of: 3 });
  });

  it("reverses for lower-is-better indicators", () => {
    expect(rankAmong("lower", 0.4, [0.5, 0.6])).toEqual({ position: 1, of: 3 });
    expect(rankAmong("lower", 0.7, [0.5, 0.6])).toEqual({ position: 3, of: 3 });
  });

  it("gives ties the same rank, and the next one down skips the shared places", () => {
    expect(rankAmong("higher", 0.6, [0.6, 0.7, 0.6])).toEqual({ position: 2, of: 4 });
    expect(rankAmong("higher", 0.5, [0.6, 0.6])).toEqual({ position: 3, of: 3 });
  });

  it("treats figures equal up to float rounding as a tie", () => {
    expect(rankAmong("higher", 0.7, [0.1 * 7])).toEqual({ position: 1, of: 2 });
  });

  it("ranks a city alone first of one", () => {
    expect(rankAmong("higher", 0.1, [])).toEqual({ position: 1, of: 1 });
  });
});

describe("percentile", () => {
  it("is the share of peers the city equals or outdoes", () => {
    expect(percentile("higher", 0.6, [0.5, 0.7])).toBe(50);
    expect(percentile("higher", 0.8, [0.5, 0.7])).toBe(100);
    expect(percentile("higher", 0.4, [0.5, 0.7])).toBe(0);
  });

  it("counts ties in the city's favour", () => {
    expect(percentile("higher", 0.6, [0.6])).toBe(100);
    expect(percentile("higher", 0.6, [0.6, 0.6, 0.7, 0.8])).toBe(50);
  });

  it("follows the direction", () => {
    expect(percentile("lower", 0.4, [0.5, 0.7, 0.3])).toBeCloseTo(200 / 3);
  });

  it("has no meaning without peer figures", () => {
    expect(percentile("higher", 0.6, [])).toBeNull();
  });
});

describe("median and final target", () => {
  it("takes the middle figure or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([3])).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("finds the last target whatever the order", () => {
    expect(finalTarget([{ year: 2030, value: 0.8 }, { year: 2025, value: 0.7 }])).toEqual({ year: 2030, value: 0.8 });
    expect(finalTarget([])).toBeNull();
  });
});

describe("compareIndicators", () => {
  const demo = city("demo", { LF: assessed(0.67, "draft") });
  const hanoi = city("ha-noi", { LF: published(0.67) });
  const vinh = city("vinh", { LF: assessed(0.72) });
  const sonLa = city("son-la", {});

  it("sets the own figure beside each peer's, keeping every peer in the order given", () => {
    const [row] = compareIndicators([indicator({})], demo, [hanoi, vinh, sonLa], 2025);
    expect(row.own?.origin).toMatchObject({ kind: "assessment", status: "draft" });
    expect(row.peers.map((p) => [p.cityId, p.value?.value ?? null])).toEqual([
      ["ha-noi", 0.67],
      ["vinh", 0.72],
      ["son-la", null],
    ]);
    expect(row.peers[0].value?.origin).toMatchObject({ kind: "reference", sourceTitle: "VnExpress" });
  });

  it("measures the distance to the year's target and to the last one", () => {
    const [row] = compareIndicators([indicator({})], demo, [], 2025);
    expect(row.target).toEqual({ year: 2025, value: 0.7 });
    expect(row.finalTarget).toEqual({ year: 2030, value: 0.8 });
    expect(row.toTarget?.difference).toBeCloseTo(-0.03);
    expect(row.toTarget?.met).toBe(false);
    expect(row.toFinalTarget?.difference).toBeCloseTo(-0.13);
  });

  it("takes the nearest target at or after the year, and the last one once past it", () => {
    expect(compareIndicators([indicator({})], demo, [], 2022)[0].target).toEqual({ year: 2025, value: 0.7 });
    expect(compareIndicators([indicator({})], demo, [], 2030)[0].target).toEqual({ year: 2030, value: 0.8 });
    expect(compareIndicators([indicator({})], demo, [], 2032)[0].target).toEqual({ year: 2030, value: 0.8 });
  });

  it("marks a target met, in the indicator's direction", () => {
    const [row] = compareIndicators([indicator({ direction: "lower", targets: [{ year: 2025, value: 0.7 }] })], demo, [], 2025);
    expect(row.toTarget).toMatchObject({ met: true });
  });

  it("ranks among the peers with a figure and counts the others as missing", () => {
    const [row] = compareIndicators([indicator({})], demo, [hanoi, vinh, sonLa], 2025);
    expect(row.rank).toEqual({ position: 2, of: 3 });
    expect(row.percentile).toBe(50);
    expect(row.peersWithValue).toBe(2);
    expect(row.peersMissing).toBe(1);
    expect(row.peerMedian).toBeCloseTo(0.695);
  });

  it("gives no rank, percentile or distance without an own figure, but still the peers' median", () => {
    const [row] = compareIndicators([indicator({})], city("demo", {}), [hanoi, vinh], 2025);
    expect(row.own).toBeNull();
    expect(row.rank).toBeNull();
    expect(row.percentile).toBeNull();
    expect(row.toTarget).toBeNull();
    expect(row.target).toEqual({ year: 2025, value: 0.7 });
    expect(row.peerMedian).toBeCloseTo(0.695);
  });

  it("ranks a city first of one with no percentile when no peer has a figure", () => {
    const [row] = compareIndicators([indicator({})], demo, [sonLa], 2025);
    expect(row.rank).toEqual({ position: 1, of: 1 });
    expect(row.percentile).toBeNull();
    expect(row.peerMedian).toBeNull();
  });

  it("ignores a figure that is not a number", () => {
    const [row] = compareIndicators([indicator({})], city("demo", { LF: assessed(Number.NaN) }), [hanoi], 2025);
    expect(row.own).toBeNull();
  });

  it("leaves out text, dates and evidence, and has no target without targets", () => {
    const rows = compareIndicators(
      [indicator({ id: "T", type: "text", targets: [] }), indicator({ id: "HS", type: "count", targets: [] }), indicator({ id: "D", type: "date", targets: [] })],
      city("demo", { HS: assessed(12) }),
      [city("vinh", { HS: assessed(20) })],
      2025,
    );
    expect(rows.map((r) => r.indicatorId)).toEqual(["HS"]);
    expect(rows[0]).toMatchObject({ target: null, finalTarget: null, toTarget: null, rank: { position: 2, of: 2 }, percentile: 0 });
  });

  it("is comparable only for types with a rankable figure", () => {
    expect(["rate", "count", "number", "level", "boolean"].every((type) => isComparable({ type }))).toBe(true);
    expect(["text", "date", "evidence", "unknown"].some((type) => isComparable({ type }))).toBe(false);
  });
});

describe("compareAreas", () => {
  // Two areas of focus under one area, as in the UNESCO key features, levels 0–4 without targets.
  const level = (id: string, path: string[]) => indicator({ id, code: id, type: "level", sectionPath: path, targets: [], topLevel: 4 });
  const indicators = [level("1.1.1", ["1", "1.1"]), level("1.1.2", ["1", "1.1"]), level("1.2.1", ["1", "1.2"]), level("2.1.1", ["2", "2.1"])];

  it("groups by the deepest section level, in the framework's order", () => {
    expect(areaDepth(indicators)).toBe(2);
    const areas = compareAreas(indicators, city("own", {}), [], 2025);
    expect(areas.map((a) => a.path)).toEqual(["1/1.1", "1/1.2", "2/2.1"]);
  });

  it("sets the own readiness score against the median of the peers' scores", () => {
    const own = city("own", { "1.1.1": assessed(4), "1.1.2": assessed(2), "1.2.1": assessed(1) });
    const peers = [city("p1", { "1.1.1": assessed(2), "1.2.1": assessed(4) }), city("p2", { "1.1.1": assessed(4) }), city("p3", {})];
    const [a11, a12, a21] = compareAreas(indicators, own, peers, 2025);
    expect(a11).toEqual({ path: "1/1.1", own: 0.75, peerMedian: 0.75, peersWithScore: 2 });
    expect(a12).toEqual({ path: "1/1.2", own: 0.25, peerMedian: 1, peersWithScore: 1 });
    expect(a21).toEqual({ path: "2/2.1", own: null, peerMedian: null, peersWithScore: 0 });
  });

  it("can group at the top level instead", () => {
    const own = city("own", { "1.1.1": assessed(4), "2.1.1": assessed(0) });
    expect(compareAreas(indicators, own, [], 2025, 1).map((a) => [a.path, a.own])).toEqual([
      ["1", 1],
      ["2", 0],
    ]);
  });

  it("scores rates against their targets, as the readiness page does", () => {
    const own = city("own", { LF: assessed(0.35) });
    expect(compareAreas([indicator({})], own, [], 2025)).toEqual([{ path: "A", own: 0.5, peerMedian: null, peersWithScore: 0 }]);
  });

  it("keeps an indicator above the deepest level in its own section", () => {
    const mixed = [indicator({ id: "HS-ADOPT", sectionPath: ["A"], targets: [{ year: 2025, value: 1 }] }), level("HCM-1.1", ["B", "B1"])];
    expect(compareAreas(mixed, city("own", {}), [], 2025).map((a) => a.path)).toEqual(["A", "B/B1"]);
  });
});

describe("preferAssessed", () => {
  it("takes the assessed figure when there is one, and the published one otherwise", () => {
    expect(preferAssessed(assessed(0.6), published(0.67))?.value).toBe(0.6);
    expect(preferAssessed(undefined, published(0.67))?.value).toBe(0.67);
    expect(preferAssessed(assessed(Number.NaN), published(0.67))?.value).toBe(0.67);
    expect(preferAssessed(undefined, undefined)).toBeUndefined();
  });
});
