import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import { makeUser } from "@/tests/integration/fixtures";
import { listAssessments } from "../assessments/list-assessments";
import { db } from "../db";
import { exportCityName, makeExportScope } from "./csv-workbook-fixtures";
import { readScopeRows } from "./read-scope-rows";
import { writeScopeWorkbook } from "./write-scope-workbook";

let setup: Awaited<ReturnType<typeof makeExportScope>>;
beforeAll(async () => {
  setup = await makeExportScope();
});

async function scopeWorkbook(actor: Actor, options: { locale?: string; batchSize?: number; year?: number } = {}) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => output.on("end", resolve));
  const result = await writeScopeWorkbook(db(), actor, { framework: setup.framework.code, year: options.year ?? 2025 }, output, { locale: options.locale ?? "vi", batchSize: options.batchSize });
  if (!result.ok) return { result, workbook: null };
  await ended;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return { result, workbook };
}

/** A sheet's data rows as objects keyed by the header's texts. */
function records(sheet: ExcelJS.Worksheet) {
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const out: Record<string, ExcelJS.Cell>[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) out.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1)])));
  });
  return out;
}

describe("coordinator scope workbook", () => {
  it("has one row per city × indicator for the cities in the caller's scope, read a batch at a time", async () => {
    const { result, workbook } = await scopeWorkbook(setup.coordinator, { batchSize: 1 });
    expect(result).toEqual({ ok: true, value: { assessments: 2 } });
    expect(workbook!.worksheets.map((s) => s.name)).toEqual(["Thành phố × chỉ tiêu", "Bảng dọc"]);
    const wide = workbook!.getWorksheet("Thành phố × chỉ tiêu")!;
    expect(wide.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(wide.getColumn(1).width).toBe(32);
    expect(wide.autoFilter).toBe("A1:L5");
    const rows = records(wide);
    // Vietnamese order: "Đồng Hới" before "Hội An"; the third city is outside the scope.
    expect(rows.map((r) => [r["Thành phố"].value, r["Mã chỉ tiêu"].value])).toEqual([
      ["Thành phố Đồng Hới thử nghiệm", "LF"],
      ["Thành phố Đồng Hới thử nghiệm", "HS"],
      [exportCityName, "LF"],
      [exportCityName, "HS"],
    ]);
  });

  it("holds the same numbers the app shows: rates as fractions in percent format, readiness as the assessments list has it", async () => {
    const { workbook } = await scopeWorkbook(setup.coordinator);
    const rows = records(workbook!.getWorksheet("Thành phố × chỉ tiêu")!);
    const lf = rows.find((r) => r["Thành phố"].value === exportCityName && r["Mã chỉ tiêu"].value === "LF")!;
    expect(lf["Giá trị"].value).toBe(611 / 985);
    expect(lf["Giá trị"].numFmt).toBe("0.0%");
    expect(lf["Tử số"].value).toBe(611);
    expect(lf["Mẫu số"].value).toBe(985);
    expect(lf["Mục tiêu"].value).toBe(0.7);
    expect(lf["Trạng thái"].value).toBe("Đã duyệt");
    expect(lf["Loại"].value).toBe("Tỷ lệ");
    const listed = (await listAssessments(db(), setup.coordinator)).find((a) => a.id === setup.assessmentId)!;
    expect(lf["Mức sẵn sàng"].value).toBe(listed.readiness.score);
    expect(lf["Mức sẵn sàng"].numFmt).toBe("0%");
    const hs = rows.find((r) => r["Thành phố"].value === exportCityName && r["Mã chỉ tiêu"].value === "HS")!;
    expect(hs["Giá trị"].value).toBe(1420);
    expect(hs["Tử số"].value).toBeNull();

    const long = records(workbook!.getWorksheet("Bảng dọc")!);
    const measures = long.filter((r) => r["Thành phố"].value === exportCityName && r["Mã chỉ tiêu"].value === "LF");
    expect(Object.fromEntries(measures.map((r) => [r["Số liệu"].value, r["Giá trị"].value]))).toEqual({
      "Tử số": 611,
      "Mẫu số": 985,
      "Giá trị": 611 / 985,
      "Mục tiêu": 0.7,
      "Điểm đạt": 611 / 985 / 0.7,
    });
    expect(measures[0]["Bộ chỉ số"].value).toBe(setup.framework.code);
    expect(measures[0]["Năm"].value).toBe(2025);
    expect(long.some((r) => r["Thành phố"].value === "Thành phố ngoài phạm vi")).toBe(false);
  });

  it("gives an official only their own city, in English when asked", async () => {
    const { workbook } = await scopeWorkbook(setup.officials[1], { locale: "en" });
    const rows = records(workbook!.getWorksheet("Cities × indicators")!);
    expect(rows.map((r) => r["City"].value)).toEqual([`City ${setup.cities[1].slug}`, `City ${setup.cities[1].slug}`]);
    expect(rows[0]["Value"].value).toBe(0.5);
  });

  it("is empty for a year without assessments and refused for a framework nobody published", async () => {
    const { workbook } = await scopeWorkbook(setup.coordinator, { year: 2019 });
    expect(workbook!.getWorksheet("Thành phố × chỉ tiêu")!.rowCount).toBe(1);
    const viewer = await makeUser("viewer", { coversAllCities: true });
    const output = new PassThrough();
    expect(await writeScopeWorkbook(db(), viewer, { framework: "no-such-framework", year: 2025 }, output, { locale: "vi" })).toEqual({ ok: false, reason: "notFound" });
  });

  it("reads the assessments lazily, batch by batch", async () => {
    const rows = await readScopeRows(db(), setup.coordinator, { framework: setup.framework.code, year: 2025 }, { locale: "vi", batchSize: 1 });
    if (!rows.ok) throw new Error(rows.reason);
    const sizes: number[] = [];
    for await (const batch of rows.value.batches()) sizes.push(batch.length);
    expect(sizes).toEqual([1, 1]);
  });
});
