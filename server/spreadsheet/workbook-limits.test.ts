import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { checkWorkbookLimits, type WorkbookLimits } from "./workbook-limits";

const limits: WorkbookLimits = { maxUnpackedBytes: 16 * 1024 * 1024, maxRows: 2_001, maxCells: 2_001 * 64, maxParts: 1_000 };

async function workbookWithRows(rows: number) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Responses");
  sheet.addRow(["Mã", "Giá trị"]);
  for (let i = 0; i < rows; i++) sheet.addRow([`LF${i}`, i]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The parts of a real workbook with its first sheet's XML replaced, zipped again with the strongest compression. */
async function withSheet(sheetXml: Uint8Array) {
  const parts: Record<string, Uint8Array> = { ...unzipSync(await workbookWithRows(1)), "xl/worksheets/sheet1.xml": sheetXml };
  return zipSync(parts, { level: 9 });
}

const sheetOf = (rows: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`);

describe("the limits an uploaded workbook is read against before it is parsed", () => {
  it("let a workbook the app could have written through", async () => {
    expect(await checkWorkbookLimits(await workbookWithRows(2_000), limits)).toBe("ok");
  });

  it("refuse a sheet with more rows than an import takes, counted as the sheet streams by", async () => {
    expect(await checkWorkbookLimits(await workbookWithRows(2_001), limits)).toBe("tooManyRows");
    // Rows the archive compresses to nearly nothing, and one row with more cells than any sheet has columns.
    const manyRows = Array.from({ length: 50_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join("");
    expect(await checkWorkbookLimits(await withSheet(sheetOf(manyRows)), limits)).toBe("tooManyRows");
    const wideRow = `<row r="1">${"<c><v>1</v></c>".repeat(200_000)}</row>`;
    expect(await checkWorkbookLimits(await withSheet(sheetOf(wideRow)), limits)).toBe("tooManyRows");
  });

  it("refuse an archive that unpacks to far more than it weighs, before holding what it unpacks to", async () => {
    // One cell of 120 MB of zeros: under a megabyte as a file, 107 MB and more as the parser's sheet.
    const bomb = await withSheet(sheetOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>${"0".repeat(120 * 1024 * 1024)}</t></is></c></row>`));
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(await checkWorkbookLimits(bomb, limits)).toBe("tooLarge");
  });

  it("count what each part really inflates to, not the size the archive declares", async () => {
    const honest = await withSheet(sheetOf(`<row r="1"><c r="A1" t="inlineStr"><is><t>${"0".repeat(20 * 1024 * 1024)}</t></is></c></row>`));
    const lying = Buffer.from(honest);
    // Every header of the sheet's part (local and central) claims it unpacks to 1 kB.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    for (const [signature, sizeOffset, nameOffset] of [[0x04034b50, 22, 30], [0x02014b50, 24, 46]] as const) {
      for (let at = lying.indexOf(Buffer.from([signature & 0xff, (signature >> 8) & 0xff, (signature >> 16) & 0xff, signature >>> 24])); at !== -1; at = lying.indexOf(Buffer.from([signature & 0xff, (signature >> 8) & 0xff, (signature >> 16) & 0xff, signature >>> 24]), at + 1)) {
        if (lying.subarray(at + nameOffset, at + nameOffset + name.length).equals(name)) lying.writeUInt32LE(1024, at + sizeOffset);
      }
    }
    expect(await checkWorkbookLimits(lying, limits)).not.toBe("ok");
  });

  it("refuse what is no archive at all", async () => {
    expect(await checkWorkbookLimits(strToU8("PK not really a zip"), limits)).toBe("notXlsx");
  });
});
