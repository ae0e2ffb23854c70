import type ExcelJS from "exceljs";
import { excelDateFormat, excelDateTimeFormat, wallClock } from "../format/dates";
import { cellFormat, cellValue, type CellFormat, type Row, type Table } from "./table-rows";

/**
 * Excel number formats, matching how the app shows each kind of figure (see ./figures) and each
 * date (02/12/2026) and moment (02/12/2026 14:05), in Vietnam's time (see lib/format/dates).
 */
export const numberFormats: Record<CellFormat, string | undefined> = {
  text: undefined,
  whole: "0",
  integer: "#,##0",
  number: "#,##0.0###",
  percent: "0.0%",
  score: "0%",
  date: excelDateFormat,
  dateTime: excelDateTimeFormat,
};

type AnyWorkbook = ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter;

export interface TableSheet {
  sheet: ExcelJS.Worksheet;
  add(row: Row): void;
  /** Sets the filter over every written row; on a streamed workbook, also writes the sheet out. */
  end(): void;
}

/**
 * A sheet holding one table: a bold header row that stays in view, column widths, each cell in
 * its format, and a filter on every column. On a streamed workbook each row is written out as it
 * is added, so nothing but the current row stays in memory.
 */
export function addTableSheet(workbook: AnyWorkbook, table: Table): TableSheet {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  header.commit();
  let rows = 1;

  return {
    sheet,
    add(row) {
      const added = sheet.addRow([]);
      row.forEach((cell, i) => {
        const value = cellValue(cell);
        const format = cellFormat(cell, table.columns[i]);
        const target = added.getCell(i + 1);
        target.value = value instanceof Date ? wallClock(value) : value;
        const numFmt = format && numberFormats[format];
        if (numFmt && value !== null && typeof value !== "string") target.numFmt = numFmt;
      });
      added.commit();
      rows++;
    },
    end() {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows, column: table.columns.length } };
      // Only a streamed sheet has a commit, though the typings give every sheet one.
      (sheet as { commit?: () => void }).commit?.();
    },
  };
}
