import { describe, expect, it } from "vitest";
import { yearRanges } from "./year-ranges";

describe("yearRanges", () => {
  it("joins consecutive years into ranges, in order, each year once", () => {
    expect(yearRanges([2024, 2020, 2022, 2021, 2022])).toBe("2020–2022, 2024");
    expect(yearRanges([2025])).toBe("2025");
    expect(yearRanges([2019, 2021, 2023])).toBe("2019, 2021, 2023");
    expect(yearRanges([2020, 2021])).toBe("2020–2021");
    expect(yearRanges([])).toBe("");
  });
});
