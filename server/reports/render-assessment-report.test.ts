import { beforeAll, describe, expect, it } from "vitest";
import { formatRate, formatScore } from "@/lib/reports/figures";
import { makeCity, makeUser } from "@/tests/integration/fixtures";
import { readPdf } from "@/tests/read-pdf";
import { db } from "../db";
import type { AssessmentReport } from "@/lib/reports/report-model";
import { loadAssessmentReport } from "./assessment-report";
import { approverName, cityNameVi, makeReportedCity } from "./report-fixtures";
import { assessmentReportPdf, renderAssessmentReportPdf } from "./render-assessment-report";

let setup: Awaited<ReturnType<typeof makeReportedCity>>;
let report: AssessmentReport;
beforeAll(async () => {
  setup = await makeReportedCity();
  report = (await loadAssessmentReport(db(), setup.official, setup.assessmentId))!;
});

// Line breaks fall wherever the page width puts them; compare words, not lines.
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("the assessment report as a PDF", () => {
  it("is in Vietnamese with every diacritic, the app's own figures, the approval stamp and page numbers", async () => {
    const bytes = await renderAssessmentReportPdf(report, "vi");
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const { text, pages, total } = await readPdf(bytes);
    const all = flat(text);
    expect(all).toContain(cityNameVi);
    // 621 of 1,000 learning families, as the checklist shows it; readiness 621/700 = 88.7%, cut down to a whole percentage.
    expect(formatRate(0.621, "vi")).toBe("62,1%");
    expect(all).toContain("Giá trị: 62,1%");
    expect(all).toContain("Tử số / mẫu số: 621 / 1.000");
    expect(all).toContain(`Mức sẵn sàng tổng thể: ${formatScore(0.621 / 0.7, "vi")}`);
    expect(all).toContain("Mức sẵn sàng tổng thể: 88%");
    expect(all).toContain("70% vào năm 2025 (QĐ 387)");
    expect(all).toContain("80% vào năm 2030 (KH 291)");
    expect(all).toContain("Năm 2024: 58% (thay đổi +4,1 điểm %)");
    expect(all).toContain("1.420");
    expect(all).toContain(`ĐÃ PHÊ DUYỆT ${approverName}`);
    expect(all).toContain("Tử số chưa khớp biên bản");
    expect(all).toContain("Đã sửa theo biên bản ngày 12/3");
    expect(all).toContain("https://example.org/bao-cao-2025");
    expect(all).toContain("Tệp đính kèm: biên-bản-đánh-giá.pdf");
    expect(all).toContain("Kế hoạch xây dựng thành phố học tập 2025–2030");
    expect(total).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${total}`));
  });

  it("is in English when asked, with English number formats", async () => {
    const { text, pages, total } = await readPdf(await renderAssessmentReportPdf(report, "en"));
    const all = flat(text);
    expect(all).toContain("Learning city self-assessment report");
    expect(all).toContain("Value: 62.1%");
    expect(all).toContain("Numerator / denominator: 621 / 1,000");
    expect(all).toContain("Overall readiness: 88%");
    expect(all).toContain(`APPROVED ${approverName}`);
    expect(all).toContain("Learning families");
    expect(pages[0]).toContain(`Page 1 of ${total}`);
  });

  it("dates the approval stamp in Vietnam's time, day first with a 24-hour clock, in both languages", async () => {
    // 18:30 UTC on 31 March is 01:30 on 1 April in Hà Nội.
    const late = { ...report, cover: { ...report.cover, approved: { ...report.cover.approved!, at: new Date("2025-03-31T18:30:00Z") } } };
    for (const lang of ["vi", "en"]) {
      const all = flat((await readPdf(await renderAssessmentReportPdf(late, lang))).text);
      expect(all).toContain("01/04/2025 01:30");
      expect(all).not.toContain("31/03/2025");
    }
  });

  it("links only web addresses: a stored data:, file: or smb: address is printed as plain text, never as a link action", async () => {
    const hostile = ["data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "smb://may-chu/chia-se"];
    const withHostile: AssessmentReport = {
      ...report,
      indicators: report.indicators.map((indicator, i) => (i === 0 ? { ...indicator, evidence: { ...indicator.evidence, links: [...indicator.evidence.links, ...hostile] } } : indicator)),
    };
    const bytes = await renderAssessmentReportPdf(withHostile, "vi");
    const raw = Buffer.from(bytes).toString("latin1");
    const targets = [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(targets).toContain("https://example.org/bao-cao-2025");
    expect(targets.filter((uri) => !/^https?:/.test(uri))).toEqual([]);
    const all = flat((await readPdf(bytes)).text);
    for (const address of hostile) expect(all).toContain(address.slice(0, 20));
  });

  it("says when the assessment is not yet approved", async () => {
    const lastYearDraft = { ...report, cover: { ...report.cover, status: "submitted", approved: null } };
    const all = flat((await readPdf(await renderAssessmentReportPdf(lastYearDraft, "vi"))).text);
    expect(all).toContain("CHƯA ĐƯỢC PHÊ DUYỆT Đã gửi");
    expect(all).not.toContain("ĐÃ PHÊ DUYỆT");
  });

  it("renders a 42-indicator report well under a second", async () => {
    const indicators = Array.from({ length: 42 }, (_, i) => ({ ...report.indicators[i % 2], id: `i${i}`, code: `KF${i + 1}` }));
    const big = { ...report, indicators };
    await renderAssessmentReportPdf(big, "vi");
    // Processor time rather than wall time: the test machines run many suites at once.
    const started = process.cpuUsage();
    const bytes = await renderAssessmentReportPdf(big, "vi");
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect((await readPdf(bytes)).total).toBeGreaterThan(5);
  });

  it("is a file named after the city, framework and year, for readers of the assessment only", async () => {
    const file = await assessmentReportPdf(db(), setup.coordinator, setup.assessmentId, "en");
    expect(file.ok && file.value.fileName).toBe(`report-${report.cover.city.slug}-${setup.framework.code}-2025.pdf`);
    const stranger = await makeUser("official", { cityId: (await makeCity()).id });
    expect(await assessmentReportPdf(db(), stranger, setup.assessmentId, "vi")).toEqual({ ok: false, reason: "notFound" });
  });
});
