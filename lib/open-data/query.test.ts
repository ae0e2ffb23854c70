import { describe, expect, it } from "vitest";
import { cityOpenDataSchema, defaultPageSize, maxPageSize, openDataCitiesSchema, openDataFilterSchema, openDataPageSchema } from "../validation/open-data";
import { csvFileName, nextPageHref } from "./links";
import { parseQuery, pickLanguage } from "./query";

const page = (query: string) => parseQuery(openDataPageSchema, new URLSearchParams(query));
const problemsOf = (query: string) => {
  const parsed = page(query);
  return parsed.ok ? [] : parsed.problems;
};

describe("reading an open-data query", () => {
  it("takes every filter as optional, with a default page", () => {
    expect(page("")).toEqual({ ok: true, data: { limit: defaultPageSize, offset: 0 } });
    expect(page("city=demo-city&framework=happy-schools&year=2025&limit=20&offset=40&lang=en")).toEqual({
      ok: true,
      data: { city: "demo-city", framework: "happy-schools", year: 2025, limit: 20, offset: 40, lang: "en" },
    });
  });

  it("names the parameter and the problem for malformed values", () => {
    expect(problemsOf("year=20x5")).toEqual([{ parameter: "year", key: "openData.api.errors.year" }]);
    expect(problemsOf("year=1850")).toEqual([{ parameter: "year", key: "openData.api.errors.year" }]);
    expect(problemsOf("city=Hà Nội")).toEqual([{ parameter: "city", key: "openData.api.errors.city" }]);
    expect(problemsOf("framework=../x")).toEqual([{ parameter: "framework", key: "openData.api.errors.framework" }]);
    expect(problemsOf("lang=fr")).toEqual([{ parameter: "lang", key: "openData.api.errors.lang" }]);
    expect(problemsOf("offset=-1")).toEqual([{ parameter: "offset", key: "openData.api.errors.offset" }]);
  });

  it("bounds the page size", () => {
    expect(page(`limit=${maxPageSize}`).ok).toBe(true);
    expect(problemsOf(`limit=${maxPageSize + 1}`)).toEqual([{ parameter: "limit", key: "openData.api.errors.limit" }]);
    expect(problemsOf("limit=0")).toEqual([{ parameter: "limit", key: "openData.api.errors.limit" }]);
  });

  it("refuses a misspelt or repeated parameter rather than widening or guessing the answer", () => {
    expect(problemsOf("citty=demo-city")).toEqual([{ parameter: "citty", key: "openData.api.errors.unknownParameter" }]);
    expect(problemsOf("city=a&city=b")).toEqual([{ parameter: "city", key: "openData.api.errors.city" }]);
  });

  it("keeps paging to the JSON lists: a CSV download and the city list refuse it", () => {
    expect(parseQuery(openDataFilterSchema, new URLSearchParams("city=demo-city&limit=5"))).toEqual({ ok: false, problems: [{ parameter: "limit", key: "openData.api.errors.unknownParameter" }] });
    expect(parseQuery(openDataCitiesSchema, new URLSearchParams("year=2025")).ok).toBe(false);
    expect(parseQuery(openDataCitiesSchema, new URLSearchParams("lang=en")).ok).toBe(true);
  });
});

describe("the language of the API's messages", () => {
  it("follows ?lang=, then Accept-Language by preference, then Vietnamese", () => {
    expect(pickLanguage("en", "vi")).toBe("en");
    expect(pickLanguage(null, "en-US,en;q=0.9")).toBe("en");
    expect(pickLanguage(null, "fr-FR, en;q=0.5, vi;q=0.8")).toBe("vi");
    expect(pickLanguage(null, "de, en;q=0")).toBe("vi");
    expect(pickLanguage("fr", null)).toBe("vi");
  });
});

describe("paging and file names", () => {
  it("points to the next page with the same filters, and to none after the last", () => {
    const current = { city: "demo-city", year: 2025, limit: 10, offset: 0 };
    expect(nextPageHref("results", current, 25)).toBe("/api/open-data/v1/results?city=demo-city&year=2025&limit=10&offset=10");
    expect(nextPageHref("results", { ...current, offset: 20 }, 25)).toBeNull();
  });

  it("names a download after its filters", () => {
    expect(csvFileName("results", { city: "demo-city", framework: "happy-schools", year: 2025 })).toBe("open-data-results-demo-city-happy-schools-2025.csv");
    expect(csvFileName("reference-values", {})).toBe("open-data-reference-values.csv");
  });
});

describe("the publishing choice", () => {
  it("reads a ticked or cleared box as a yes or a no", () => {
    expect(cityOpenDataSchema.parse({ cityId: "c1", publishesOpenData: true }).publishesOpenData).toBe(true);
    expect(cityOpenDataSchema.parse({ cityId: "c1", publishesOpenData: "on" }).publishesOpenData).toBe(true);
    expect(cityOpenDataSchema.parse({ cityId: "c1" }).publishesOpenData).toBe(false);
    expect(cityOpenDataSchema.safeParse({ publishesOpenData: true }).success).toBe(false);
  });
});
