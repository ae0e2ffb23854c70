// The tables every export writes, described once so that the Excel workbook and the CSV file of a
// table hold the same columns and the same cells. A cell keeps its machine value (a rate as the
// fraction 0.6213, a moment as a Date); how it shows is a format the workbook applies and the CSV
// leaves to the reader's program.

/**
 * How a cell shows in a workbook. `percent` is for rates (at most one decimal, as the checklist
 * shows them), `score` for readiness scores (whole percentages, as the readiness figure shows them),
 * `whole` for years and versions (no grouping: 2025, not 2,025), `integer` for counts (grouped).
 */
export type CellFormat = "text" | "whole" | "integer" | "number" | "percent" | "score" | "date" | "dateTime";
export type CellValue = string | number | Date | null;
export interface FormattedCell {
  value: CellValue;
  format: CellFormat;
}
export type Cell = CellValue | FormattedCell;
export type Row = readonly Cell[];

export interface TableColumn {
  header: string;
  /** In characters, as Excel counts column widths. */
  width: number;
  /** The format of the column's plain cells; a FormattedCell brings its own. */
  format?: CellFormat;
}

export interface Table {
  /** The sheet's name in a workbook (at most 31 characters, none of : \ / ? * [ ], and not "History", which Excel keeps for itself). */
  name: string;
  columns: TableColumn[];
}

const isFormatted = (cell: Cell): cell is FormattedCell => cell !== null && typeof cell === "object" && !(cell instanceof Date);

export const cellValue = (cell: Cell): CellValue => (isFormatted(cell) ? cell.value : cell);
export const cellFormat = (cell: Cell, column: TableColumn | undefined): CellFormat | undefined => (isFormatted(cell) ? cell.format : column?.format);

/**
 * An indicator's figure (value, numerator, target...) with the format its type calls for: rates
 * as percentages, whole counts with grouping, other numbers with their decimals.
 */
export function figureCell(type: string, value: number | null | undefined): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (type === "rate") return { value, format: "percent" };
  return { value, format: Number.isInteger(value) ? "integer" : "number" };
}

/** A count (a rate's numerator or denominator): grouped, with decimals only when it has some. */
export const countCell = (value: number | null | undefined): Cell => figureCell("count", value);
