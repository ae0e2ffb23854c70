import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { responseColumns } from "@/lib/assessments/response-spreadsheet";
import { frameworkFileSchema } from "@/lib/frameworks/framework-file";
import { saveResponseSchema, type ResponseFields } from "@/lib/validation/assessments";
import { headerLabel } from "@/lib/spreadsheet/cells";
import { makeAssessment, makeCity, makeSubmittedAssessment, makeUser, unique } from "@/tests/integration/fixtures";
import { expectSummariesFresh } from "@/tests/integration/summaries";
import { db } from "../db";
import { importFramework } from "../frameworks/import-framework";
import { assessmentHistory } from "../history/assessment-history";
import { takeReviewAct } from "../review/take-review-act";
import { completeAssessment } from "./complete-assessment";
import { createAssessment } from "./create-assessment";
import { applyResponseImport, previewResponseImport } from "./import-responses";
import { responseTemplate } from "./response-template";
import { saveResponse } from "./save-response";

type Actor = Parameters<typeof saveResponse>[1];

const blank: ResponseFields = { numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };
const save = (actor: Actor, assessmentId: string, indicatorId: string, revision: number, fields: Partial<ResponseFields>) =>
  saveResponse(db(), actor, saveResponseSchema.parse({ ...blank, ...fields, assessmentId, indicatorId, revision }));

/** A draft of a framework with one indicator of each kind the template treats differently. */
async function makeRichAssessment() {
  const city = await makeCity();
  const official = await makeUser("official", { cityId: city.id });
  const file = frameworkFileSchema.parse({
    code: unique("fw"),
    version: 1,
    titleVi: "Bộ đủ loại",
    titleEn: "Every kind",
    sourceTitle: "Thử nghiệm",
    verified: true,
    levelScales: { three: [{ value: 1, labelVi: "Yếu", labelEn: "Weak" }, { value: 2, labelVi: "Khá", labelEn: "Fair" }, { value: 3, labelVi: "Tốt", labelEn: "Good" }] },
    sections: [
      {
        code: "A",
        titleVi: "Gia đình",
        titleEn: "Families",
        indicators: [
          { code: "LF", labelVi: "Gia đình học tập", labelEn: "Learning families", type: "rate" },
          { code: "POP", labelVi: "Dân số", labelEn: "Population", type: "count", asOfYear: true, required: false },
          { code: "YOS", labelVi: "Số năm đi học", labelEn: "Years of schooling", type: "number", softMin: 0, softMax: 20, required: false },
          { code: "PLAN", labelVi: "Có kế hoạch", labelEn: "Has a plan", type: "boolean", required: false },
          { code: "LEAD", labelVi: "Lãnh đạo", labelEn: "Leadership", type: "level", levelScale: "three", required: false },
          { code: "WHY", labelVi: "Lý do", labelEn: "Why", type: "text", maxWords: 50, required: false },
        ],
      },
    ],
  });
  const imported = await importFramework(db(), null, file, { publish: true });
  if (!imported.ok) throw new Error(imported.reason);
  const created = await createAssessment(db(), official, { cityId: city.id, frameworkId: imported.value.id, year: 2025 });
  if (!created.ok) throw new Error(created.reason);
  const list = await db().indicator.findMany({ where: { frameworkId: imported.value.id }, orderBy: { position: "asc" } });
  const id = Object.fromEntries(list.map((i) => [i.code, i.id]));
  return { city, official, assessmentId: created.value.id, id };
}

async function template(actor: Actor, assessmentId: string) {
  const result = await responseTemplate(db(), actor, assessmentId);
  if (!result.ok) throw new Error(result.reason);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(result.value.bytes) as unknown as ArrayBuffer);
  return { workbook, sheet: workbook.getWorksheet("Responses")!, fileName: result.value.fileName };
}

const column = (key: (typeof responseColumns)[number]["key"]) => responseColumns.findIndex((c) => c.key === key) + 1;

/** The template with some rows' cells changed, rows removed or added, as bytes to upload. */
async function edited(actor: Actor, assessmentId: string, edit: (sheet: ExcelJS.Worksheet) => void) {
  const { workbook, sheet } = await template(actor, assessmentId);
  edit(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const rowOf = (sheet: ExcelJS.Worksheet, code: string) => {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === code) found = row;
  });
  return found!;
};
const set = (sheet: ExcelJS.Worksheet, code: string, values: Partial<Record<(typeof responseColumns)[number]["key"], ExcelJS.CellValue>>) => {
  const row = rowOf(sheet, code);
  for (const [key, value] of Object.entries(values)) row.getCell(column(key as never)).value = value as ExcelJS.CellValue;
};

const preview = async (actor: Actor, assessmentId: string, bytes: Uint8Array, locale = "vi") => {
  const result = await previewResponseImport(db(), actor, { assessmentId, bytes, locale });
  if (!result.ok) throw new Error(`preview: ${result.reason} ${JSON.stringify(result.fieldErrors)}`);
  return result.value;
};
const apply = (actor: Actor, assessmentId: string, bytes: Uint8Array, digest: string, choice: "validOnly" | "allOrNothing" = "validOnly") =>
  applyResponseImport(db(), actor, { assessmentId, bytes, locale: "vi", digest, choice });

const stored = (assessmentId: string) => db().response.findMany({ where: { assessmentId }, orderBy: { indicatorId: "asc" } });
const auditCount = (assessmentId: string) => db().auditEvent.count({ where: { assessmentId } });

describe("the answer template", () => {
  it("lists every indicator in framework order with its current answer, numbers as numbers, read-only columns grey", async () => {
    const { official, assessmentId, id } = await makeRichAssessment();
    await save(official, assessmentId, id.LF, 0, { numerator: 660, denominator: 1000 });
    await save(official, assessmentId, id.POP, 0, { value: 1_420_000, dataYear: 2024 });
    const { workbook, sheet, fileName } = await template(official, assessmentId);

    expect(fileName).toMatch(/-2025-answers\.xlsx$/);
    expect(sheet.getRow(1).getCell(1).value).toBe(headerLabel(responseColumns[0]));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(column("labelVi")).width).toBeGreaterThan(30);
    const codes: unknown[] = [];
    sheet.eachRow((row, n) => n > 1 && codes.push(row.getCell(1).value));
    expect(codes).toEqual(["LF", "POP", "YOS", "PLAN", "LEAD", "WHY"]);

    const lf = rowOf(sheet, "LF");
    expect([lf.getCell(column("numerator")).value, lf.getCell(column("denominator")).value, lf.getCell(column("revision")).value]).toEqual([660, 1000, 1]);
    expect(lf.getCell(column("value")).value).toMatchObject({ result: 0.66 });
    expect(lf.getCell(column("value")).numFmt).toBe("0.0%");
    expect(rowOf(sheet, "POP").getCell(column("value")).value).toBe(1_420_000);
    expect(rowOf(sheet, "POP").getCell(column("dataYear")).value).toBe(2024);
    expect(lf.getCell(column("type")).value).toBe("Tỷ lệ\nRate");

    const grey = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(grey(lf.getCell(column("labelVi")))).toBe("FFE5E7EB");
    expect(grey(lf.getCell(column("numerator")))).toBeUndefined();
    // A count has no numerator: its cell is grey too.
    expect(grey(rowOf(sheet, "POP").getCell(column("numerator")))).toBe("FFE5E7EB");

    expect(rowOf(sheet, "LEAD").getCell(column("value")).dataValidation).toMatchObject({ type: "list", formulae: ['"1,2,3"'] });
    expect(rowOf(sheet, "PLAN").getCell(column("value")).dataValidation).toMatchObject({ type: "list", formulae: ['"1,0"'] });
    expect(rowOf(sheet, "LEAD").getCell(column("allowed")).value).toContain("3 = Tốt");

    const readMe = workbook.getWorksheet("Read me")!;
    const text = readMe.getSheetValues().flat().join(" ");
    expect(text).toContain("Hướng dẫn điền mẫu câu trả lời");
    expect(text).toContain("How to fill in the answer template");
  });

  it("is for those who may read the assessment; another city's reads as missing", async () => {
    const { city, assessmentId } = await makeRichAssessment();
    const stranger = await makeUser("official", { cityId: (await makeCity()).id });
    expect(await responseTemplate(db(), stranger, assessmentId)).toEqual({ ok: false, reason: "notFound" });
    expect((await responseTemplate(db(), await makeUser("viewer", { assignedCityIds: [city.id] }), assessmentId)).ok).toBe(true);
  });
});

describe("importing answers", () => {
  it("previews changes and per-row problems in the caller's language, writing nothing", async () => {
    const { official, assessmentId, id } = await makeRichAssessment();
    await save(official, assessmentId, id.LF, 0, { numerator: 660, denominator: 1000 });
    const bytes = await edited(official, assessmentId, (sheet) => {
      set(sheet, "LF", { numerator: 700 });
      set(sheet, "YOS", { value: 11.5 });
      set(sheet, "LEAD", { value: 7 });
      sheet.addRow(["NOPE", null, null, null, null, null, null, null, null, 5]);
    });
    const [responses, events] = [await stored(assessmentId), await auditCount(assessmentId)];

    const vi = await preview(official, assessmentId, bytes);
    expect(vi.counts).toEqual({ rows: 7, applicable: 2, unchanged: 3, withErrors: 2 });
    const byCode = Object.fromEntries(vi.rows.map((r) => [r.code, r]));
    expect(byCode.LF).toMatchObject({ change: "changed", label: "Gia đình học tập", changes: [{ field: "numerator", before: 660, after: 700 }], errors: [] });
    expect(byCode.LEAD.errors).toEqual([{ field: "value", code: "checks.levelOutOfRange", message: "Vui lòng chọn một mức trong thang từ 1 đến 3." }]);
    expect(byCode.NOPE).toMatchObject({ label: null, change: null, errors: [{ code: "responseImport.errors.unknownCode", message: "Bộ chỉ số của phiếu không có chỉ tiêu mang mã này." }] });

    const en = await preview(official, assessmentId, bytes, "en");
    expect(en.rows.find((r) => r.code === "LEAD")!.errors[0].message).toBe("Please choose a level on the scale from 1 to 3.");
    expect(en.rows.find((r) => r.code === "LF")!.label).toBe("Learning families");

    expect(await stored(assessmentId)).toEqual(responses);
    expect(await auditCount(assessmentId)).toBe(events);
  });

  it("applies the valid rows only, through the checklist's save: revisions, completion, one audit event per answer, on the timeline", async () => {
    const { official, assessmentId, id } = await makeRichAssessment();
    await save(official, assessmentId, id.LF, 0, { numerator: 660, denominator: 1000 });
    expect((await completeAssessment(db(), official, assessmentId)).ok).toBe(true);
    expect((await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).completedAt).not.toBeNull();

    const bytes = await edited(official, assessmentId, (sheet) => {
      set(sheet, "LF", { numerator: 700 });
      set(sheet, "POP", { value: 1_500_000, dataYear: 2024 });
      set(sheet, "PLAN", { value: "Có" });
      // Outside the usual 0–20 with no comment to explain it: left out, as the checklist would flag it.
      set(sheet, "YOS", { value: 25 });
    });
    const previewed = await preview(official, assessmentId, bytes);
    expect(previewed.rows.find((r) => r.code === "YOS")!.errors.map((e) => e.code)).toEqual(["checks.outsideUsualRange"]);

    const applied = await apply(official, assessmentId, bytes, previewed.digest);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.value.applied.map((r) => r.code)).toEqual(["LF", "POP", "PLAN"]);
    // The lists' stored figures follow the imported answers, in the same transaction.
    await expectSummariesFresh(assessmentId);
    expect(applied.value).toMatchObject({ skipped: 1, unchanged: 2 });

    const after = new Map((await stored(assessmentId)).map((r) => [r.indicatorId, r]));
    expect(after.get(id.LF)).toMatchObject({ numerator: 700, denominator: 1000, value: 0.7, revision: 2, updatedById: official.id });
    expect(after.get(id.POP)).toMatchObject({ value: 1_500_000, dataYear: 2024, revision: 1 });
    expect(after.get(id.PLAN)).toMatchObject({ value: 1 });
    expect(after.get(id.YOS)).toBeUndefined();
    expect((await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).completedAt).toBeNull();

    const events = await db().auditEvent.findMany({ where: { assessmentId, action: "response.save", actorId: official.id }, orderBy: { at: "asc" } });
    const imported = events.filter((e) => JSON.parse(e.after!).source === "spreadsheet");
    expect(imported.map((e) => e.indicatorId).sort()).toEqual([id.LF, id.POP, id.PLAN].sort());
    const lfEvent = imported.find((e) => e.indicatorId === id.LF)!;
    expect(JSON.parse(lfEvent.before!)).toMatchObject({ numerator: 660, revision: 1 });
    expect(JSON.parse(lfEvent.after!)).toMatchObject({ numerator: 700, revision: 2 });

    const history = await assessmentHistory(db(), official, { assessmentId, indicatorId: id.LF });
    expect(history.ok && history.value.events[0].change).toMatchObject({ kind: "value", fields: [expect.objectContaining({ field: "numerator", before: 660, after: 700 }), expect.objectContaining({ field: "value" })] });
  });

  it("applies nothing under all-or-nothing while a row has problems, and everything once none has", async () => {
    const { official, assessmentId, id } = await makeRichAssessment();
    const bad = await edited(official, assessmentId, (sheet) => {
      set(sheet, "LF", { numerator: 1200, denominator: 1000 });
      set(sheet, "POP", { value: 15, dataYear: 2024 });
    });
    const badPreview = await preview(official, assessmentId, bad);
    expect(badPreview.rows.find((r) => r.code === "LF")!.errors[0]).toMatchObject({ field: "numerator", message: "Tử số (1.200) lớn hơn mẫu số (1.000). Vui lòng kiểm tra lại hai số liệu." });
    const events = await auditCount(assessmentId);
    expect(await apply(official, assessmentId, bad, badPreview.digest, "allOrNothing")).toEqual({ ok: false, reason: "invalid", fieldErrors: { file: "responseImport.errors.rowsHaveErrors" } });
    expect(await stored(assessmentId)).toEqual([]);
    expect(await auditCount(assessmentId)).toBe(events);

    const good = await edited(official, assessmentId, (sheet) => {
      set(sheet, "LF", { numerator: "1.200", denominator: "2.000" });
      set(sheet, "WHY", { text: "Vì người dân muốn học suốt đời" });
    });
    const goodPreview = await preview(official, assessmentId, good);
    const applied = await apply(official, assessmentId, good, goodPreview.digest, "allOrNothing");
    expect(applied.ok && applied.value.applied.map((r) => r.code)).toEqual(["LF", "WHY"]);
    expect(await db().response.findFirstOrThrow({ where: { assessmentId, indicatorId: id.LF } })).toMatchObject({ numerator: 1200, denominator: 2000, value: 0.6 });
  });

  it("refuses to apply when the file or the answers it touches changed since the preview", async () => {
    const { city, official, assessmentId, id } = await makeRichAssessment();
    const colleague = await makeUser("official", { cityId: city.id });
    const bytes = await edited(official, assessmentId, (sheet) => set(sheet, "POP", { value: 900, dataYear: 2024 }));
    const first = await preview(official, assessmentId, bytes);

    // Another file under the first one's digest.
    const other = await edited(official, assessmentId, (sheet) => set(sheet, "POP", { value: 950, dataYear: 2024 }));
    const conflict = { ok: false, reason: "conflict", fieldErrors: { digest: "responseImport.errors.conflict" } };
    expect(await apply(official, assessmentId, other, first.digest)).toEqual(conflict);

    // A colleague saves an answer the file has a row for.
    await save(colleague, assessmentId, id.LF, 0, { numerator: 1, denominator: 2 });
    const events = await auditCount(assessmentId);
    expect(await apply(official, assessmentId, bytes, first.digest)).toEqual(conflict);
    expect(await db().response.findFirst({ where: { assessmentId, indicatorId: id.POP } })).toBeNull();
    expect(await auditCount(assessmentId)).toBe(events);

    // The old file now wants to undo the colleague's answer, which it shows as saved since the download.
    const again = await preview(official, assessmentId, bytes);
    expect(again.rows.find((r) => r.code === "LF")!.errors.map((e) => e.code)).toEqual(["responseImport.errors.changedSinceDownload"]);
    expect((await apply(official, assessmentId, bytes, again.digest)).ok).toBe(true);
    expect(await db().response.findFirstOrThrow({ where: { assessmentId, indicatorId: id.LF } })).toMatchObject({ numerator: 1, denominator: 2 });
    expect(await db().response.findFirstOrThrow({ where: { assessmentId, indicatorId: id.POP } })).toMatchObject({ value: 900 });
  });

  it("refuses a file that is not a template, and unreadable forms", async () => {
    const { official, assessmentId } = await makeRichAssessment();
    const junk = new TextEncoder().encode("code,value\nLF,1\n");
    expect(await previewResponseImport(db(), official, { assessmentId, bytes: junk, locale: "vi" })).toEqual({ ok: false, reason: "invalid", fieldErrors: { file: "responseImport.errors.notXlsx" } });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").addRow(["Mã chỉ tiêu"]);
    const noSheet = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await previewResponseImport(db(), official, { assessmentId, bytes: noSheet, locale: "vi" })).toEqual({ ok: false, reason: "invalid", fieldErrors: { file: "responseImport.errors.noSheet" } });
  });
});

describe("workbooks that unpack to more than an import takes", () => {
  it("are refused with the size message before the sheet is built, and nothing is written", async () => {
    const { official, assessmentId } = await makeRichAssessment();
    const parts = unzipSync(await edited(official, assessmentId, () => undefined));
    const sheet = Object.keys(parts).find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))!;
    parts[sheet] = strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"0".repeat(60 * 1024 * 1024)}</t></is></c></row></sheetData></worksheet>`);
    const bomb = zipSync(parts, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(await previewResponseImport(db(), official, { assessmentId, bytes: bomb, locale: "vi" })).toEqual({ ok: false, reason: "invalid", fieldErrors: { file: "responseImport.errors.tooLarge" } });
    expect(await stored(assessmentId)).toEqual([]);
  });
});

describe("who may import", () => {
  it("refuses viewers and coordinators as forbidden and other cities' officials as missing, writing nothing", async () => {
    const { city, official, assessmentId } = await makeRichAssessment();
    const bytes = await edited(official, assessmentId, (sheet) => set(sheet, "POP", { value: 10, dataYear: 2024 }));
    const digest = (await preview(official, assessmentId, bytes)).digest;
    const viewer = await makeUser("viewer", { assignedCityIds: [city.id] });
    const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
    const stranger = await makeUser("official", { cityId: (await makeCity()).id });
    for (const [actor, reason] of [
      [viewer, "forbidden"],
      [coordinator, "forbidden"],
      [stranger, "notFound"],
    ] as const) {
      expect(await previewResponseImport(db(), actor, { assessmentId, bytes, locale: "vi" })).toEqual({ ok: false, reason });
      expect(await apply(actor, assessmentId, bytes, digest)).toEqual({ ok: false, reason });
    }
    expect(await stored(assessmentId)).toEqual([]);
  });

  it("treats submitted and approved checklists as read-only", async () => {
    const { official, coordinator, assessmentId, framework } = await makeSubmittedAssessment();
    const bytes = await edited(official, assessmentId, (sheet) => set(sheet, framework.count.code, { value: 99 }));
    expect(await previewResponseImport(db(), official, { assessmentId, bytes, locale: "vi" })).toEqual({ ok: false, reason: "forbidden" });
    expect((await takeReviewAct(db(), coordinator, { assessmentId, act: "approve", flags: [] })).ok).toBe(true);
    expect(await previewResponseImport(db(), official, { assessmentId, bytes, locale: "vi" })).toEqual({ ok: false, reason: "forbidden" });
  });

  it("after a return, changes only the flagged answers", async () => {
    const { official, coordinator, assessmentId, framework } = await makeSubmittedAssessment();
    expect((await takeReviewAct(db(), coordinator, { assessmentId, act: "return", reason: "Xem lại", flags: [{ indicatorId: framework.rate.id, comment: "Sai mẫu số" }] })).ok).toBe(true);
    const bytes = await edited(official, assessmentId, (sheet) => {
      set(sheet, "LF", { denominator: 980 });
      set(sheet, "HS", { value: 13 });
    });
    const previewed = await preview(official, assessmentId, bytes);
    expect(previewed.rows.map((r) => [r.code, r.errors.map((e) => e.code)])).toEqual([
      ["LF", []],
      ["HS", ["responseImport.errors.locked"]],
    ]);
    const applied = await apply(official, assessmentId, bytes, previewed.digest);
    expect(applied.ok && applied.value.applied.map((r) => r.code)).toEqual(["LF"]);
    const after = await db().response.findMany({ where: { assessmentId }, include: { indicator: { select: { code: true } } } });
    expect(Object.fromEntries(after.map((r) => [r.indicator.code, r.indicator.code === "LF" ? r.denominator : r.value]))).toEqual({ LF: 980, HS: 12 });
  });

  it("an assessment made from publications cannot be imported into", async () => {
    const { official, assessmentId } = await makeAssessment();
    const bytes = await edited(official, assessmentId, (sheet) => set(sheet, "HS", { value: 3 }));
    await db().assessment.update({ where: { id: assessmentId }, data: { fromPublications: true } });
    expect(await previewResponseImport(db(), official, { assessmentId, bytes, locale: "vi" })).toEqual({ ok: false, reason: "forbidden" });
  });
});
