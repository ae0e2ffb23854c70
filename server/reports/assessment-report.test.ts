import { beforeAll, describe, expect, it } from "vitest";
import { projectTo } from "@/lib/readiness/projection";
import { formatRate } from "@/lib/reports/figures";
import { saveResponseSchema, type ResponseFields } from "@/lib/validation/assessments";
import { makeCity, makeUser } from "@/tests/integration/fixtures";
import { db } from "../db";
import { createAssessment } from "../assessments/create-assessment";
import { saveResponse } from "../assessments/save-response";
import { loadAssessmentReport } from "./assessment-report";
import { approverName, cityNameVi, makeReportedCity } from "./report-fixtures";

const blankFields: ResponseFields = { numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };

let setup: Awaited<ReturnType<typeof makeReportedCity>>;
beforeAll(async () => {
  setup = await makeReportedCity();
});

describe("an assessment's report", () => {
  it("holds the cover, readiness, every indicator with its review trail, the gaps, last year and the plans", async () => {
    const { official, coordinator, framework, assessmentId } = setup;
    const report = (await loadAssessmentReport(db(), official, assessmentId, new Date("2026-01-15T00:00:00Z")))!;
    expect(report.cover.city.name.vi).toBe(cityNameVi);
    expect(report.cover).toMatchObject({ year: 2025, status: "approved", framework: { code: framework.code, version: 1, title: { vi: "Bộ thử", en: "Test set" } } });
    expect(report.cover.approved?.name).toBe(approverName);
    expect(report.cover.submitted?.name).toBe("Test official");

    const [rate, count] = report.indicators;
    expect(rate).toMatchObject({
      code: "LF",
      label: { vi: "Gia đình học tập", en: "Learning families" },
      answer: { numerator: 621, denominator: 1000, value: 0.621, dataYear: 2025 },
      evidence: { note: "Báo cáo tổng kết năm của Hội Khuyến học", links: ["https://example.org/bao-cao-2025"], files: ["biên-bản-đánh-giá.pdf"] },
      target: { year: 2025, value: 0.7, sourceTitle: "QĐ 387" },
      finalTarget: { year: 2030, value: 0.8, sourceTitle: "KH 291" },
      attainment: { status: "behind" },
      previous: { year: 2024, value: 0.58 },
    });
    expect(formatRate(rate.answer.value, "vi")).toBe("62,1%");
    expect(rate.change).toBeCloseTo(0.041);
    // The trend through 58% (2024) and 62.1% (2025), read off in 2030.
    expect(rate.projection).toBeCloseTo(0.621 + 5 * 0.041);
    expect(count.projection).toBeNull();
    expect(rate.flags).toEqual([expect.objectContaining({ comment: "Tử số chưa khớp biên bản", raisedBy: approverName, resolvedAt: expect.any(Date) })]);
    expect(rate.discussion?.comments.map((c) => [c.authorName, c.body])).toEqual([
      [approverName, "Tử số chưa khớp biên bản"],
      ["Test official", "Đã sửa theo biên bản ngày 12/3"],
    ]);
    expect(count).toMatchObject({ code: "HS", answer: { value: 1420 }, attainment: { status: "notScored" }, previous: { year: 2024, value: 10 }, change: 1410 });

    // The score is the learning-family rate against its 70% target, as the readiness page computes it.
    expect(report.readiness.overall.score).toBeCloseTo(0.621 / 0.7);
    expect(report.readiness.overall.counts).toMatchObject({ behind: 1, notScored: 1 });
    expect(report.readiness.sections).toEqual([expect.objectContaining({ code: "A", depth: 0, score: expect.objectContaining({ answered: 2, total: 2 }) })]);
    expect(report.gaps).toEqual([expect.objectContaining({ code: "LF", status: "behind", value: 0.621, target: expect.objectContaining({ value: 0.7 }) })]);
    expect(report.previousYear).toBe(2024);
    expect(report.decisions.map((d) => [d.act, d.actorName])).toEqual([
      ["submit", "Test official"],
      ["return", approverName],
      ["submit", "Test official"],
      ["approve", approverName],
    ]);
    expect(report.actionPlans).toEqual([
      expect.objectContaining({
        title: { vi: "Kế hoạch xây dựng thành phố học tập 2025–2030", en: "Learning city plan 2025–2030" },
        progress: 70,
        taskCount: 2,
        taskCounts: expect.objectContaining({ onTrack: 1, done: 1 }),
        overdueCount: 1,
      }),
    ]);
    // The coordinator reads the same report.
    expect((await loadAssessmentReport(db(), coordinator, assessmentId))?.indicators).toHaveLength(2);
  });

  it("leaves out last year until it is approved, and has nothing for an unreadable or missing assessment", async () => {
    const other = await makeCity();
    const stranger = await makeUser("official", { cityId: other.id });
    expect(await loadAssessmentReport(db(), stranger, setup.assessmentId)).toBeNull();
    expect(await loadAssessmentReport(db(), setup.coordinator, "missing")).toBeNull();

    const lastYear = (await loadAssessmentReport(db(), setup.official, setup.lastYearId))!;
    expect(lastYear.previousYear).toBeNull();
    expect(lastYear.indicators[0]).toMatchObject({ previous: null, change: null });
  });

  it("compares with last year only once approved, and leaves drafts out of the trend to 2030", async () => {
    const { official, framework, city } = setup;
    const draft = async (year: number, numerator: number) => {
      const created = await createAssessment(db(), official, { cityId: city.id, frameworkId: framework.id, year });
      if (!created.ok) throw new Error(created.reason);
      const saved = await saveResponse(db(), official, saveResponseSchema.parse({ ...blankFields, assessmentId: created.value.id, indicatorId: framework.rate.id, revision: 0, numerator, denominator: 1000, dataYear: year }));
      if (!saved.ok) throw new Error(saved.reason);
      return created.value.id;
    };
    // 2026 is a draft at 99%: 2027 has no last year to compare with, and its trend runs through 2024, 2025 and 2027 only.
    await draft(2026, 990);
    const report = (await loadAssessmentReport(db(), official, await draft(2027, 700)))!;
    expect(report.previousYear).toBeNull();
    const [rate] = report.indicators;
    expect(rate).toMatchObject({ previous: null, change: null });
    expect(rate.projection).toBeCloseTo(projectTo([{ year: 2024, value: 0.58 }, { year: 2025, value: 0.621 }, { year: 2027, value: 0.7 }], 2030)!.value);
    expect(rate.projection).toBeLessThan(0.9);
  });

  it("needs the same number of queries however many indicators there are", async () => {
    let queries = 0;
    const counting = db().$extends({ query: { $allOperations: ({ args, query }) => (queries++, query(args)) } }) as unknown as ReturnType<typeof db>;
    await loadAssessmentReport(counting, setup.official, setup.assessmentId);
    expect(queries).toBeGreaterThan(0);
    expect(queries).toBeLessThanOrEqual(16);
  });
});
