// The task spreadsheet of an action plan: its columns, reading a row back into a goal or task,
// and what re-importing an edited file would change. The outline code ("1", "1.2") is the key
// that ties a row to an item, so a file can be exported, edited anywhere and brought back.
//
// The layout is fixed (the "Read me" sheet of every export explains it):
//   Code | Parent code | Kind | Title (vi) | Title (en) | Lead agency | Supporting agencies
//   (separated by ";") | Owner e-mail | Start | Due | Status | Progress % | Weight | Framework |
//   Indicator | Target value | Target year | Description (vi) | Description (en)
// Headers are written in Vietnamese with the English in brackets. Columns are found by their
// header (the Vietnamese, the English or both), so reordering them does no harm; a missing one
// makes the whole file unreadable rather than silently blanking a field.
//
// Cells: kind and status are written as codes and read as codes or as their Vietnamese or English
// label; dates are YYYY-MM-DD text (a cell Excel turned into a real date is read too); progress is
// a whole percent. The progress of a goal (or of a task with tasks under it) is rolled up from its
// children: it is exported for reading and ignored on import.

import en from "../../messages/en.json";
import vi from "../../messages/vi.json";
import { planItemSchema, type PlanItemInput } from "../validation/action-plans";
import { cellText, dateCell, headerLabel, isBlankCell, normalizeWord as normalize, plainCell, readHeaderColumns, type HeaderRead } from "../spreadsheet/cells";
import { fieldErrors } from "../validation/zod";
import { checkItemState } from "./check-update";
import { itemKinds, itemStatuses } from "./vocabulary";

export const spreadsheetColumns = [
  { key: "code", vi: "Mã", en: "Code", width: 10 },
  { key: "parentCode", vi: "Mã cấp trên", en: "Parent code", width: 12 },
  { key: "kind", vi: "Loại", en: "Kind", width: 9 },
  { key: "titleVi", vi: "Tên tiếng Việt", en: "Title (vi)", width: 48 },
  { key: "titleEn", vi: "Tên tiếng Anh", en: "Title (en)", width: 40 },
  { key: "leadAgency", vi: "Cơ quan chủ trì", en: "Lead agency", width: 28 },
  { key: "supportingAgencies", vi: "Cơ quan phối hợp", en: "Supporting agencies", width: 36 },
  { key: "ownerEmail", vi: "Thư điện tử người phụ trách", en: "Owner e-mail", width: 30 },
  { key: "startOn", vi: "Bắt đầu", en: "Start", width: 12 },
  { key: "dueOn", vi: "Hạn hoàn thành", en: "Due", width: 12 },
  { key: "status", vi: "Trạng thái", en: "Status", width: 12 },
  { key: "progress", vi: "Tiến độ %", en: "Progress %", width: 10 },
  { key: "weight", vi: "Trọng số", en: "Weight", width: 9 },
  { key: "frameworkCode", vi: "Bộ chỉ số", en: "Framework", width: 14 },
  { key: "indicatorCode", vi: "Chỉ số", en: "Indicator", width: 14 },
  { key: "targetValue", vi: "Giá trị mục tiêu", en: "Target value", width: 12 },
  { key: "targetYear", vi: "Năm mục tiêu", en: "Target year", width: 10 },
  { key: "descriptionVi", vi: "Mô tả tiếng Việt", en: "Description (vi)", width: 48 },
  { key: "descriptionEn", vi: "Mô tả tiếng Anh", en: "Description (en)", width: 40 },
] as const satisfies readonly { key: keyof PlanItemInput; vi: string; en: string; width: number }[];

export type ColumnKey = (typeof spreadsheetColumns)[number]["key"];
export type SheetColumn = (typeof spreadsheetColumns)[number];

export const tasksSheetName = "Tasks";
export const readMeSheetName = "Read me";
/** Larger files are refused before they are opened. */
export const maxSpreadsheetBytes = 5 * 1024 * 1024;
/** More rows than any plan needs; a bigger sheet is refused rather than read. */
export const maxSpreadsheetRows = 2_000;

export { headerLabel };

// ─── Cells ──────────────────────────────────────────────────────────────────────────────────────

/** A word a cell may hold, by its code or by its label in either language, to its code. */
function vocabulary<T extends string>(codes: readonly T[], labels: (messages: typeof vi | typeof en, code: T) => string): Map<string, T> {
  return new Map(codes.flatMap((code) => [code, labels(vi, code), labels(en, code)].map((name) => [normalize(name), code] as const)));
}

// The labels are the app's own, so whatever a user reads on a page is understood in a cell.
const statusNames = vocabulary(itemStatuses, (messages, code) => messages.actionPlans.itemStatus[code]);
const kindNames = vocabulary(itemKinds, (messages, code) => messages.actionPlans.kind[code]);

// ─── The header ─────────────────────────────────────────────────────────────────────────────────

/** Which column each header cell names (null for columns the app does not know), or the missing ones. */
export function readHeader(cells: readonly unknown[]): HeaderRead<ColumnKey> {
  return readHeaderColumns(cells, spreadsheetColumns);
}

// ─── Rows ───────────────────────────────────────────────────────────────────────────────────────

export interface SheetRow {
  /** The row's number in the sheet, as the user sees it (the header is row 1). */
  rowNumber: number;
  cells: Partial<Record<ColumnKey, unknown>>;
}

export interface RowError {
  rowNumber: number;
  /** The column at fault, or "_row" for the row as a whole. */
  field: ColumnKey | "_row";
  /** A translation key. */
  key: string;
}

export interface ParsedRow {
  rowNumber: number;
  /** The code as written, even when it is not valid, so the preview can name the row. */
  code: string | null;
  titleVi: string | null;
  /** The goal or task the row describes, when its cells are valid. */
  item: PlanItemInput | null;
  errors: RowError[];
}

function schemaInput(cells: SheetRow["cells"]): Record<string, unknown> {
  const value = (key: ColumnKey) => plainCell(cells[key]);
  const text = (key: ColumnKey) => cellText(value(key));
  const word = (key: "status" | "kind", names: Map<string, string>) => {
    const written = text(key);
    // An unknown word is passed on as written, for the schema to refuse.
    return written === null ? undefined : (names.get(normalize(written)) ?? written);
  };
  const number = (key: ColumnKey) => {
    const cell = value(key);
    return typeof cell === "number" ? cell : text(key);
  };
  const progress = value("progress");
  const kind = word("kind", kindNames);
  return {
    ...Object.fromEntries(spreadsheetColumns.map((c) => [c.key, text(c.key)])),
    kind,
    status: word("status", statusNames),
    startOn: dateCell(value("startOn")),
    dueOn: dateCell(value("dueOn")),
    // "40%" as typed; a blank cell means 0 (the schema's default). A goal's progress is computed
    // from its tasks, so what its row says is not read.
    progress: kind === "goal" ? undefined : typeof progress === "number" ? progress : (text("progress")?.replace(/\s*%$/, "") ?? undefined),
    weight: number("weight"),
    targetValue: number("targetValue"),
    targetYear: number("targetYear"),
  };
}

const wordErrors: Partial<Record<ColumnKey, string>> = { status: "planSpreadsheet.errors.status", kind: "planSpreadsheet.errors.kind" };

function parseRow(row: SheetRow): ParsedRow {
  const input = schemaInput(row.cells);
  const code = typeof input.code === "string" ? input.code : null;
  const titleVi = typeof input.titleVi === "string" ? input.titleVi : null;
  const parsed = planItemSchema.safeParse(input);
  if (!parsed.success) {
    const errors = Object.entries(fieldErrors(parsed.error)).map(([field, key]): RowError => {
      const column = spreadsheetColumns.find((c) => c.key === field)?.key;
      return { rowNumber: row.rowNumber, field: column ?? "_row", key: (column && input[column] !== undefined && wordErrors[column]) || key };
    });
    return { rowNumber: row.rowNumber, code, titleVi, item: null, errors };
  }
  return { rowNumber: row.rowNumber, code, titleVi, item: parsed.data, errors: [] };
}

const isBlankRow = (row: SheetRow) => Object.values(row.cells).every(isBlankCell);

/**
 * Every non-blank row read into a goal or task with its problems, each naming the row and the
 * column. A code used twice is an error on each later row.
 */
export function rowsToItems(rows: readonly SheetRow[]): ParsedRow[] {
  const parsed = rows.filter((row) => !isBlankRow(row)).map(parseRow);
  const seen = new Set<string>();
  for (const row of parsed) {
    const code = row.item?.code ?? row.code;
    if (code === null) continue;
    if (seen.has(code)) row.errors.push({ rowNumber: row.rowNumber, field: "code", key: "planSpreadsheet.errors.duplicateCode" });
    seen.add(code);
  }
  return parsed;
}

/**
 * Checks the outline the rows make with the rest of the plan, as it would be after the import: a
 * parent must exist (in the file or already in the plan), no item may end up inside itself, and
 * goals group tasks, never the other way round. `existing` are the plan's items by code.
 */
export function checkParents(rows: readonly ParsedRow[], existing: readonly { code: string; parentCode: string | null; kind: string }[]): void {
  const kindBefore = new Map(existing.map((item) => [item.code, item.kind]));
  const after = new Map(existing.map((item) => [item.code, { parentCode: item.parentCode, kind: item.kind }]));
  for (const row of rows) if (row.item) after.set(row.item.code, { parentCode: row.item.parentCode, kind: row.item.kind });
  const error = (row: ParsedRow, field: ColumnKey, key: string) => row.errors.push({ rowNumber: row.rowNumber, field, key });
  for (const row of rows) {
    const item = row.item;
    if (!item) continue;
    // A goal moved under a task is the goal's row's error; the task's only when it has just become one.
    const becameTask = item.kind === "task" && kindBefore.get(item.code) !== "task";
    if (becameTask && [...after.values()].some((other) => other.parentCode === item.code && other.kind === "goal")) error(row, "kind", "actionPlans.errors.goalUnderTask");
    if (!item.parentCode) continue;
    const parent = after.get(item.parentCode);
    if (!parent) {
      error(row, "parentCode", "planSpreadsheet.errors.unknownParent");
      continue;
    }
    const seen = new Set<string>();
    let loops = false;
    for (let at: string | null | undefined = item.parentCode; at && !loops; at = after.get(at)?.parentCode) {
      loops = at === item.code || seen.has(at);
      seen.add(at);
    }
    if (loops) error(row, "parentCode", "actionPlans.errors.parentCycle");
    else if (item.kind === "goal" && parent.kind === "task") error(row, "parentCode", "actionPlans.errors.goalUnderTask");
  }
}

export const hasErrors = (rows: readonly ParsedRow[]) => rows.some((row) => row.errors.length > 0);

// ─── What an import changes ─────────────────────────────────────────────────────────────────────

/** The fields the spreadsheet carries, in column order: what an import may change. */
export const comparedFields = spreadsheetColumns.map((c) => c.key).filter((key) => key !== "code");
export type ComparedField = (typeof comparedFields)[number];

export type FieldValue = string | number | string[] | null;

export interface FieldChange {
  field: ComparedField;
  before: FieldValue;
  after: FieldValue;
}

export type ItemDiff =
  | { change: "unchanged"; code: string; rowNumber: number }
  | { change: "changed"; code: string; rowNumber: number; fields: FieldChange[] }
  | { change: "added"; code: string; rowNumber: number }
  /** In the plan but not in the file: left as it is (an import never deletes). */
  | { change: "notInFile"; code: string };

const same = (a: FieldValue, b: FieldValue) => (Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b);

/** The fields of `after` that differ from `before`; a computed progress is not among them. */
export function changedFields(before: PlanItemInput, after: PlanItemInput, progressRollsUp = false): FieldChange[] {
  const computed = progressRollsUp || before.kind === "goal" || after.kind === "goal";
  return comparedFields
    .filter((field) => !(computed && field === "progress"))
    .map((field) => ({ field, before: before[field] as FieldValue, after: after[field] as FieldValue }))
    .filter((change) => !same(change.before, change.after));
}

/**
 * What importing the rows would do to the plan's `existing` items (in the same shape), per code:
 * unchanged, changed (with every changed field before and after), added, or not in the file.
 * Rows that could not be read take no part; an item whose row has errors is not "not in the file".
 * The progress of goals, and of the items named in `rolledUp` (tasks with tasks under them), follows
 * from their children, so a different figure in the file is no change.
 */
export function diffItems(existing: readonly PlanItemInput[], rows: readonly ParsedRow[], rolledUp: { has(code: string): boolean } = new Set()): ItemDiff[] {
  const byCode = new Map(existing.map((item) => [item.code, item]));
  const inFile = new Set(rows.map((row) => row.item?.code ?? row.code));
  const diffs: ItemDiff[] = rows.flatMap((row): ItemDiff[] => {
    if (!row.item) return [];
    const before = byCode.get(row.item.code);
    if (!before) return [{ change: "added", code: row.item.code, rowNumber: row.rowNumber }];
    const fields = changedFields(before, row.item, rolledUp.has(before.code));
    return [fields.length ? { change: "changed", code: row.item.code, rowNumber: row.rowNumber, fields } : { change: "unchanged", code: row.item.code, rowNumber: row.rowNumber }];
  });
  return [...diffs, ...existing.filter((item) => !inFile.has(item.code)).map((item): ItemDiff => ({ change: "notInFile", code: item.code }))];
}

/**
 * Checks that the status and progress a row sets fit together as on the task pages ("done" is
 * 100%, "not started" 0%), for new items and for items whose status or progress the file changes.
 * A rolled-up item is judged by its rolled-up progress (`rolledUp`, by code), which the file cannot
 * change; rows left as they are are not judged again.
 */
export function checkStates(rows: readonly ParsedRow[], diffs: readonly ItemDiff[], rolledUp: ReadonlyMap<string, number> = new Map()): void {
  const byRow = new Map(rows.map((row) => [row.rowNumber, row]));
  for (const diff of diffs) {
    if (diff.change === "notInFile" || diff.change === "unchanged") continue;
    if (diff.change === "changed" && !diff.fields.some((f) => f.field === "status" || f.field === "progress")) continue;
    const row = byRow.get(diff.rowNumber);
    if (!row?.item) continue;
    const problems = checkItemState({ status: row.item.status, progress: rolledUp.get(row.item.code) ?? row.item.progress });
    for (const [field, key] of Object.entries(problems ?? {})) row.errors.push({ rowNumber: row.rowNumber, field: field as ColumnKey, key });
  }
}

/** A cell's value for an item's field, as the export writes it. */
export function exportCell(item: PlanItemInput, key: ColumnKey): string | number | null {
  const value = item[key];
  if (Array.isArray(value)) return value.join("; ");
  return value ?? null;
}
