import { describe, expect, it } from "vitest";
import { compareAsOf, formatAsOf, parseAsOf } from "./as-of";

describe("the date of a network figure", () => {
  it("reads a day, a month or a year, each at its own precision", () => {
    expect(parseAsOf("2025-12-04")).toEqual({ text: "2025-12-04", precision: "day", date: new Date("2025-12-04T00:00:00Z") });
    expect(parseAsOf("2016-08")).toEqual({ text: "2016-08", precision: "month", date: new Date("2016-08-01T00:00:00Z") });
    expect(parseAsOf(" 2022 ")).toEqual({ text: "2022", precision: "year", date: new Date("2022-01-01T00:00:00Z") });
  });

  it("refuses days that do not exist, other shapes, and years before the network", () => {
    for (const text of ["2025-02-30", "2025-13", "2025-00-10", "2025-4-1", "04/12/2025", "2012", "2101", "", "2025-12-04T00:00"]) {
      expect(parseAsOf(text), text).toBeNull();
    }
    expect(parseAsOf("2024-02-29")?.precision).toBe("day");
  });

  it("formats with no more detail than the source gave", () => {
    const format = (text: string, locale: string) => formatAsOf(parseAsOf(text)!, locale);
    // A day as every date in the app, in both languages; a month in words; a year alone.
    expect(format("2025-12-04", "en")).toBe("04/12/2025");
    expect(format("2025-12-04", "vi")).toBe("04/12/2025");
    expect(format("2016-08", "en")).toBe("August 2016");
    expect(format("2016-08", "vi")).toBe("tháng 8 năm 2016");
    expect(format("2022", "vi")).toBe("2022");
  });

  it("orders oldest first, a year before the months in it", () => {
    const sorted = ["2024-02-14", "2022", "2016-08", "2022-05"].map((t) => parseAsOf(t)!).sort(compareAsOf);
    expect(sorted.map((a) => a.text)).toEqual(["2016-08", "2022", "2022-05", "2024-02-14"]);
  });
});
