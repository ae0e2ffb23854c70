import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { plainCell } from "../spreadsheet/cells";
import { planItemSchema, type PlanItemInput } from "../validation/action-plans";
import {
  checkParents,
  checkStates,
  diffItems,
  exportCell,
  headerLabel,
  readHeader,
  rowsToItems,
  spreadsheetColumns,
  type ColumnKey,
  type SheetRow,
} from "./spreadsheet";

const task = (fields: Partial<Record<ColumnKey, unknown>> = {}): SheetRow["cells"] => ({
  code: "1.1",
  parentCode: "1",
  kind: "task",
  titleVi: "Mở lớp tin học cho người cao tuổi",
  titleEn: "Computer classes for older people",
  leadAgency: "Sở Giáo dục và Đào tạo",
  supportingAgencies: "Hội Khuyến học; Đoàn Thanh niên",
  ownerEmail: "Owner@Example.org",
  startOn: "2025-01-01",
  dueOn: "2026-06-30",
  status: "onTrack",
  progress: 40,
  weight: 2,
  frameworkCode: null,
  indicatorCode: null,
  targetValue: null,
  targetYear: null,
  descriptionVi: null,
  descriptionEn: null,
  ...fields,
});
const row = (cells: SheetRow["cells"], rowNumber = 2): SheetRow => ({ rowNumber, cells });
const parseOne = (fields: Partial<Record<ColumnKey, unknown>>) => rowsToItems([row(task(fields))])[0];
const errorsOf = (fields: Partial<Record<ColumnKey, unknown>>) => parseOne(fields).errors.map((e) => [e.rowNumber, e.field, e.key]);

describe("the header", () => {
  it("is Vietnamese with the English in brackets, one column per field", () => {
    expect(spreadsheetColumns.map(headerLabel).slice(0, 3)).toEqual(["Mã (Code)", "Mã cấp trên (Parent code)", "Loại (Kind)"]);
    expect(new Set(spreadsheetColumns.map((c) => c.key)).size).toBe(19);
  });

  it("finds the columns by either language in any order, and names the missing ones", () => {
    const labels = spreadsheetColumns.map(headerLabel);
    expect(readHeader(labels)).toEqual({ ok: true, columns: spreadsheetColumns.map((c) => c.key) });
    const shuffled = ["Notes", ...spreadsheetColumns.map((c, i) => (i % 2 ? c.en.toUpperCase() : ` ${c.vi} `)).reverse()];
    const read = readHeader(shuffled);
    expect(read.ok && read.columns[0]).toBeNull();
    expect(read.ok && read.columns.at(-1)).toBe("code");
    expect(readHeader(labels.filter((l) => !l.startsWith("Trạng thái")))).toEqual({ ok: false, missing: ["status"] });
  });
});

describe("rowsToItems", () => {
  it("reads a good row into a task", () => {
    const parsed = parseOne({});
    expect(parsed.errors).toEqual([]);
    expect(parsed.item).toMatchObject({
      code: "1.1",
      parentCode: "1",
      kind: "task",
      supportingAgencies: ["Hội Khuyến học", "Đoàn Thanh niên"],
      ownerEmail: "owner@example.org",
      startOn: "2025-01-01",
      status: "onTrack",
      progress: 40,
      weight: 2,
      titleEn: "Computer classes for older people",
      descriptionVi: null,
    });
  });

  it("reads a status or kind written as its code or as its Vietnamese or English label", () => {
    const [viLabels, enLabels] = [vi.actionPlans, en.actionPlans];
    expect(parseOne({ status: viLabels.itemStatus.atRisk }).item?.status).toBe("atRisk");
    expect(parseOne({ status: ` ${enLabels.itemStatus.offTrack.toUpperCase()} ` }).item?.status).toBe("offTrack");
    expect(parseOne({ status: "done", progress: 100 }).item?.status).toBe("done");
    expect(parseOne({ kind: viLabels.kind.goal, progress: null }).item?.kind).toBe("goal");
    expect(parseOne({ kind: enLabels.kind.task }).item?.kind).toBe("task");
    expect(parseOne({ status: null, progress: null }).item).toMatchObject({ status: "notStarted", progress: 0 });
  });

  it("reads dates Excel made into real dates or day numbers, progress typed with a percent sign, and decimal commas", () => {
    const parsed = parseOne({ startOn: new Date(Date.UTC(2025, 2, 15)), dueOn: 46203, progress: "55 %", weight: "1,5", frameworkCode: "VN-LS", indicatorCode: "LF", targetValue: { formula: "A1*2", result: 0.8 } });
    expect(parsed.item).toMatchObject({ startOn: "2025-03-15", dueOn: "2026-06-30", progress: 55, weight: 1.5, targetValue: 0.8 });
  });

  it("reads rich text, links and formulas as the text they show", () => {
    expect(plainCell({ richText: [{ text: "Sở " }, { text: "Y tế" }] })).toBe("Sở Y tế");
    expect(plainCell({ text: "a@b.vn", hyperlink: "mailto:a@b.vn" })).toBe("a@b.vn");
    expect(plainCell({ formula: "1+1", result: 2 })).toBe(2);
    expect(plainCell({ error: "#N/A" })).toBeNull();
    expect(parseOne({ leadAgency: { richText: [{ text: "Sở Y tế" }] } }).item?.leadAgency).toBe("Sở Y tế");
  });

  it("names the row and the column of each problem, with a translation key", () => {
    expect(errorsOf({ status: "going well" })).toEqual([[2, "status", "planSpreadsheet.errors.status"]]);
    expect(errorsOf({ kind: "project" })).toEqual([[2, "kind", "planSpreadsheet.errors.kind"]]);
    expect(errorsOf({ titleVi: "  ", dueOn: "30/06/2026", progress: 120 })).toEqual([
      [2, "titleVi", "validation.required"],
      [2, "dueOn", "actionPlans.errors.date"],
      [2, "progress", "validation.tooBig"],
    ]);
    expect(errorsOf({ progress: 40.5, ownerEmail: "nobody" })).toEqual([
      [2, "ownerEmail", "validation.email"],
      [2, "progress", "validation.wholeNumber"],
    ]);
    expect(errorsOf({ startOn: "2026-01-01", dueOn: "2025-01-01" })).toEqual([[2, "dueOn", "actionPlans.errors.dueBeforeStart"]]);
  });

  it("ignores a goal's progress, which is computed from its tasks", () => {
    expect(parseOne({ kind: "goal", progress: "n/a" })).toMatchObject({ errors: [], item: { kind: "goal", progress: 0 } });
  });

  it("skips blank rows and refuses a code used twice, on the later row", () => {
    const parsed = rowsToItems([row(task(), 2), row({ code: null, titleVi: " " }, 3), row(task({ titleVi: "Khác" }), 4)]);
    expect(parsed.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(parsed[0].errors).toEqual([]);
    expect(parsed[1].errors).toEqual([{ rowNumber: 4, field: "code", key: "planSpreadsheet.errors.duplicateCode" }]);
  });

  it("keeps the code and title of a row it cannot read, to name it in the preview", () => {
    expect(parseOne({ code: "1.x", status: "?" })).toMatchObject({ code: "1.x", titleVi: "Mở lớp tin học cho người cao tuổi", item: null });
  });
});

describe("checkParents", () => {
  it("accepts a parent in the plan or in the file, refuses an unknown one and a loop", () => {
    const rows = rowsToItems([
      row(task({ code: "2", parentCode: null, kind: "goal" }), 2),
      row(task({ code: "2.1", parentCode: "2" }), 3),
      row(task({ code: "3.1", parentCode: "3" }), 4),
      row(task({ code: "1", parentCode: "1.1", kind: "goal" }), 5),
    ]);
    checkParents(rows, [
      { code: "1", parentCode: null, kind: "goal" },
      { code: "1.1", parentCode: "1", kind: "task" },
    ]);
    expect(rows.map((r) => r.errors.map((e) => `${e.rowNumber} ${e.field} ${e.key}`))).toEqual([
      [],
      [],
      ["4 parentCode planSpreadsheet.errors.unknownParent"],
      ["5 parentCode actionPlans.errors.parentCycle"],
    ]);
  });

  it("keeps goals out from under tasks, either way round", () => {
    const existing = [
      { code: "1", parentCode: null, kind: "goal" },
      { code: "1.1", parentCode: "1", kind: "goal" },
      { code: "2", parentCode: null, kind: "task" },
    ];
    const rows = rowsToItems([row(task({ code: "2.1", parentCode: "2", kind: "goal", progress: null }), 2), row(task({ code: "1", parentCode: null }), 3)]);
    checkParents(rows, existing);
    expect(rows.map((r) => r.errors.map((e) => `${e.field} ${e.key}`))).toEqual([["parentCode actionPlans.errors.goalUnderTask"], ["kind actionPlans.errors.goalUnderTask"]]);
  });
});

describe("diffItems", () => {
  const existing: PlanItemInput[] = [
    planItemSchema.parse({ kind: "goal", code: "1", titleVi: "Mục tiêu 1", status: "onTrack", supportingAgencies: [] }),
    planItemSchema.parse({ ...task(), weight: 2, progress: 40 }),
    planItemSchema.parse({ ...task({ code: "1.2", titleVi: "Nhiệm vụ 1.2" }) }),
    planItemSchema.parse({ ...task({ code: "1.3", titleVi: "Nhiệm vụ 1.3" }) }),
  ];
  const exported = (item: PlanItemInput) => Object.fromEntries(spreadsheetColumns.map((c) => [c.key, exportCell(item, c.key)]));

  it("finds nothing to do in the file as exported", () => {
    const rows = rowsToItems(existing.map((item, i) => row(exported(item), i + 2)));
    expect(rows.flatMap((r) => r.errors)).toEqual([]);
    expect(diffItems(existing, rows).map((d) => d.change)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
  });

  it("shows exactly the edited cells, the added rows, and the rows left out as not in the file", () => {
    const cells = existing.map(exported);
    cells[1] = { ...cells[1], progress: 60, titleVi: "Mở lớp tin học (mở rộng)" };
    // A goal's progress is not compared: it is computed.
    cells[0] = { ...cells[0], progress: 77 };
    const rows = rowsToItems([...cells.slice(0, 3), task({ code: "1.4", titleVi: "Nhiệm vụ mới" })].map((c, i) => row(c, i + 2)));
    expect(diffItems(existing, rows)).toEqual([
      { change: "unchanged", code: "1", rowNumber: 2 },
      {
        change: "changed",
        code: "1.1",
        rowNumber: 3,
        fields: [
          { field: "titleVi", before: "Mở lớp tin học cho người cao tuổi", after: "Mở lớp tin học (mở rộng)" },
          { field: "progress", before: 40, after: 60 },
        ],
      },
      { change: "unchanged", code: "1.2", rowNumber: 4 },
      { change: "added", code: "1.4", rowNumber: 5 },
      { change: "notInFile", code: "1.3" },
    ]);
  });

  it("ignores a different progress of an item whose progress is rolled up from its tasks", () => {
    const cells = existing.map(exported);
    cells[1] = { ...cells[1], progress: 90 };
    const rows = rowsToItems(cells.map((c, i) => row(c, i + 2)));
    expect(diffItems(existing, rows, new Set(["1.1"]))[1]).toEqual({ change: "unchanged", code: "1.1", rowNumber: 3 });
  });

  it("holds a new or changed status and progress to the task pages' rules, judging a rolled-up item by its rolled-up progress", () => {
    const cells = existing.map(exported);
    cells[1] = { ...cells[1], status: "done", progress: 90 };
    cells[2] = { ...cells[2], status: "done", progress: 100 };
    cells[0] = { ...cells[0], status: "done" };
    const rows = rowsToItems([...cells, task({ code: "1.4", status: "notStarted", progress: 10 })].map((c, i) => row(c, i + 2)));
    checkStates(rows, diffItems(existing, rows), new Map([["1", 70]]));
    expect(rows.flatMap((r) => r.errors.map((e) => `${e.rowNumber} ${e.field} ${e.key}`))).toEqual([
      "2 progress actionPlans.errors.doneNeedsFull",
      "3 progress actionPlans.errors.doneNeedsFull",
      "6 status actionPlans.errors.notStartedWithProgress",
    ]);
  });

  it("does not judge again a row the file leaves as it is", () => {
    const odd = planItemSchema.parse({ ...task({ code: "9", parentCode: null }), status: "done", progress: 80 });
    const rows = rowsToItems([row(exported(odd))]);
    checkStates(rows, diffItems([odd], rows));
    expect(rows[0].errors).toEqual([]);
  });

  it("compares lists by their entries and leaves a row it cannot read out of the changes", () => {
    const cells = existing.map(exported);
    cells[1] = { ...cells[1], supportingAgencies: "Đoàn Thanh niên; Hội Khuyến học" };
    cells[2] = { ...cells[2], status: "nonsense" };
    const diff = diffItems(existing, rowsToItems(cells.map((c, i) => row(c, i + 2))));
    expect(diff.find((d) => d.code === "1.1")).toMatchObject({ change: "changed", fields: [{ field: "supportingAgencies" }] });
    expect(diff.map((d) => d.code)).toEqual(["1", "1.1", "1.3"]);
  });
});
