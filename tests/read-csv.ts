import { Readable } from "node:stream";
import ExcelJS from "exceljs";

/**
 * For tests: a CSV file's records as text fields, read by an independent parser (exceljs's, i.e.
 * fast-csv) so that the app's writer is not checked against itself. The byte-order mark must be
 * there and is dropped first.
 */
export async function readCsv(text: string): Promise<string[][]> {
  if (!text.startsWith("\uFEFF")) throw new Error("the file does not start with a byte-order mark");
  const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([text.slice(1)]), { map: (value: string) => value });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? "" : String(v))));
  });
  // A record's trailing empty fields leave no cells behind: pad every record to the widest.
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}
