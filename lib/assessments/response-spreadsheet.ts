// The answers of an assessment as a spreadsheet: its columns, and what bringing an edited copy back
// would change, row by row. The indicator code ties a row to its answer; rows are read against the
// same rules the checklist applies as the official types (lib/assessments/check-response.ts), so a
// figure the checklist would flag is flagged here too, in the same words.
//
// Layout (the "Read me" sheet of every template explains it): one row per indicator, framework
// order. Code | Section | Indicator (vi) | Indicator (en) | Type | Unit | Allowed values are there to
// read; Numerator | Denominator | Value | Text or date | Data year | Comment | Evidence note are the
// answer; Revision says which saved version of the answer the row was copied from. A cell that does
// not apply to the indicator's type must stay blank, except a rate's value, which the template
// computes for reading and an import ignores (a rate is always numerator / denominator).

import en from "../../messages/en.json";
import vi from "../../messages/vi.json";
import { parseLocaleNumber } from "../format/parse-number";
import { cellText, dateCell, normalizeWord, plainCell, readHeaderColumns, type CellValue, type HeaderRead } from "../spreadsheet/cells";
import { responseFieldsSchema, type ResponseFields } from "../validation/assessments";
import { fieldErrors } from "../validation/zod";
import { checkResponse, emptyAnswer, type CheckIndicator, type ProblemField } from "./check-response";

export const responseColumns = [
  { key: "code", vi: "Mã chỉ tiêu", en: "Code", width: 14 },
  { key: "section", vi: "Nhóm", en: "Section", width: 28 },
  { key: "labelVi", vi: "Tên chỉ tiêu", en: "Indicator", width: 48 },
  { key: "labelEn", vi: "Tên tiếng Anh", en: "English name", width: 40 },
  { key: "type", vi: "Loại", en: "Type", width: 20 },
  { key: "unit", vi: "Đơn vị", en: "Unit", width: 12 },
  { key: "allowed", vi: "Giá trị được nhận", en: "Allowed values", width: 36 },
  { key: "numerator", vi: "Tử số", en: "Numerator", width: 14 },
  { key: "denominator", vi: "Mẫu số", en: "Denominator", width: 14 },
  { key: "value", vi: "Giá trị", en: "Value", width: 14 },
  { key: "text", vi: "Nội dung hoặc ngày", en: "Text or date", width: 40 },
  { key: "dataYear", vi: "Năm của số liệu", en: "Data year", width: 12 },
  { key: "comment", vi: "Giải thích", en: "Comment", width: 36 },
  { key: "evidenceNote", vi: "Ghi chú minh chứng", en: "Evidence note", width: 36 },
  { key: "revision", vi: "Phiên bản", en: "Revision", width: 10 },
] as const;

export type ResponseColumnKey = (typeof responseColumns)[number]["key"];

/** The columns that hold the answer, in column order: what an import may change. */
export const answerColumns = ["numerator", "denominator", "value", "text", "dataYear", "comment", "evidenceNote"] as const satisfies readonly (keyof ResponseFields & ResponseColumnKey)[];
export type AnswerColumn = (typeof answerColumns)[number];

export const responsesSheetName = "Responses";
export const readMeSheetName = "Read me";
/** Larger files are refused before they are opened. */
export const maxTemplateBytes = 5 * 1024 * 1024;
/** More rows than any framework has; a bigger sheet is refused rather than read. */
export const maxTemplateRows = 2_000;

export type IndicatorType = CheckIndicator["type"];

/** The answer cells an indicator of this kind uses; the rest stay blank. The comment is always there. */
export function answerColumnsFor(indicator: Pick<CheckIndicator, "type" | "asOfYear" | "evidence">): AnswerColumn[] {
  const used = new Set<AnswerColumn>(["comment"]);
  if (indicator.type === "rate") ["numerator", "denominator"].forEach((c) => used.add(c as AnswerColumn));
  if (["count", "number", "level", "boolean"].includes(indicator.type)) used.add("value");
  if (indicator.type === "date" || indicator.type === "text") used.add("text");
  if (indicator.asOfYear) used.add("dataYear");
  if (indicator.evidence !== "none" || indicator.type === "evidence") used.add("evidenceNote");
  return answerColumns.filter((c) => used.has(c));
}

/** An answer's cell as the template writes it: numbers as numbers, blank for what does not apply. */
export function answerCell(indicator: Pick<CheckIndicator, "type" | "asOfYear" | "evidence">, answer: ResponseFields, column: AnswerColumn): number | string | null {
  return answerColumnsFor(indicator).includes(column) ? answer[column] : null;
}

/** Which column each header cell names. The answer columns and the code must all be there; the others are for reading. */
export function readResponseHeader(cells: readonly unknown[]): HeaderRead<ResponseColumnKey> {
  return readHeaderColumns(cells, responseColumns, ["code", ...answerColumns]);
}

// ─── Reading a row against the checklist ────────────────────────────────────────────────────────

export interface ImportIndicator {
  id: string;
  code: string;
  rules: CheckIndicator;
  /** For a level: its scale, so a cell may name a level by its label as well as by its number. */
  levels: { value: number; labelVi: string; labelEn: string }[];
  /** Whether the actor may change this answer now (after a return, only flagged ones). */
  changeable: boolean;
  /** Last year's approved value, for the plausibility warnings. */
  previousValue: number | null;
}

export interface CurrentAnswer extends ResponseFields {
  revision: number;
  evidenceFiles: number;
}

export interface RowProblem {
  /** The column at fault, or "_row" for the row as a whole. */
  field: ResponseColumnKey | "_row";
  /** A translation key. */
  code: string;
  params?: Record<string, string | number>;
}

export type AnswerValue = number | string | null;

export interface FieldChange {
  field: AnswerColumn;
  before: AnswerValue;
  after: AnswerValue;
}

export interface RowPlan {
  rowNumber: number;
  /** The code as written, even when no indicator has it, so the preview can name the row. */
  code: string | null;
  indicatorId: string | null;
  /** Null for a row that could not be matched to an indicator or read. */
  change: "changed" | "unchanged" | null;
  changes: FieldChange[];
  errors: RowProblem[];
  /** The whole answer as the row leaves it, when it changes one. */
  after: ResponseFields | null;
  /** The revision of the stored answer the row was compared with (0: no answer yet). */
  revision: number;
}

export type SheetCells = Partial<Record<ResponseColumnKey, unknown>>;

type Read = { ok: true; value: AnswerValue } | { ok: false; problem: Omit<RowProblem, "field"> };
const read = (value: AnswerValue): Read => ({ ok: true, value });
const refuse = (code: string, params?: RowProblem["params"]): Read => ({ ok: false, problem: params ? { code, params } : { code } });

/** A figure: a number cell, or text as the user's locale writes numbers (1.420.000 or 67,5 in Vietnamese). */
function readNumber(cell: CellValue, locale: string): Read {
  if (typeof cell === "number") return Number.isFinite(cell) ? read(cell) : refuse("checks.notANumber");
  const text = cellText(cell);
  if (text === null) return read(null);
  if (cell instanceof Date || typeof cell === "boolean") return refuse("checks.notANumber");
  const parsed = parseLocaleNumber(text, locale);
  return parsed === null || Number.isNaN(parsed) ? refuse("checks.notANumber") : read(parsed);
}

const yesNoWords = new Map<string, number>([
  ...["1", "true", "yes", "có", vi.checklist.yes, en.checklist.yes].map((w) => [normalizeWord(w), 1] as const),
  ...["0", "false", "no", "không", vi.checklist.no, en.checklist.no].map((w) => [normalizeWord(w), 0] as const),
]);

function readYesNo(cell: CellValue): Read {
  if (typeof cell === "boolean") return read(cell ? 1 : 0);
  const text = cellText(cell);
  if (text === null) return read(null);
  const value = yesNoWords.get(normalizeWord(text));
  return value === undefined ? refuse("responseImport.errors.yesNo") : read(value);
}

function readLevel(cell: CellValue, indicator: ImportIndicator, locale: string): Read {
  const number = readNumber(cell, locale);
  if (number.ok) return number;
  const text = cellText(cell) ?? "";
  const level = indicator.levels.find((l) => [l.labelVi, l.labelEn].some((label) => normalizeWord(label) === normalizeWord(text)));
  if (level) return read(level.value);
  const values = indicator.levels.map((l) => l.value);
  return values.length ? refuse("checks.levelOutOfRange", { min: Math.min(...values), max: Math.max(...values) }) : number;
}

/** Free text as typed: one kind of line break, no blank margins, blank as none. */
const plainText = (text: string | null) => {
  const trimmed = text?.replace(/\r\n?/g, "\n").trim();
  return trimmed ? trimmed : null;
};

function readCell(column: AnswerColumn, cell: CellValue, indicator: ImportIndicator, locale: string): Read {
  const { type } = indicator.rules;
  switch (column) {
    case "value":
      if (type === "boolean") return readYesNo(cell);
      if (type === "level") return readLevel(cell, indicator, locale);
      return readNumber(cell, locale);
    case "numerator":
    case "denominator":
    case "dataYear":
      return readNumber(cell, locale);
    case "text":
      // Excel turns a typed 2025-03-15 into a date of its own; it is read back as that day.
      return read(plainText(type === "date" ? dateCell(cell) : typeof cell === "number" ? String(cell) : cellText(cell)));
    default:
      return read(plainText(cellText(cell)));
  }
}

const sameValue = (a: AnswerValue, b: AnswerValue) => (typeof a === "string" || typeof b === "string" ? plainText(a === null ? null : String(a)) === plainText(b === null ? null : String(b)) : a === b);

// The checklist's problems name its boxes; here they name the spreadsheet's columns.
const columnOfProblem: Record<ProblemField, ResponseColumnKey> = {
  numerator: "numerator",
  denominator: "denominator",
  value: "value",
  text: "text",
  dataYear: "dataYear",
  evidence: "evidenceNote",
  comment: "comment",
};

/**
 * The problems of an answer as the checklist sees them: the form's structural checks, then its hard
 * errors, then its plausibility warnings while the comment that would explain them is blank.
 * A field with a checklist problem is not reported twice.
 */
function answerProblems(indicator: ImportIndicator, answer: CurrentAnswer, year: number): RowProblem[] {
  const check = checkResponse(indicator.rules, answer, { year, previousValue: indicator.previousValue });
  const problems: RowProblem[] = [...check.errors, ...check.unresolvedWarnings].map(({ field, code, params }) =>
    params ? { field: columnOfProblem[field], code, params } : { field: columnOfProblem[field], code },
  );
  const parsed = responseFieldsSchema.safeParse(answer);
  if (!parsed.success) {
    for (const [field, code] of Object.entries(fieldErrors(parsed.error))) {
      const column = (answerColumns as readonly string[]).includes(field) ? (field as AnswerColumn) : "_row";
      if (!problems.some((p) => p.field === column)) problems.push({ field: column, code });
    }
  }
  return problems;
}

/** One row against its indicator and current answer: what it changes, and why it may not. */
function planRow(rowNumber: number, cells: SheetCells, indicator: ImportIndicator, current: CurrentAnswer, context: { year: number; locale: string }): RowPlan {
  const errors: RowProblem[] = [];
  const after: CurrentAnswer = { ...current };
  const used = answerColumnsFor(indicator.rules);
  for (const column of answerColumns) {
    const cell = plainCell(cells[column]);
    if (!used.includes(column)) {
      // A rate's value column shows the computed rate, for reading only.
      const ignored = column === "value" && indicator.rules.type === "rate";
      if (!ignored && cellText(cell) !== null) errors.push({ field: column, code: "responseImport.errors.notApplicable" });
      continue;
    }
    const result = readCell(column, cell, indicator, context.locale);
    if (!result.ok) errors.push({ field: column, ...result.problem });
    else if (!sameValue(current[column], result.value)) (after as unknown as Record<AnswerColumn, AnswerValue>)[column] = result.value;
  }
  const changes = used.filter((column) => after[column] !== current[column]).map((field): FieldChange => ({ field, before: current[field], after: after[field] }));
  const base = { rowNumber, code: indicator.code, indicatorId: indicator.id, revision: current.revision };
  if (errors.length > 0) return { ...base, change: null, changes, errors, after: null };
  if (changes.length === 0) return { ...base, change: "unchanged", changes, errors, after: null };

  // Only a row that changes an answer is judged: the rest of the file is left as it is.
  if (!indicator.changeable) errors.push({ field: "_row", code: "responseImport.errors.locked" });
  const fileRevision = plainCell(cells.revision);
  if (typeof fileRevision === "number" && fileRevision !== current.revision) errors.push({ field: "_row", code: "responseImport.errors.changedSinceDownload" });
  errors.push(...answerProblems(indicator, after, context.year));
  const { revision, evidenceFiles, ...fields } = after;
  void revision;
  void evidenceFiles;
  return { ...base, change: "changed", changes, errors, after: fields };
}

const isBlankRow = (cells: SheetCells) => Object.values(cells).every((cell) => cellText(plainCell(cell)) === null);

/**
 * Every non-blank row of an edited template, matched by code to its indicator and compared with
 * the current answer (`answers`, by indicator id; none means not answered yet). A code the
 * framework lacks, a code on more than one row (each of them: which one was meant is unknown) and
 * a row without a code are errors of their row.
 */
export function planRows(
  rows: readonly { rowNumber: number; cells: SheetCells }[],
  indicators: readonly ImportIndicator[],
  answers: ReadonlyMap<string, CurrentAnswer>,
  context: { year: number; locale: string },
): RowPlan[] {
  const exact = new Map(indicators.map((i) => [i.code, i]));
  const loose = new Map(indicators.map((i) => [normalizeWord(i.code), i]));
  const filled = rows.filter((row) => !isBlankRow(row.cells));
  const codeOf = (cells: SheetCells) => cellText(plainCell(cells.code));
  const rowsByCode = new Map<string, number[]>();
  for (const row of filled) {
    const code = codeOf(row.cells);
    if (code !== null) rowsByCode.set(normalizeWord(code), [...(rowsByCode.get(normalizeWord(code)) ?? []), row.rowNumber]);
  }

  return filled.map(({ rowNumber, cells }): RowPlan => {
    const code = codeOf(cells);
    const unread = (problem: RowProblem): RowPlan => ({ rowNumber, code, indicatorId: null, change: null, changes: [], errors: [problem], after: null, revision: 0 });
    if (code === null) return unread({ field: "code", code: "responseImport.errors.codeMissing" });
    const indicator = exact.get(code) ?? loose.get(normalizeWord(code));
    if (!indicator) return unread({ field: "code", code: "responseImport.errors.unknownCode" });
    const sameCode = rowsByCode.get(normalizeWord(code)) ?? [];
    if (sameCode.length > 1) {
      return { ...unread({ field: "code", code: "responseImport.errors.duplicateCode", params: { rows: sameCode.join(", ") } }), code: indicator.code, indicatorId: indicator.id };
    }
    return planRow(rowNumber, cells, indicator, answers.get(indicator.id) ?? { ...emptyAnswer, revision: 0 }, context);
  });
}

/** Rows an import would write: those that change an answer and have no problem. */
export const applicableRows = (rows: readonly RowPlan[]) => rows.filter((row) => row.change === "changed" && row.errors.length === 0);
export const rowsWithErrors = (rows: readonly RowPlan[]) => rows.filter((row) => row.errors.length > 0);
