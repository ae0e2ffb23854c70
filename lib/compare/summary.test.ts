import { describe, expect, it } from "vitest";
import { compareAreas, compareIndicators, type CityValue, type CityValues, type CompareIndicator } from "./compare";
import { areaSummary, indicatorSummary } from "./summary";

const learningFamilies: CompareIndicator = {
  id: "LF",
  code: "LF",
  sectionPath: ["A"],
  type: "rate",
  direction: "higher",
  weight: 1,
  required: true,
  targets: [
    { year: 2025, value: 0.7 },
    { year: 2030, value: 0.8 },
  ],
};
const figure = (value: number): CityValue => ({ value, count: null, basis: null, origin: { kind: "assessment", assessmentId: "a", status: "approved", sourceNote: null } });
const city = (cityId: string, values: Record<string, number>): CityValues => ({ cityId, values: new Map(Object.entries(values).map(([k, v]) => [k, figure(v)])) });
const summarise = (own: CityValues, peers: CityValues[], year = 2025) =>
  indicatorSummary(learningFamilies, compareIndicators([learningFamilies], own, peers, year)[0], own.cityId);

describe("indicatorSummary", () => {
  it("reads out the own figure, both targets, the peers and the rank", () => {
    const lines = summarise(city("demo", { LF: 0.67 }), [city("ha-noi", { LF: 0.67 }), city("vinh", { LF: 0.72 }), city("son-la", {})]);
    expect(lines.map((l) => l.key)).toEqual(["summary.own", "summary.targetShort", "summary.targetShort", "summary.peers", "summary.rank", "summary.peersMissing"]);
    expect(lines[0].args).toEqual({ city: { kind: "city", cityId: "demo" }, value: { kind: "value", value: 0.67 } });
    expect(lines[1].args.year).toEqual({ kind: "year", value: 2025 });
    expect(lines[1].args.distance.kind).toBe("distance");
    expect((lines[1].args.distance as { value: number }).value).toBeCloseTo(0.03);
    expect(lines[2].args.year).toEqual({ kind: "year", value: 2030 });
    expect(lines[3].args).toMatchObject({ count: { value: 2 }, best: { kind: "city", cityId: "vinh" }, bestValue: { value: 0.72 } });
    expect(lines[4].args).toMatchObject({ position: { value: 2 }, of: { value: 3 }, percentile: { value: 50 } });
    expect(lines[5].args).toEqual({ count: { kind: "number", value: 1 } });
  });

  it("names a figure of another basis as shown apart, leaves it out of the peers' line, and says a target year has no national target", () => {
    const own = city("demo", { LF: 0.62 });
    const hanoi: CityValues = { cityId: "ha-noi", values: new Map([["LF", { ...figure(0.8906), basis: "share-of-registered-households" }]]) };
    const hcmc = city("hcmc", { LF: 0.7128 });
    const indicator = { ...learningFamilies, targets: [{ year: 2025, value: 0.7 }], unsetTargetYears: [2030] };
    const lines = indicatorSummary(indicator, compareIndicators([indicator], own, [hanoi, hcmc], 2024)[0], "demo");
    expect(lines.map((l) => l.key)).toEqual(["summary.own", "summary.targetShort", "summary.targetUnset", "summary.peers", "summary.rank", "summary.otherBasis"]);
    expect(lines[2].args).toEqual({ year: { kind: "year", value: 2030 } });
    expect(lines[3].args).toMatchObject({ count: { value: 1 }, best: { cityId: "hcmc" } });
    expect(lines[4].args).toMatchObject({ position: { value: 2 }, of: { value: 2 } });
    expect(lines[5].args).toEqual({ count: { kind: "number", value: 1 } });
  });

  it("says a target is met, and names a target year once when the year is the last one", () => {
    const lines = summarise(city("demo", { LF: 0.85 }), [], 2030);
    expect(lines.map((l) => l.key)).toEqual(["summary.own", "summary.targetMet", "summary.noPeers"]);
  });

  it("says when the city or its peers have no figure", () => {
    const lines = summarise(city("demo", {}), [city("son-la", {})]);
    expect(lines.map((l) => l.key)).toEqual(["summary.ownMissing", "summary.target", "summary.target", "summary.noPeerValues"]);
    expect(lines[3].args).toEqual({ count: { kind: "number", value: 1 } });
  });

  it("reports the peers without a rank when the city has no figure", () => {
    const lines = summarise(city("demo", {}), [city("vinh", { LF: 0.72 })]);
    expect(lines.map((l) => l.key)).toEqual(["summary.ownMissing", "summary.target", "summary.target", "summary.peers"]);
  });
});

describe("areaSummary", () => {
  const level = (id: string, path: string[]): CompareIndicator => ({ ...learningFamilies, id, code: id, type: "level", sectionPath: path, targets: [], topLevel: 4 });
  const indicators = [level("1.1.1", ["1", "1.1"]), level("1.2.1", ["1", "1.2"]), level("2.1.1", ["2", "2.1"])];

  it("names the strongest and weakest areas and how many match the peers' median", () => {
    const areas = compareAreas(indicators, city("own", { "1.1.1": 2, "1.2.1": 4, "2.1.1": 1 }), [city("p", { "1.1.1": 3, "1.2.1": 3 })], 2025);
    const lines = areaSummary(areas, "own");
    expect(lines.map((l) => l.key)).toEqual(["summary.areasOwn", "summary.areasAgainstPeers"]);
    expect(lines[0].args).toMatchObject({ strongest: { path: "1/1.2" }, strongestScore: { value: 1 }, weakest: { path: "2/2.1" }, weakestScore: { value: 0.25 } });
    expect(lines[1].args).toMatchObject({ count: { value: 1 }, of: { value: 2 } });
  });

  it("keeps the first area on a tie and leaves out the peers when none has a score", () => {
    const lines = areaSummary(compareAreas(indicators, city("own", { "1.1.1": 2, "1.2.1": 4, "2.1.1": 4 }), [], 2025), "own");
    expect(lines.map((l) => l.key)).toEqual(["summary.areasOwn"]);
    expect(lines[0].args).toMatchObject({ strongest: { path: "1/1.2" }, weakest: { path: "1/1.1" } });
  });

  it("names no strongest or weakest area when all are level, or there is only one", () => {
    const even = areaSummary(compareAreas(indicators, city("own", { "1.1.1": 2, "1.2.1": 2 }), [], 2025), "own");
    expect(even).toEqual([{ key: "summary.areasEven", args: { city: { kind: "city", cityId: "own" }, score: { kind: "score", value: 0.5 }, count: { kind: "number", value: 2 } } }]);
    const single = areaSummary(compareAreas(indicators, city("own", { "2.1.1": 4 }), [], 2025), "own");
    expect(single[0].args.count).toEqual({ kind: "number", value: 1 });
  });

  it("says when the city has no score anywhere", () => {
    expect(areaSummary(compareAreas(indicators, city("own", {}), [], 2025), "own").map((l) => l.key)).toEqual(["summary.areasNoData"]);
  });
});
