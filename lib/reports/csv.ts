// One CSV writer for every export: RFC 4180 (comma-separated, fields with a comma, quote or line
// break quoted, quotes doubled, CRLF after each record), UTF-8 with a byte-order mark because
// Excel otherwise reads the file in the system's legacy code page and mangles "Hà Nội".
//
// Numbers are written as plain machine numbers with a dot ("0.6213", "61200"), never as the
// reader's locale shows them: Vietnamese formatting ("62,1%", "61.200") would put commas inside
// fields and turn numbers into text or into the wrong number for every program that loads the
// file. The CSV is the interchange form; the Excel workbook is the one formatted for reading.
//
// Moments are written in Vietnam's time, as the pages and the workbook show them, in ISO 8601 with
// the offset ("2026-12-02T14:05:09+07:00"): a program reads the exact moment, a person reads the
// same hour as on screen, and the header of a time column says which zone it is.

import { calendarDayOf, isoMoment } from "../format/dates";
import { cellFormat, cellValue, type CellFormat, type CellValue, type Row, type TableColumn } from "./table-rows";

export const csvBom = "\uFEFF";
export const csvMimeType = "text/csv; charset=utf-8";

// A spreadsheet program runs a cell that starts with one of these as a formula, so text from
// users ("=HYPERLINK(...)", "+84 ...", "@SUM(...)") could act when the file is opened. A leading
// apostrophe makes Excel and LibreOffice show it as text (OWASP "CSV injection"); tab and
// carriage return are on the same list because some programs strip them first.
const formulaStart = /^[=+\-@\t\r]/;

function numberText(value: number): string {
  // Infinity and NaN mean no figure; -0 reads as 0.
  return Number.isFinite(value) ? String(value === 0 ? 0 : value) : "";
}

/**
 * One field, quoted when it must be. A moment is written in Vietnam's time with its offset
 * ("2026-12-02T14:05:09+07:00"); in a date column, only its day in Vietnam ("2026-12-02").
 */
export function csvField(value: CellValue, format?: CellFormat): string {
  if (value === null) return "";
  if (typeof value === "number") return numberText(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    return format === "date" ? calendarDayOf(value) : isoMoment(value);
  }
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One record with its CRLF. Formats are the workbook's business: a CSV cell is its value, except
 * that a date column (of `columns`, or the cell's own format) keeps only the day of a moment.
 */
export function csvLine(row: Row, columns?: readonly TableColumn[]): string {
  return row.map((cell, i) => csvField(cellValue(cell), cellFormat(cell, columns?.[i]))).join(",") + "\r\n";
}

/**
 * A column's header in the CSV: a time column's says the zone its moments are in, with the text
 * the caller gives in the reader's language ("giờ Việt Nam, UTC+7").
 */
export function csvHeader(column: TableColumn, zoneNote: string): string {
  return column.format === "dateTime" ? `${column.header} (${zoneNote})` : column.header;
}

/**
 * The whole file as text chunks: the byte-order mark and header, then one chunk per batch of rows.
 * `zoneNote` names Vietnam's time zone in the reader's language, for the time columns' headers.
 */
export async function* csvChunks(
  columns: readonly TableColumn[],
  batches: AsyncIterable<readonly Row[]> | Iterable<readonly Row[]>,
  zoneNote: string,
): AsyncGenerator<string> {
  yield csvBom + csvLine(columns.map((c) => csvHeader(c, zoneNote)));
  for await (const rows of batches) {
    if (rows.length) yield rows.map((row) => csvLine(row, columns)).join("");
  }
}

/**
 * Text chunks as a byte stream for a Response. Pulled, so the next batch is read from the
 * database only when the client has taken the last one, and a client that goes away stops it.
 */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}
