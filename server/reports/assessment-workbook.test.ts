import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { wholePercentDown } from "@/lib/reports/figures";
import { wallClock } from "@/lib/format/dates";
import { makeCity, makeUser } from "@/tests/integration/fixtures";
import { db } from "../db";
import { loadAssessmentReport } from "./assessment-report";
import { assessmentWorkbook } from "./assessment-workbook";
import { evidenceNote, exportCityName, injectedComment, makeExportScope } from "./csv-workbook-fixtures";

let setup: Awaited<ReturnType<typeof makeExportScope>>;
beforeAll(async () => {
  setup = await makeExportScope();
});

async function opened(actor: Parameters<typeof assessmentWorkbook>[1], locale = "vi") {
  const result = await assessmentWorkbook(db(), actor, setup.assessmentId, locale);
  if (!result.ok) throw new Error(result.reason);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(result.value.bytes) as unknown as ArrayBuffer);
  return { workbook, fileName: result.value.fileName };
}

/** A sheet's data rows as plain objects keyed by the header's texts. */
function records(sheet: ExcelJS.Worksheet) {
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const out: { cells: Record<string, ExcelJS.Cell> }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    out.push({ cells: Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1)])) });
  }
  return out;
}

describe("assessment workbook", () => {
  it("has the five sheets, each with a frozen header, widths and a filter", async () => {
    const { workbook, fileName } = await opened(setup.coordinator);
    expect(fileName).toBe(`${setup.cities[0].slug}-${setup.framework.code}-2025.xlsx`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Câu trả lời", "Minh chứng", "Nhận xét", "Lịch sử"]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.autoFilter).toMatch(/^A1:[A-Z]+\d+$/);
    }
    const responses = workbook.getWorksheet("Câu trả lời")!;
    expect(responses.getColumn(3).width).toBe(50);
    expect((await opened(setup.coordinator, "en")).workbook.worksheets.map((s) => s.name)).toEqual(["Summary", "Responses", "Evidence", "Comments", "Change history"]);
  });

  it("holds the read model's figures as numbers: a rate as the fraction, formatted as a percentage", async () => {
    const report = (await loadAssessmentReport(db(), setup.coordinator, setup.assessmentId))!;
    const { workbook } = await opened(setup.coordinator);
    const rows = records(workbook.getWorksheet("Câu trả lời")!);
    expect(rows.map((r) => r.cells["Mã chỉ tiêu"].value)).toEqual(["LF", "HS"]);
    const lf = rows[0].cells;
    expect(lf["Giá trị"].value).toBe(611 / 985);
    expect(lf["Giá trị"].value).toBe(report.indicators[0].answer.value);
    expect(lf["Giá trị"].numFmt).toBe("0.0%");
    expect(lf["Tử số"].value).toBe(611);
    expect(lf["Mẫu số"].value).toBe(985);
    expect(lf["Mục tiêu"].value).toBe(0.7);
    expect(lf["Mục tiêu"].numFmt).toBe("0.0%");
    expect(lf["Năm mục tiêu"].value).toBe(2025);
    expect(lf["Năm của số liệu"].value).toBe(2025);
    expect(lf["Điểm đạt"].value).toBe(report.indicators[0].attainment.score);
    expect(lf["Mức đạt"].value).toBe("Chậm");
    expect(lf["Tên chỉ tiêu (tiếng Việt)"].value).toBe("Gia đình học tập");
    expect(lf["Tên chỉ tiêu (tiếng Anh)"].value).toBe("Learning families");
    // Text stays text in a workbook: nothing in it runs as a formula.
    expect(lf["Giải thích"].value).toBe(injectedComment);
    expect(lf["Giải thích"].formula).toBeUndefined();
    const hs = rows[1].cells;
    expect(hs["Giá trị"].value).toBe(1420);
    expect(hs["Giá trị"].numFmt).toBe("#,##0");
  });

  it("puts the cover, the approval stamp and the readiness scores on the summary", async () => {
    const report = (await loadAssessmentReport(db(), setup.coordinator, setup.assessmentId))!;
    const { workbook } = await opened(setup.coordinator);
    const sheet = workbook.getWorksheet("Tổng hợp")!;
    const item = (label: string) => {
      for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === label) return sheet.getCell(r, 2);
      throw new Error(`no row ${label}`);
    };
    expect(item("Thành phố").value).toBe(exportCityName);
    expect(item("Phiên bản").value).toBe(1);
    expect(item("Năm").value).toBe(2025);
    expect(item("Năm").numFmt).toBe("0");
    expect(item("Trạng thái").value).toBe("Đã duyệt");
    expect(item("Người phê duyệt").value).toBe(report.cover.approved!.name);
    expect(item("Phê duyệt lúc").value).toEqual(wallClock(report.cover.approved!.at));
    // Cut down to a whole percentage, as on the page: 88.6% is written 0.88, never rounded up to 0.89.
    expect(item("Mức sẵn sàng chung").value).toBe(0.88);
    expect(report.readiness.overall.score).toBeGreaterThan(0.885);
    expect(item("Mức sẵn sàng chung").numFmt).toBe("0%");
    expect(item("A Gia đình").value).toBe(wholePercentDown(report.readiness.sections[0].score!.score!));
  });

  it("lists evidence, flags and discussion, and the whole audit trail", async () => {
    const { workbook } = await opened(setup.coordinator);
    const values = (name: string) => records(workbook.getWorksheet(name)!).map((r) => Object.values(r.cells).map((c) => c.value));
    expect(values("Minh chứng")).toEqual([
      ["LF", "Ghi chú", evidenceNote],
      ["LF", "Liên kết", "https://example.org/bao-cao"],
      ["LF", "Tệp", "biên bản, đợt 1.pdf"],
    ]);
    const comments = values("Nhận xét");
    expect(comments.map((c) => [c[0], c[1], c[4], c[5]])).toEqual([
      ["LF", "Yêu cầu sửa", "Tử số, mẫu số chưa khớp", "Có"],
      ["LF", "Thảo luận", "Tử số, mẫu số chưa khớp", "Không"],
      ["LF", "Thảo luận", 'Đã sửa theo biên bản "đợt 1", ngày 12/3', "Không"],
    ]);
    expect(comments[0][3]).toBeInstanceOf(Date);

    const history = records(workbook.getWorksheet("Lịch sử")!).map((r) => r.cells);
    const statusChanges = history.filter((h) => h["Trường"].value === "Trạng thái").map((h) => [h["Trước"].value, h["Sau"].value]);
    expect(statusChanges).toEqual([
      ["Bản nháp", "Đã gửi"],
      ["Đã gửi", "Trả lại"],
      ["Trả lại", "Đã gửi lại"],
      ["Đã gửi lại", "Đã duyệt"],
    ]);
    const numerator = history.find((h) => h["Trường"].value === "Tử số" && h["Trước"].value === 700)!;
    expect(numerator["Sau"].value).toBe(611);
    expect(numerator["Mã chỉ tiêu"].value).toBe("LF");
    expect(numerator["Người thực hiện"].value).toBe("Test official");
    expect(history.some((h) => h["Trường"].value === "Chỉ tiêu cần sửa" && h["Sau"].value === "LF: Tử số, mẫu số chưa khớp")).toBe(true);
    // Oldest first.
    const times = history.map((h) => (h["Thời điểm"].value as Date).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("is refused to another city's official and to a coordinator not covering the city", async () => {
    const other = await makeCity();
    const stranger = await makeUser("official", { cityId: other.id });
    const elsewhere = await makeUser("coordinator", { assignedCityIds: [other.id] });
    for (const actor of [stranger, elsewhere]) expect(await assessmentWorkbook(db(), actor, setup.assessmentId, "vi")).toEqual({ ok: false, reason: "notFound" });
    expect((await assessmentWorkbook(db(), setup.official, setup.assessmentId, "vi")).ok).toBe(true);
  });
});
