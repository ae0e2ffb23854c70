import { describe, expect, it } from "vitest";
import { headerLabel } from "../spreadsheet/cells";
import { emptyAnswer, type CheckIndicator } from "./check-response";
import {
  answerColumns,
  answerColumnsFor,
  applicableRows,
  planRows,
  readResponseHeader,
  responseColumns,
  type CurrentAnswer,
  type ImportIndicator,
  type SheetCells,
} from "./response-spreadsheet";

const rules = (type: CheckIndicator["type"], extra: Partial<CheckIndicator> = {}): CheckIndicator => ({ type, required: true, evidence: "none", asOfYear: false, ...extra });
const indicator = (id: string, type: CheckIndicator["type"], extra: Omit<Partial<ImportIndicator>, "rules"> & { rules?: Partial<CheckIndicator> } = {}): ImportIndicator => ({
  id,
  code: id.toUpperCase(),
  levels: [],
  changeable: true,
  previousValue: null,
  ...extra,
  rules: rules(type, extra.rules),
});

const indicators = [
  indicator("lf", "rate", { previousValue: 0.6, rules: { maxYearChange: 0.15 } }),
  indicator("hs", "count", { rules: { evidence: "optional" } }),
  indicator("pop", "number", { rules: { asOfYear: true, softMin: 0, softMax: 20 } }),
  indicator("plan", "boolean"),
  indicator("crit", "level", {
    levels: [
      { value: 1, labelVi: "Cần cải thiện", labelEn: "Needs improvement" },
      { value: 2, labelVi: "Khá", labelEn: "Fair" },
      { value: 3, labelVi: "Tốt", labelEn: "Good" },
    ],
    rules: { levelValues: [1, 2, 3] },
  }),
  indicator("since", "date"),
  indicator("why", "text", { rules: { maxWords: 5 } }),
];

const answer = (fields: Partial<CurrentAnswer> = {}): CurrentAnswer => ({ ...emptyAnswer, revision: 1, ...fields });
const answers = new Map<string, CurrentAnswer>([
  ["lf", answer({ numerator: 660, denominator: 1000, value: 0.66, revision: 3 })],
  ["hs", answer({ value: 12 })],
  ["why", answer({ text: "Vì người dân\r\nmuốn học " })],
]);

const plan = (rows: SheetCells[], options: { answers?: Map<string, CurrentAnswer>; list?: ImportIndicator[]; locale?: string } = {}) =>
  planRows(
    rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
    options.list ?? indicators,
    options.answers ?? answers,
    { year: 2025, locale: options.locale ?? "vi" },
  );
const one = (cells: SheetCells, options?: Parameters<typeof plan>[1]) => plan([cells], options)[0];
const problems = (cells: SheetCells, options?: Parameters<typeof plan>[1]) => one(cells, options).errors.map((e) => [e.field, e.code]);

describe("the header", () => {
  it("names every column in Vietnamese with the English in brackets", () => {
    expect(responseColumns.map(headerLabel).slice(0, 2)).toEqual(["Mã chỉ tiêu (Code)", "Nhóm (Section)"]);
  });

  it("finds the columns in either language and any order; only the code and the answer columns are required", () => {
    const read = readResponseHeader(["Notes", ...responseColumns.filter((c) => c.key !== "labelEn").map((c, i) => (i % 2 ? c.en.toUpperCase() : c.vi)).reverse()]);
    expect(read.ok && read.columns[0]).toBeNull();
    expect(read.ok && read.columns.at(-1)).toBe("code");
    expect(readResponseHeader(responseColumns.filter((c) => c.key !== "comment").map(headerLabel))).toEqual({ ok: false, missing: ["comment"] });
  });
});

describe("answerColumnsFor", () => {
  it("gives each kind of indicator its own cells, the comment always", () => {
    expect(answerColumnsFor(rules("rate"))).toEqual(["numerator", "denominator", "comment"]);
    expect(answerColumnsFor(rules("number", { asOfYear: true, evidence: "optional" }))).toEqual(["value", "dataYear", "comment", "evidenceNote"]);
    expect(answerColumnsFor(rules("date"))).toEqual(["text", "comment"]);
    expect(answerColumnsFor(rules("evidence"))).toEqual(["comment", "evidenceNote"]);
    expect(answerColumns).toHaveLength(7);
  });
});

describe("planRows", () => {
  it("leaves a row that matches the answer unchanged, whatever its spacing and line breaks", () => {
    expect(one({ code: "LF", numerator: 660, denominator: 1000, value: 0.66, revision: 3 })).toMatchObject({ change: "unchanged", changes: [], errors: [] });
    expect(one({ code: "WHY", text: "  Vì người dân\nmuốn học" })).toMatchObject({ change: "unchanged", errors: [] });
  });

  it("reads a change as each field before and after, with the whole answer as the row leaves it", () => {
    const row = one({ code: "LF", numerator: 700, denominator: 1000, comment: null, revision: 3 });
    expect(row).toMatchObject({ change: "changed", indicatorId: "lf", revision: 3, errors: [] });
    expect(row.changes).toEqual([{ field: "numerator", before: 660, after: 700 }]);
    expect(row.after).toMatchObject({ numerator: 700, denominator: 1000, comment: null, evidenceLinks: [] });
    expect(applicableRows([row])).toEqual([row]);
  });

  it("reads numbers typed as text the way the user's language writes them", () => {
    expect(one({ code: "HS", value: "1.420" }).changes).toEqual([{ field: "value", before: 12, after: 1420 }]);
    expect(one({ code: "HS", value: "1,420" }, { locale: "en" }).changes).toEqual([{ field: "value", before: 12, after: 1420 }]);
    expect(one({ code: "POP", value: "12,5", dataYear: 2024 }).changes).toContainEqual({ field: "value", before: null, after: 12.5 });
  });

  it("clears an answer whose cell was emptied", () => {
    expect(one({ code: "HS", value: null }).changes).toEqual([{ field: "value", before: 12, after: null }]);
  });

  it("checks a changed row with the checklist's own rules, naming the column", () => {
    expect(problems({ code: "LF", numerator: 1200, denominator: 1000 })).toEqual([["numerator", "checks.numeratorAboveDenominator"]]);
    expect(one({ code: "LF", numerator: 1200, denominator: 1000 }).errors[0].params).toEqual({ numerator: 1200, denominator: 1000 });
    expect(problems({ code: "HS", value: -3 })).toEqual([["value", "checks.negative"]]);
    expect(problems({ code: "POP", value: 12 })).toEqual([["dataYear", "checks.dataYearMissing"]]);
    expect(problems({ code: "WHY", text: "một hai ba bốn năm sáu" })).toEqual([["text", "checks.tooManyWords"]]);
    expect(problems({ code: "SINCE", text: "2025-02-30" })).toEqual([["text", "checks.invalidDate"]]);
    expect(applicableRows(plan([{ code: "HS", value: -3 }]))).toEqual([]);
  });

  it("reports an unusual figure as a problem until the row's comment explains it, as the checklist asks", () => {
    // Last year 60%; 90% is a change of 30 points, above the 15 allowed without a word.
    expect(problems({ code: "LF", numerator: 900, denominator: 1000 })).toEqual([["numerator", "checks.bigChange"]]);
    expect(problems({ code: "LF", numerator: 900, denominator: 1000, comment: "Số liệu mới của tổng điều tra" })).toEqual([]);
    expect(problems({ code: "POP", value: 25, dataYear: 2024 })).toEqual([["value", "checks.outsideUsualRange"]]);
  });

  it("judges only rows that change something: an untouched wrong answer is not the file's business", () => {
    const wrong = new Map([["hs", answer({ value: -1 })]]);
    expect(one({ code: "HS", value: -1 }, { answers: wrong })).toMatchObject({ change: "unchanged", errors: [] });
  });

  it("reads yes/no, levels by number or label, and dates Excel made real", () => {
    expect(one({ code: "PLAN", value: "Có" }).changes).toEqual([{ field: "value", before: null, after: 1 }]);
    expect(one({ code: "PLAN", value: false }).changes).toEqual([{ field: "value", before: null, after: 0 }]);
    expect(problems({ code: "PLAN", value: "maybe" })).toEqual([["value", "responseImport.errors.yesNo"]]);
    expect(one({ code: "CRIT", value: " tốt " }).changes).toEqual([{ field: "value", before: null, after: 3 }]);
    expect(one({ code: "CRIT", value: 2 }).changes).toEqual([{ field: "value", before: null, after: 2 }]);
    expect(problems({ code: "CRIT", value: 5 })).toEqual([["value", "checks.levelOutOfRange"]]);
    expect(problems({ code: "CRIT", value: "Xuất sắc" })).toEqual([["value", "checks.levelOutOfRange"]]);
    expect(one({ code: "SINCE", text: new Date(Date.UTC(2025, 2, 15)) }).changes).toEqual([{ field: "text", before: null, after: "2025-03-15" }]);
    expect(one({ code: "SINCE", text: 45731 }).changes).toEqual([{ field: "text", before: null, after: "2025-03-15" }]);
  });

  it("refuses cells of the wrong kind, but ignores a rate's computed value", () => {
    expect(problems({ code: "HS", value: "mười hai" })).toEqual([["value", "checks.notANumber"]]);
    expect(problems({ code: "HS", value: 12, numerator: 5 })).toEqual([["numerator", "responseImport.errors.notApplicable"]]);
    expect(problems({ code: "LF", numerator: 660, denominator: 1000, value: 0.99 })).toEqual([]);
    expect(one({ code: "HS", value: new Date() }).change).toBeNull();
  });

  it("names unknown, missing and repeated codes on their rows, and skips blank rows", () => {
    const rows = plan([{ code: "NOPE", value: 1 }, { code: null, labelVi: "  ", value: null }, { code: null, value: 3 }, { code: "HS", value: 13 }, { code: "hs", value: 14 }]);
    expect(rows.map((r) => [r.rowNumber, r.code, r.change, r.errors.map((e) => e.code)])).toEqual([
      [2, "NOPE", null, ["responseImport.errors.unknownCode"]],
      [4, null, null, ["responseImport.errors.codeMissing"]],
      [5, "HS", null, ["responseImport.errors.duplicateCode"]],
      [6, "HS", null, ["responseImport.errors.duplicateCode"]],
    ]);
    expect(rows[2].errors[0].params).toEqual({ rows: "5, 6" });
  });

  it("refuses changes to answers the actor may not change now, and answers saved since the download", () => {
    const locked = indicators.map((i) => (i.id === "hs" ? { ...i, changeable: false } : i));
    expect(problems({ code: "HS", value: 13 }, { list: locked })).toEqual([["_row", "responseImport.errors.locked"]]);
    expect(one({ code: "HS", value: 12 }, { list: locked })).toMatchObject({ change: "unchanged", errors: [] });
    expect(problems({ code: "LF", numerator: 700, denominator: 1000, revision: 2 })).toEqual([["_row", "responseImport.errors.changedSinceDownload"]]);
    expect(problems({ code: "LF", numerator: 700, denominator: 1000, revision: null })).toEqual([]);
  });
});
