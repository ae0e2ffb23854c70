import { describe, expect, it } from "vitest";
import { approvedYearsByFramework, referenceValueColumns, resultColumns, toCityRecord, toReferenceValueRecord, toResultRecord } from "./records";
import { approvedAt, city, resultRow as row, targets } from "./sample-rows";

describe("a result record", () => {
  it("gives a rate with its counts, the target that governs the year with its source, and attainment", () => {
    const record = toResultRecord(row({ numerator: 66900, denominator: 99800, value: 66900 / 99800, targets }))!;
    expect(record).toEqual({
      city: { slug: "demo-city", nameVi: "Thành phố Minh Hoà", nameEn: "Minh Hoa City" },
      framework: { code: "vn-learning-society", version: 2, titleVi: "Xã hội học tập", titleEn: "Learning society" },
      year: 2025,
      approvedAt: "2026-03-17T15:40:00+07:00",
      fromPublications: false,
      indicator: { code: "LF", section: "A/A1", labelVi: "Tỷ lệ gia đình học tập", labelEn: "Share of learning families", type: "rate", direction: "higher", unitVi: null, unitEn: null },
      value: 66900 / 99800,
      rate: { numerator: 66900, denominator: 99800, value: 66900 / 99800 },
      level: null,
      text: null,
      dataYear: null,
      target: { year: 2025, value: 0.7, sourceTitle: "QĐ 387/QĐ-TTg", sourceUrl: null, scope: "national" },
      attainment: { status: "behind", score: (66900 / 99800) / 0.7 },
    });
  });

  it("judges a city by its own plan, labelled as such, and never by another city's plan", () => {
    const plan = { year: 2025, value: 0.8, sourceTitle: "Kế hoạch 291/KH-UBND", sourceUrl: null };
    const own = toResultRecord(row({ value: 0.75, targets: [{ ...plan, cityId: "city-sample" }] }))!;
    expect(own.target).toEqual({ ...plan, scope: "city-plan" });
    expect(own.attainment.status).toBe("behind");
    const another = toResultRecord(row({ value: 0.75, targets: [{ ...plan, cityId: "ha-noi" }] }))!;
    expect(another.target).toBeNull();
    expect(another.attainment.status).toBe("notScored");
  });

  it("gives a level its place on the scale, the scale's top and the level's names", () => {
    const record = toResultRecord(row({ type: "level", levelScale: "happy-school-3", value: 2 }))!;
    expect(record.value).toBe(2);
    expect(record.level).toEqual({ value: 2, max: 3, labelVi: "Khá", labelEn: "Fair" });
    expect(record.rate).toBeNull();
    expect(record.attainment).toEqual({ status: "onTrack", score: 2 / 3 });
  });

  it("keeps text answers as text and gives them no number", () => {
    const record = toResultRecord(row({ type: "text", text: "Kế hoạch 291/KH-UBND", value: 1 }))!;
    expect(record).toMatchObject({ value: null, text: "Kế hoạch 291/KH-UBND", attainment: { status: "notScored" } });
  });

  it("is never made for unapproved work or for a city that does not publish", () => {
    for (const status of ["draft", "submitted", "returned", "resubmitted"]) expect(toResultRecord(row({ status, value: 0.5 })), status).toBeNull();
    expect(toResultRecord(row({ publishes: false, value: 0.5 }))).toBeNull();
  });

  it("flattens into one CSV cell per column, with the same numbers as the JSON", () => {
    const record = toResultRecord(row({ numerator: 1, denominator: 4, value: 0.25, targets }))!;
    const cells = Object.fromEntries(resultColumns.map((c) => [c.header, c.cell(record)]));
    expect(cells).toMatchObject({ city_slug: "demo-city", framework_version: 2, value: 0.25, numerator: 1, denominator: 4, target_value: 0.7, target_source_title: "QĐ 387/QĐ-TTg", attainment_status: "behind" });
  });
});

describe("CSV columns", () => {
  it("have unique, stable snake_case headers", () => {
    for (const columns of [resultColumns, referenceValueColumns]) {
      const headers = columns.map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
      for (const header of headers) expect(header).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
    }
  });
});

describe("a reference value record", () => {
  const figure = {
    frameworkCode: "vn-learning-society",
    indicatorCode: "LF",
    year: 2025,
    value: 0.67,
    count: 1420000,
    basis: "share-of-households",
    asOf: "2025-12",
    publishedOn: "2025-12",
    sourceTitle: "VnExpress, 12/2025",
    sourceUrl: null,
    noteVi: null,
    noteEn: null,
    city: { slug: "ha-noi", nameVi: "Hà Nội", nameEn: "Hanoi" },
  };

  it("carries the figure, the count behind it and its source, with the indicator's current wording", () => {
    const record = toReferenceValueRecord(figure, { labelVi: "Tỷ lệ gia đình học tập", labelEn: "Share of learning families", type: "rate", unitVi: null, unitEn: null });
    expect(record).toMatchObject({
      value: 0.67,
      count: 1420000,
      basis: "share-of-households",
      asOf: "2025-12",
      source: { title: "VnExpress, 12/2025", url: null, publishedOn: "2025-12" },
      indicator: { code: "LF", labelEn: "Share of learning families", type: "rate" },
    });
  });

  it("still publishes a figure whose indicator has left the framework, without labels", () => {
    expect(toReferenceValueRecord(figure, undefined).indicator).toEqual({ code: "LF", labelVi: null, labelEn: null, type: null, unitVi: null, unitEn: null });
  });
});

describe("a city record", () => {
  const framework = { code: "happy-schools", version: 1, titleVi: "Trường học hạnh phúc", titleEn: "Happy schools" };
  const cityRow = {
    ...city,
    provinceVi: "Tỉnh mẫu",
    provinceEn: "Demo province",
    country: "VN",
    gnlcStatus: "candidate",
    gnlcAdmittedYear: null,
    assessments: [
      { status: "approved", year: 2025, approvedAt, framework },
      { status: "returned", year: 2024, approvedAt: null, framework },
    ],
  };

  it("lists only the approved assessments, with links to the city's data", () => {
    const record = toCityRecord(cityRow)!;
    expect(record.approvedResults).toEqual([{ framework, year: 2025, approvedAt: "2026-03-17T15:40:00+07:00" }]);
    expect(record.links.resultsCsv).toBe("/api/open-data/v1/results.csv?city=demo-city");
    expect(record).not.toHaveProperty("publishesOpenData");
  });

  it("is not made for a city that does not publish", () => {
    expect(toCityRecord({ ...cityRow, publishesOpenData: false })).toBeNull();
  });
});

describe("approvedYearsByFramework", () => {
  const result = (code: string, version: number, year: number) => ({ framework: { code, version, titleVi: `${code} v${version}`, titleEn: `${code} v${version} (en)` }, year, approvedAt: "2026-01-01T00:00:00+07:00" });

  it("gives one line per framework, named by its newest version, with its years in order", () => {
    expect(approvedYearsByFramework([result("b", 1, 2021), result("a", 2, 2025), result("b", 2, 2020), result("a", 1, 2024), result("b", 1, 2023)])).toEqual([
      { code: "a", titleVi: "a v2", titleEn: "a v2 (en)", years: [2024, 2025] },
      { code: "b", titleVi: "b v2", titleEn: "b v2 (en)", years: [2020, 2021, 2023] },
    ]);
    expect(approvedYearsByFramework([])).toEqual([]);
  });
});
