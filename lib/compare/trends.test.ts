import { describe, expect, it } from "vitest";
import type { CityValue } from "./compare";
import { chartedPoints, toSeries, trendSummary, trendYears, type TrendPoint, type TrendSeries } from "./trends";

const assessed = (year: number, value: number, status = "approved"): TrendPoint => ({ year, value: { value, count: null, basis: null, origin: { kind: "assessment", assessmentId: `a${year}`, status, sourceNote: null } } });
const published = (year: number, value: number): TrendPoint => ({
  year,
  value: { value, count: null, basis: "share-of-households", origin: { kind: "reference", sourceTitle: "VnExpress", sourceUrl: null, noteVi: null, noteEn: null } } satisfies CityValue,
});
const series = (cityId: string, points: TrendPoint[]): TrendSeries => toSeries(cityId, points, []);
const learningFamilies = {
  type: "rate",
  direction: "higher" as const,
  targets: [
    { year: 2025, value: 0.7 },
    { year: 2030, value: 0.8 },
  ],
};

describe("toSeries", () => {
  it("orders the years and prefers the assessed figure of a year that has both", () => {
    const line = toSeries("ha-noi", [assessed(2025, 0.68), assessed(2023, 0.6)], [published(2025, 0.67), published(2024, 0.64)]);
    expect(line.points.map((p) => [p.year, p.value.value, p.value.origin.kind])).toEqual([
      [2023, 0.6, "assessment"],
      [2024, 0.64, "reference"],
      [2025, 0.68, "assessment"],
    ]);
  });

  it("drops figures that are not numbers", () => {
    expect(toSeries("x", [assessed(2024, Number.NaN)], []).points).toEqual([]);
  });
});

describe("trendYears", () => {
  it("spans every year with a figure or a target", () => {
    expect(trendYears([series("a", [assessed(2024, 0.6)]), series("b", [assessed(2022, 0.5)])], learningFamilies.targets)).toEqual([2022, 2024, 2025, 2030]);
  });
});

describe("trendSummary", () => {
  it("reads out the change, the targets from the latest year, and the rank that year", () => {
    const own = series("demo", [assessed(2024, 0.62), assessed(2025, 0.67, "draft")]);
    const peers = [series("ha-noi", [published(2025, 0.67)]), series("vinh", [assessed(2025, 0.72)]), series("son-la", [])];
    const lines = trendSummary(learningFamilies, own, peers, "demo");
    expect(lines.map((l) => l.key)).toEqual(["summary.ownRose", "summary.targetShort", "summary.targetShort", "summary.peers", "summary.rank"]);
    expect(lines[0].args).toMatchObject({ fromYear: { value: 2024 }, toYear: { value: 2025 }, toValue: { value: 0.67 } });
    expect((lines[0].args.change as { value: number }).value).toBeCloseTo(0.05);
    expect(lines[1].args.year).toEqual({ kind: "year", value: 2025 });
    expect(lines[2].args.year).toEqual({ kind: "year", value: 2030 });
    expect(lines[3].args).toMatchObject({ count: { value: 2 }, of: { value: 3 } });
    expect(lines[4].args).toMatchObject({ year: { value: 2025 }, position: { value: 2 }, of: { value: 3 } });
  });

  it("tells a fall, a level line and a single year apart", () => {
    expect(trendSummary(learningFamilies, series("d", [assessed(2024, 0.8), assessed(2025, 0.75)]), [], "d")[0].key).toBe("summary.ownFell");
    expect(trendSummary(learningFamilies, series("d", [assessed(2024, 0.75), assessed(2025, 0.75)]), [], "d")[0].key).toBe("summary.ownSteady");
    const once = trendSummary(learningFamilies, series("d", [assessed(2030, 0.85)]), [], "d");
    expect(once.map((l) => l.key)).toEqual(["summary.ownOnce", "summary.targetMet", "summary.noPeers"]);
  });

  it("says when the city has no figure, and leaves out a rank when no peer has one that year", () => {
    expect(trendSummary(learningFamilies, series("d", []), [series("p", [])], "d").map((l) => l.key)).toEqual(["summary.ownMissing", "summary.peers"]);
    const lines = trendSummary(learningFamilies, series("d", [assessed(2025, 0.6)]), [series("p", [assessed(2024, 0.7)])], "d");
    expect(lines.map((l) => l.key)).not.toContain("summary.rank");
  });

  it("has nothing to say about targets an indicator does not have", () => {
    const lines = trendSummary({ type: "count", direction: "higher", targets: [] }, series("d", [assessed(2025, 3)]), [], "d");
    expect(lines.map((l) => l.key)).toEqual(["summary.ownOnce", "summary.noPeers"]);
  });

  it("reads only figures measured as the indicator defines them: a share of those registered is neither on the line nor ranked", () => {
    const registered = (year: number, value: number): TrendPoint => ({ year, value: { ...published(year, value).value, basis: "share-of-registered-households" } });
    // Hà Nội: 89.06% of registered households in 2024, 67% of all households in 2025.
    const hanoi = series("ha-noi", [registered(2024, 0.8906), published(2025, 0.67)]);
    expect(chartedPoints("rate", hanoi).map((p) => p.year)).toEqual([2025]);
    const lines = trendSummary(learningFamilies, series("demo", [assessed(2024, 0.62)]), [hanoi], "demo");
    expect(lines.map((l) => l.key)).not.toContain("summary.rank");
    expect(lines.find((l) => l.key === "summary.peers")?.args).toMatchObject({ count: { value: 1 }, of: { value: 1 } });
  });
});
