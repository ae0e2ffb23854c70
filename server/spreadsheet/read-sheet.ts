import "server-only";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import type { HeaderRead } from "@/lib/spreadsheet/cells";
import { fail, ok, type Result } from "@/lib/result";
import { checkWorkbookLimits } from "./workbook-limits";

/** The translation key of each reason an uploaded workbook cannot be read at all. */
export interface SheetErrors {
  fileRequired: string;
  tooLarge: string;
  notXlsx: string;
  noSheet: string;
  tooManyRows: string;
  missingColumns: string;
}

export interface KeyedRow<K extends string> {
  /** The row's number in the sheet, as the user sees it (the header is row 1). */
  rowNumber: number;
  cells: Partial<Record<K, unknown>>;
}

/**
 * What an uploaded workbook may unpack to. The largest the app itself writes (a plan of 2,000
 * tasks with long descriptions) unpacks to a few megabytes.
 */
export const maxUnpackedWorkbookBytes = 16 * 1024 * 1024;
/** Cells per row the limit on cells allows for, far more than any sheet of the app has columns. */
const maxColumns = 64;

/**
 * One sheet of an uploaded .xlsx file, each row below the header keyed by the column its header
 * names (columns the app does not know are left out), or why the file cannot be read, as a
 * `file` field error. Size and row limits are checked before the rows are.
 */
export async function readKeyedSheet<K extends string>(
  bytes: Uint8Array,
  options: { sheetName: string; maxBytes: number; maxRows: number; readHeader: (cells: unknown[]) => HeaderRead<K>; errors: SheetErrors },
): Promise<Result<KeyedRow<K>[]>> {
  const { errors } = options;
  const refuse = (key: string) => fail("invalid", { file: key });
  if (bytes.byteLength === 0) return refuse(errors.fileRequired);
  if (bytes.byteLength > options.maxBytes) return refuse(errors.tooLarge);
  // An .xlsx file is a ZIP archive; anything else is refused before the parser sees it.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return refuse(errors.notXlsx);
  // What it unpacks to is measured as a stream first: the parser would hold all of it.
  const verdict = await checkWorkbookLimits(bytes, { maxUnpackedBytes: maxUnpackedWorkbookBytes, maxRows: options.maxRows + 1, maxCells: (options.maxRows + 1) * maxColumns, maxParts: 1_000 });
  if (verdict !== "ok") return refuse(errors[verdict]);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return refuse(errors.notXlsx);
  }
  const sheet = workbook.getWorksheet(options.sheetName);
  if (!sheet) return refuse(errors.noSheet);
  if (sheet.actualRowCount > options.maxRows + 1) return refuse(errors.tooManyRows);
  const header = options.readHeader(Array.from({ length: sheet.columnCount }, (_, i) => sheet.getRow(1).getCell(i + 1).value));
  if (!header.ok) return refuse(errors.missingColumns);
  const rows: KeyedRow<K>[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: KeyedRow<K>["cells"] = {};
    header.columns.forEach((key, i) => {
      if (key) cells[key] = row.getCell(i + 1).value;
    });
    rows.push({ rowNumber, cells });
  });
  return ok(rows);
}

/** A fingerprint of what a preview was made from; applying compares it to tell whether anything moved on since. */
export function contentDigest(...parts: unknown[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part instanceof Uint8Array ? part : JSON.stringify(part)).update("\0");
  return hash.digest("hex");
}
