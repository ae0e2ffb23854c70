import { describe, expect, it } from "vitest";
import { GET as getCities } from "@/app/api/open-data/v1/cities/route";
import { GET as getReferenceValuesCsv } from "@/app/api/open-data/v1/reference-values.csv/route";
import { GET as getReferenceValues } from "@/app/api/open-data/v1/reference-values/route";
import { GET as getResultsCsv } from "@/app/api/open-data/v1/results.csv/route";
import { GET as getResults } from "@/app/api/open-data/v1/results/route";
import type { CityRecord, ReferenceValueRecord, ResultRecord } from "@/lib/open-data/records";
import { saveResponseSchema } from "@/lib/validation/assessments";
import { auditTrail, makeCity, makeFramework, makeUser } from "@/tests/integration/fixtures";
import { completeAssessment } from "../assessments/complete-assessment";
import { createAssessment } from "../assessments/create-assessment";
import { saveResponse } from "../assessments/save-response";
import { db } from "../db";
import { takeReviewAct } from "../review/take-review-act";
import { serveCsv } from "./http";
import { setCityPublishing } from "./set-city-publishing";

// The route handlers are called as Next.js calls them, with a Request, so these tests see exactly
// what an anonymous caller gets: status, headers and body.
const api = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost/api/open-data/v1/${path}`, { headers });
async function results(query: string) {
  const response = await getResults(api(`results?${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as { data: ResultRecord[]; page: { total: number; next: string | null } };
}
async function csvRows(response: Response) {
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // The byte-order mark, which a decoder (and Response.text()) silently drops.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = new TextDecoder().decode(bytes).split("\r\n").filter(Boolean);
  const names = header.split(",");
  // The test data hold no commas or quotes, so a plain split reads the cells.
  return rows.map((row) => Object.fromEntries(row.split(",").map((cell, i) => [names[i], cell])));
}
type CitiesPage = { data: CityRecord[]; page: { limit: number; offset: number; total: number; next: string | null } };
const citiesPage = async (query: string) => {
  const response = await getCities(api(`cities${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as CitiesPage;
};
/** Every publishing city, page after page, following each page's `next` as a client would. */
async function publishingCities(limit = 100): Promise<CityRecord[]> {
  const all: CityRecord[] = [];
  for (let query: string | null = `?limit=${limit}`; query !== null; ) {
    const { data, page } = await citiesPage(query);
    all.push(...data);
    query = page.next && page.next.slice(page.next.indexOf("?"));
  }
  return all;
}

/**
 * A city with one framework and four years of the same checklist, each left at another status,
 * each with its own learning-families figure (numerator out of 1000) so a leak is easy to spot.
 */
async function cityWithEveryStatus() {
  const city = await makeCity();
  const official = await makeUser("official", { cityId: city.id });
  const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
  const framework = await makeFramework();
  const years = { approved: 2022, draft: 2023, submitted: 2024, returned: 2025 } as const;
  const numerators = { approved: 444, draft: 111, submitted: 222, returned: 333 } as const;
  const ids: Record<string, string> = {};
  for (const status of ["approved", "draft", "submitted", "returned"] as const) {
    const created = await createAssessment(db(), official, { cityId: city.id, frameworkId: framework.id, year: years[status] });
    if (!created.ok) throw new Error(created.reason);
    const assessmentId = (ids[status] = created.value.id);
    const blank = { text: null, dataYear: null, evidenceLinks: [], assessmentId, revision: 0 };
    await saveResponse(
      db(),
      official,
      saveResponseSchema.parse({ ...blank, indicatorId: framework.rate.id, numerator: numerators[status], denominator: 1000, value: null, comment: "Ghi chú nội bộ", evidenceNote: "Biên bản nội bộ" }),
    );
    await saveResponse(db(), official, saveResponseSchema.parse({ ...blank, indicatorId: framework.count.id, numerator: null, denominator: null, value: 12, comment: null, evidenceNote: null }));
    if (status === "draft") continue;
    const completed = await completeAssessment(db(), official, assessmentId);
    if (!completed.ok || completed.value.kind !== "completed") throw new Error(`complete ${status}`);
    for (const act of status === "submitted" ? ["submit"] : status === "returned" ? ["submit", "return"] : ["submit", "approve"]) {
      const done = await takeReviewAct(db(), act === "submit" ? official : coordinator, { assessmentId, act: act as "submit", reason: "Cần đối chiếu lại", flags: [] });
      if (!done.ok) throw new Error(`${act}: ${done.reason}`);
    }
  }
  await db().city.update({ where: { id: city.id }, data: { publishesOpenData: true } });
  return { city, official, coordinator, framework, ids, numerators };
}

describe("approved results of publishing cities, and nothing else", () => {
  it("publishes only the approved assessment of a city with draft, submitted, returned and approved ones", async () => {
    const { city, framework, numerators, ids } = await cityWithEveryStatus();
    const { data, page } = await results(`city=${city.slug}`);
    expect(page.total).toBe(2);
    expect(data.map((r) => [r.year, r.indicator.code])).toEqual([
      [2022, "LF"],
      [2022, "HS"],
    ]);
    expect(data[0]).toMatchObject({
      city: { slug: city.slug },
      framework: { code: framework.code, version: 1 },
      rate: { numerator: numerators.approved, denominator: 1000, value: 0.444 },
      target: { year: 2025, value: 0.7, sourceTitle: "QĐ 387" },
      attainment: { status: "behind" },
    });
    // The moment of approval in Vietnam's time, its offset written out, in the JSON and the CSV alike.
    const { approvedAt } = await db().assessment.findUniqueOrThrow({ where: { id: ids.approved } });
    expect(data[0].approvedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
    expect(new Date(data[0].approvedAt).getTime()).toBe(Math.floor(approvedAt!.getTime() / 1000) * 1000);
    expect(data[1]).toMatchObject({ value: 12, rate: null });
    // Nothing said around an answer leaves the app: not its comment, not its evidence.
    const body = JSON.stringify(data);
    for (const hidden of ["Ghi chú nội bộ", "Biên bản nội bộ", "Cần đối chiếu lại"]) expect(body).not.toContain(hidden);

    const rows = await csvRows(await getResultsCsv(api(`results.csv?city=${city.slug}`)));
    expect(rows.map((r) => [r.year, r.indicator_code, r.numerator, r.value])).toEqual([
      ["2022", "LF", "444", "0.444"],
      ["2022", "HS", "", "12"],
    ]);
    expect(rows[0].approved_at).toBe(data[0].approvedAt);

    const [listed] = (await publishingCities()).filter((c) => c.slug === city.slug);
    expect(listed.approvedResults.map((r) => r.year)).toEqual([2022]);
  });

  it("takes an assessment out as soon as a coordinator re-opens it", async () => {
    const { city, coordinator, ids } = await cityWithEveryStatus();
    const reopened = await takeReviewAct(db(), coordinator, { assessmentId: ids.approved, act: "reopen", reason: "Sai mẫu số", flags: [] });
    expect(reopened.ok).toBe(true);
    expect((await results(`city=${city.slug}`)).page.total).toBe(0);
    expect((await publishingCities()).find((c) => c.slug === city.slug)?.approvedResults).toEqual([]);
  });

  it("publishes nothing of a city that has not chosen to, whatever is approved, and says no more than an empty list", async () => {
    const { city } = await cityWithEveryStatus();
    await db().city.update({ where: { id: city.id }, data: { publishesOpenData: false } });
    expect(await results(`city=${city.slug}`)).toEqual({ data: [], page: { limit: 100, offset: 0, total: 0, next: null } });
    // The same answer as for a city that does not exist at all.
    expect(await results("city=no-such-city")).toEqual(await results(`city=${city.slug}`));
    expect(await csvRows(await getResultsCsv(api(`results.csv?city=${city.slug}`)))).toEqual([]);
    expect((await publishingCities()).some((c) => c.slug === city.slug)).toBe(false);
    // Nor does an unfiltered list carry it.
    const all = await results("limit=500");
    expect(all.data.some((r) => r.city.slug === city.slug)).toBe(false);
  });

  it("withdraws a city's results the moment its official switches publishing off, and brings them back when switched on", async () => {
    const { city, official } = await cityWithEveryStatus();
    expect((await results(`city=${city.slug}`)).page.total).toBe(2);
    expect(await setCityPublishing(db(), official, { cityId: city.id, publishesOpenData: false })).toEqual({ ok: true, value: { publishesOpenData: false } });
    expect((await results(`city=${city.slug}`)).page.total).toBe(0);
    await setCityPublishing(db(), official, { cityId: city.id, publishesOpenData: true });
    expect((await results(`city=${city.slug}`)).page.total).toBe(2);
  });

  it("pages through results with a bounded page size and a link to the next page", async () => {
    const { city } = await cityWithEveryStatus();
    const first = await results(`city=${city.slug}&limit=1`);
    expect(first.data).toHaveLength(1);
    expect(first.page.next).toBe(`/api/open-data/v1/results?city=${city.slug}&limit=1&offset=1`);
    const second = await results(new URL(first.page.next!, "http://localhost").search.slice(1));
    expect(second.data[0].indicator.code).toBe("HS");
    expect(second.page.next).toBeNull();
    expect((await getResults(api("results?limit=501"))).status).toBe(400);
  });
});

describe("reference values", () => {
  it("are public for every city, publishing or not, with their source", async () => {
    const city = await makeCity();
    const framework = await makeFramework();
    await db().referenceValue.create({
      data: {
        cityId: city.id,
        frameworkCode: framework.code,
        indicatorCode: "LF",
        year: 2024,
        value: 0.61,
        count: 61000,
        basis: "share-of-registered-households",
        asOf: "2024-12-19",
        publishedOn: "2025-03",
        sourceTitle: "Báo Nhân Dân tháng 3/2025",
        sourceUrl: "https://nhandan.vn/x",
      },
    });
    const response = await getReferenceValues(api(`reference-values?city=${city.slug}&year=2024`));
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: ReferenceValueRecord[] };
    expect(data).toEqual([
      {
        city: { slug: city.slug, nameVi: city.nameVi, nameEn: city.nameEn },
        framework: { code: framework.code },
        indicator: { code: "LF", labelVi: "Gia đình học tập", labelEn: "Learning families", type: "rate", unitVi: null, unitEn: null },
        year: 2024,
        value: 0.61,
        count: 61000,
        basis: "share-of-registered-households",
        asOf: "2024-12-19",
        source: { title: "Báo Nhân Dân tháng 3/2025", url: "https://nhandan.vn/x", publishedOn: "2025-03" },
        noteVi: null,
        noteEn: null,
      },
    ]);
    // A source that a spreadsheet would run as a formula arrives as text.
    await db().referenceValue.create({ data: { cityId: city.id, frameworkCode: framework.code, indicatorCode: "LF", year: 2023, value: 0.5, sourceTitle: "=1+2 Báo Lao Động" } });
    const rows = await csvRows(await getReferenceValuesCsv(api(`reference-values.csv?city=${city.slug}`)));
    expect(rows.map((r) => [r.indicator_code, r.year, r.value, r.count, r.basis, r.source_title, r.source_url])).toEqual([
      ["LF", "2023", "0.5", "", "", "'=1+2 Báo Lao Động", ""],
      ["LF", "2024", "0.61", "61000", "share-of-registered-households", "Báo Nhân Dân tháng 3/2025", "https://nhandan.vn/x"],
    ]);
  });
});

describe("a public, read-only API", () => {
  it("answers anyone, from any origin, with a short public cache", async () => {
    const response = await getResults(api("results?limit=1"));
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const csv = await getResultsCsv(api("results.csv?year=1999"));
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="open-data-results-1999.csv"');
  });

  it("streams a large CSV download page by page rather than reading it whole", async () => {
    const asked: number[] = [];
    const rows = Array.from({ length: 1201 }, (_, i) => ({ n: i }));
    const response = await serveCsv(api("results.csv"), "results", [{ header: "n", cell: (r: { n: number }) => r.n }], () => ({
      count: async () => rows.length,
      async batch(offset, limit) {
        asked.push(offset);
        return { records: rows.slice(offset, offset + limit), exhausted: offset + limit >= rows.length };
      },
    }));
    const lines = await csvRows(response);
    expect(lines).toHaveLength(1201);
    expect(lines.at(-1)).toEqual({ n: "1200" });
    expect(asked).toEqual([0, 500, 1000]);
  });

  it("refuses bad input with 400 and a message in the caller's language, never cached", async () => {
    const english = await getResults(api("results?year=20x5&lang=en"));
    expect(english.status).toBe(400);
    expect(english.headers.get("cache-control")).toBe("no-store");
    expect(await english.json()).toEqual({
      error: "invalid",
      message: "year must be a four-digit year from 1900 to 2100.",
      problems: [{ parameter: "year", message: "year must be a four-digit year from 1900 to 2100." }],
    });
    const vietnamese = await getResultsCsv(api("results.csv?citty=ha-noi", { "Accept-Language": "vi-VN,vi;q=0.9,en;q=0.8" }));
    expect(vietnamese.status).toBe(400);
    expect((await vietnamese.json()).message).toContain("không nhận tham số “citty”");
    const byHeader = await getCities(api("cities?year=2025", { "Accept-Language": "en-GB" }));
    expect((await byHeader.json()).message).toContain("does not take the parameter “year”");
  });
});

describe("the choice to publish", () => {
  it("belongs to the city's own officials and to administrators, and is audited", async () => {
    const city = await makeCity();
    const other = await makeCity();
    const refused = [
      await makeUser("official", { cityId: other.id }),
      await makeUser("viewer", { coversAllCities: true }),
      await makeUser("coordinator", { assignedCityIds: [city.id] }),
      await makeUser("official", { cityId: city.id, active: false }),
    ];
    for (const actor of refused) {
      expect(await setCityPublishing(db(), actor, { cityId: city.id, publishesOpenData: true }), actor.role).toEqual({ ok: false, reason: "forbidden" });
    }
    expect((await db().city.findUniqueOrThrow({ where: { id: city.id } })).publishesOpenData).toBe(false);
    expect(await auditTrail(city.id)).toEqual([]);

    const official = await makeUser("official", { cityId: city.id });
    const admin = await makeUser("administrator");
    expect(await setCityPublishing(db(), official, { cityId: city.id, publishesOpenData: true })).toEqual({ ok: true, value: { publishesOpenData: true } });
    // Saving the same choice again records nothing new.
    await setCityPublishing(db(), official, { cityId: city.id, publishesOpenData: true });
    expect(await setCityPublishing(db(), admin, { cityId: city.id, publishesOpenData: false })).toEqual({ ok: true, value: { publishesOpenData: false } });
    const trail = await auditTrail(city.id);
    expect(trail.map((e) => [e.action, e.actorId, JSON.parse(e.before!), JSON.parse(e.after!)])).toEqual([
      ["city.setOpenData", official.id, { publishesOpenData: false }, { publishesOpenData: true }],
      ["city.setOpenData", admin.id, { publishesOpenData: true }, { publishesOpenData: false }],
    ]);
    expect(await setCityPublishing(db(), admin, { cityId: "no-such-city", publishesOpenData: true })).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("the list of publishing cities", () => {
  it("comes a page at a time, by slug, each city once, with the total and the next page", async () => {
    const cities = await Promise.all([makeCity(), makeCity(), makeCity()]);
    await db().city.updateMany({ where: { id: { in: cities.map((c) => c.id) } }, data: { publishesOpenData: true } });
    const total = await db().city.count({ where: { publishesOpenData: true } });
    const first = await citiesPage("?limit=2");
    expect(first.data).toHaveLength(2);
    expect(first.page).toMatchObject({ limit: 2, offset: 0, total });
    expect(first.page.next).toBe("/api/open-data/v1/cities?limit=2&offset=2");
    // Two to a page or all at once: the same cities in the same order, none twice.
    const walked = (await publishingCities(2)).map((c) => c.slug);
    expect(walked).toHaveLength(total);
    expect(new Set(walked).size).toBe(total);
    expect(walked).toEqual((await publishingCities(500)).map((c) => c.slug));
    for (const city of cities) expect(walked).toContain(city.slug);
    const last = await citiesPage(`?limit=2&offset=${total - 1}`);
    expect(last.data).toHaveLength(1);
    expect(last.page.next).toBeNull();
  });

  it("refuses a page larger than the largest, and filters it does not take", async () => {
    const tooLarge = await getCities(api("cities?limit=501&lang=en"));
    expect(tooLarge.status).toBe(400);
    expect((await tooLarge.json()).problems.map((p: { parameter: string }) => p.parameter)).toEqual(["limit"]);
    expect((await getCities(api("cities?city=ha-noi"))).status).toBe(400);
  });
});
