import { beforeAll, describe, expect, it } from "vitest";
import { formatRate } from "@/lib/reports/figures";
import { makeCity, makeUser } from "@/tests/integration/fixtures";
import { readPdf } from "@/tests/read-pdf";
import { createAssessment } from "../assessments/create-assessment";
import { db } from "../db";
import { cityNameVi, makeReportedCity } from "./report-fixtures";
import { renderScopeOverviewPdf, scopeOverviewPdf } from "./render-scope-overview";
import { loadScopeOverview } from "./scope-overview";

const now = new Date("2025-05-10T03:00:00Z");
let setup: Awaited<ReturnType<typeof makeReportedCity>>;
let drafting: Awaited<ReturnType<typeof makeCity>>;
let silent: Awaited<ReturnType<typeof makeCity>>;
let outside: Awaited<ReturnType<typeof makeCity>>;
let coordinator: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  setup = await makeReportedCity();
  const { framework, official } = setup;
  drafting = await makeCity({ nameVi: "Thị xã Sơn Tây thử nghiệm" });
  silent = await makeCity({ nameVi: "Thành phố Hưng Yên thử nghiệm" });
  outside = await makeCity({ nameVi: "Thành phố ngoài phạm vi" });
  for (const city of [drafting, outside]) {
    const someone = await makeUser("official", { cityId: city.id });
    const created = await createAssessment(db(), someone, { cityId: city.id, frameworkId: framework.id, year: 2025 });
    if (!created.ok) throw new Error(created.reason);
  }
  coordinator = await makeUser("coordinator", { assignedCityIds: [setup.city.id, drafting.id, silent.id] });
  // The cycle was due on 31 March; on 10 May the two cities that have not sent theirs are late.
  await db().reportingCycle.create({ data: { frameworkCode: framework.code, year: 2025, opensOn: "2025-01-01", dueOn: "2025-03-31", createdById: official.id } });
});

const flat = (text: string) => text.replace(/\s+/g, " ");

describe("the coordinator's overview", () => {
  it("lists every city in scope with status, readiness and top gaps, overdue cities first", async () => {
    const result = await loadScopeOverview(db(), coordinator, { frameworkCode: setup.framework.code, year: 2025 }, now);
    if (!result.ok) throw new Error(result.reason);
    const overview = result.value;
    expect(overview.cities.map((c) => [c.city.name.vi, c.status, c.overdue])).toEqual([
      ["Thành phố Hưng Yên thử nghiệm", "notStarted", true],
      ["Thị xã Sơn Tây thử nghiệm", "draft", true],
      [cityNameVi, "approved", false],
    ]);
    expect(overview.counts).toMatchObject({ approved: 1, draft: 1, notStarted: 1, submitted: 0 });
    const approved = overview.cities[2];
    expect(approved.readiness).toBeCloseTo(0.621 / 0.7);
    expect(approved.topGaps).toEqual([expect.objectContaining({ code: "LF", status: "behind", value: 0.621, target: { year: 2025, value: 0.7 } })]);
    // The draft has no answers: its rate is missing; the count without a target is no gap.
    expect(overview.cities[1].topGaps).toEqual([expect.objectContaining({ code: "LF", status: "noData", value: null })]);
  });

  it("prints as a PDF with the cities' names, the app's percentages and the late cities named", async () => {
    const result = await loadScopeOverview(db(), coordinator, { frameworkCode: setup.framework.code, year: 2025 }, now);
    if (!result.ok) throw new Error(result.reason);
    const { text, pages, total } = await readPdf(await renderScopeOverviewPdf(result.value, "vi"));
    const all = flat(text);
    expect(all).toContain("Tổng hợp tình hình tự đánh giá của các thành phố");
    expect(all).toContain(cityNameVi);
    expect(all).toContain("Thành phố Hưng Yên thử nghiệm – Chưa bắt đầu");
    expect(all).toContain("Trễ 40 ngày");
    expect(all).toContain(`LF Gia đình học tập: ${formatRate(0.621, "vi")} / 70% (2025)`);
    expect(all).toContain("LF Gia đình học tập: 62,1% / 70% (2025)");
    expect(all).toMatch(/Đã duyệt 100% 88%/);
    expect(all).not.toContain("Thành phố ngoài phạm vi");
    expect(pages[0]).toContain(`Trang 1/${total}`);

    const english = flat((await readPdf(await renderScopeOverviewPdf(result.value, "en"))).text);
    expect(english).toContain("Cities' self-assessment overview");
    expect(english).toContain("LF Learning families: 62.1% / 70% (2025)");
  });

  it("gives an official their own city only, and refuses an unknown framework", async () => {
    const own = await loadScopeOverview(db(), setup.official, { frameworkCode: setup.framework.code, year: 2025 }, now);
    expect(own.ok && own.value.cities.map((c) => c.city.id)).toEqual([setup.city.id]);
    const stranger = await makeUser("official", { cityId: outside.id });
    const theirs = await loadScopeOverview(db(), stranger, { frameworkCode: setup.framework.code, year: 2025 }, now);
    expect(theirs.ok && theirs.value.cities.map((c) => c.city.name.vi)).toEqual(["Thành phố ngoài phạm vi"]);
    expect(await scopeOverviewPdf(db(), coordinator, { frameworkCode: "no-such-framework", year: 2025 }, "vi")).toEqual({ ok: false, reason: "notFound" });
    const file = await scopeOverviewPdf(db(), coordinator, { frameworkCode: setup.framework.code, year: 2025 }, "en");
    expect(file.ok && file.value.fileName).toBe(`overview-${setup.framework.code}-2025.pdf`);
  });
});
