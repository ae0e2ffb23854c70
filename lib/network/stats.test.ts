import { describe, expect, it } from "vitest";
import { figureProblems, growthSeries, type NetworkFigures } from "./stats";

const figures = (overrides: Partial<NetworkFigures>): NetworkFigures => ({
  newMembers: 72,
  newMemberCountries: 46,
  totalMembers: 425,
  countries: 91,
  citizensReached: 498_000_000,
  ...overrides,
});

describe("a row of network figures", () => {
  it("accepts the December 2025 figures, and a row with only the totals", () => {
    expect(figureProblems(figures({}))).toEqual([]);
    expect(figureProblems(figures({ newMembers: null, newMemberCountries: null, citizensReached: null }))).toEqual([]);
  });

  it("accepts a total below an earlier one: sources may count differently", () => {
    expect(figureProblems(figures({ totalMembers: 100, countries: 20, newMembers: 5, newMemberCountries: 2 }))).toEqual([]);
  });

  it("names the field of figures that contradict each other", () => {
    expect(figureProblems(figures({ countries: 500 }))).toEqual([{ field: "countries", message: "network.errors.moreCountriesThanMembers" }]);
    expect(figureProblems(figures({ newMembers: 500 }))).toEqual([{ field: "newMembers", message: "network.errors.moreNewThanTotal" }]);
    expect(figureProblems(figures({ newMemberCountries: 80 }))).toEqual([{ field: "newMemberCountries", message: "network.errors.moreCountriesThanMembers" }]);
    expect(figureProblems(figures({ newMembers: 200, newMemberCountries: 95 }))).toEqual([{ field: "newMemberCountries", message: "network.errors.moreNewThanTotal" }]);
    expect(figureProblems(figures({ newMembers: null }))).toEqual([{ field: "newMembers", message: "network.errors.newMembersNeeded" }]);
  });
});

describe("the growth series", () => {
  it("puts the rows in date order whatever their precision, and leaves out unreadable dates", () => {
    const series = growthSeries([
      { asOf: "2025-12-04", totalMembers: 425, countries: 91 },
      { asOf: "2016-08", totalMembers: 115, countries: 28 },
      { asOf: "2022", totalMembers: 294, countries: 76 },
      { asOf: "someday", totalMembers: 1, countries: 1 },
    ]);
    expect(series.map((p) => [p.asOf.text, p.totalMembers, p.countries])).toEqual([
      ["2016-08", 115, 28],
      ["2022", 294, 76],
      ["2025-12-04", 425, 91],
    ]);
  });
});
