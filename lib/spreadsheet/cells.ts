// Reading the cells and the header of a spreadsheet a user edited and brought back, whatever the
// program that saved it: shared by every import (action-plan tasks, assessment answers).

export type CellValue = string | number | boolean | Date | null;

/**
 * A cell's value as a plain one: exceljs gives rich text, hyperlinks and formulas as objects
 * (the formula's last computed result is what the user saw).
 */
export function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value !== "object") return null;
  if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
  if ("result" in value) return plainCell(value.result);
  if ("text" in value) return plainCell(value.text);
  return null;
}

/** A word or header as typed, for matching: any case, any spacing, either Unicode form of a Vietnamese letter. */
export const normalizeWord = (text: string) => text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");

/** A cell as trimmed text, null when blank. */
export function cellText(value: CellValue): string | null {
  if (value === null) return null;
  // An unreadable date stays unreadable text, for the schema to refuse rather than to blank.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  const text = String(value).trim();
  return text === "" ? null : text;
}

export const isBlankCell = (cell: unknown) => cellText(plainCell(cell)) === null;

// Excel counts days from 30 December 1899 (its 1900 leap-year bug included).
const excelEpoch = Date.UTC(1899, 11, 30);

/** A date cell: YYYY-MM-DD text, a real date, or a bare Excel day number. */
export function dateCell(value: CellValue): string | null {
  if (typeof value === "number" && Number.isInteger(value) && value > 0 && value < 2_958_466) {
    return new Date(excelEpoch + value * 86_400_000).toISOString().slice(0, 10);
  }
  // exceljs reads a date cell as midnight UTC of that day; a time of day is dropped.
  return cellText(value);
}

// ─── The header ─────────────────────────────────────────────────────────────────────────────────

export interface NamedColumn<K extends string> {
  key: K;
  vi: string;
  en: string;
}

/** A header cell as exports write it: the Vietnamese with the English in brackets. */
export const headerLabel = (column: { vi: string; en: string }) => `${column.vi} (${column.en})`;

export type HeaderRead<K extends string> = { ok: true; columns: (K | null)[] } | { ok: false; missing: K[] };

/**
 * Which column each header cell names (null for columns the app does not know), found by its
 * Vietnamese, its English, both, or its key, in any order; or the `required` ones that are missing.
 */
export function readHeaderColumns<K extends string>(cells: readonly unknown[], columns: readonly NamedColumn<K>[], required: readonly K[] = columns.map((c) => c.key)): HeaderRead<K> {
  const names = new Map<string, K>(columns.flatMap((c) => [headerLabel(c), c.vi, c.en, c.key].map((name) => [normalizeWord(name), c.key] as const)));
  const found = cells.map((cell) => {
    const text = cellText(plainCell(cell));
    return text === null ? null : (names.get(normalizeWord(text)) ?? null);
  });
  const missing = required.filter((key) => !found.includes(key));
  return missing.length ? { ok: false, missing } : { ok: true, columns: found };
}
