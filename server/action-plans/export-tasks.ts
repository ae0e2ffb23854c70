import "server-only";
import ExcelJS from "exceljs";
import { translatorFor } from "@/i18n/translator";
import { progressRollsUp, rollUp } from "@/lib/action-plans/roll-up";
import { exportCell, headerLabel, maxSpreadsheetRows, readMeSheetName, spreadsheetColumns, tasksSheetName } from "@/lib/action-plans/spreadsheet";
import { outline } from "@/lib/action-plans/tree";
import { itemKinds, itemStatuses } from "@/lib/action-plans/vocabulary";
import type { Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { PlanItemInput } from "@/lib/validation/action-plans";
import type { Db } from "../db";
import { findReadablePlan } from "./plan-access";
import { parseAgencies } from "./save-plan-item";
import { plainItemFields } from "@/lib/action-plans/item-columns";

const itemSelect = {
  id: true,
  parentId: true,
  kind: true,
  code: true,
  titleVi: true,
  titleEn: true,
  descriptionVi: true,
  descriptionEn: true,
  leadAgency: true,
  supportingAgencies: true,
  ownerId: true,
  owner: { select: { email: true } },
  startOn: true,
  dueOn: true,
  status: true,
  progress: true,
  weight: true,
  frameworkCode: true,
  indicatorCode: true,
  targetValue: true,
  targetYear: true,
  position: true,
  revision: true,
} as const;

/**
 * A plan's goals and tasks in outline order, each with its database row and its fields as a
 * spreadsheet row reads them (parent and owner by code and e-mail), so that what is exported and
 * what an import compares against are one and the same. `rolledUp` holds the codes of the items
 * whose progress follows from their children, with that progress.
 */
export async function planItemsAsRows(db: Pick<Db, "planItem">, planId: string) {
  const items = await db.planItem.findMany({ where: { planId }, select: itemSelect });
  const codeOf = new Map(items.map((item) => [item.id, item.code]));
  const progress = rollUp(items);
  const rolledUp = new Map(items.filter((item) => progressRollsUp(items, item)).map((item) => [item.code, progress.get(item.id) ?? 0]));
  const rows = outline(items).map(({ item, depth }) => {
    const fields = {
      kind: item.kind,
      code: item.code,
      parentCode: item.parentId ? (codeOf.get(item.parentId) ?? null) : null,
      ...plainItemFields(item),
      supportingAgencies: parseAgencies(item.supportingAgencies),
      ownerEmail: item.owner?.email.toLowerCase() ?? null,
    } as PlanItemInput;
    return { item, depth, fields };
  });
  return { rows, rolledUp };
}

/**
 * The plan's goals and tasks as an Excel workbook: a "Tasks" sheet to edit and bring back, and a
 * "Read me" sheet explaining each column in Vietnamese and English.
 */
export async function exportTasks(db: Db, actor: Actor, planId: string): Promise<Result<{ fileName: string; bytes: Uint8Array }>> {
  const readable = await findReadablePlan(db, actor, planId);
  if (!readable) return fail("notFound");
  const plan = await db.actionPlan.findUniqueOrThrow({ where: { id: readable.id }, select: { titleVi: true, startYear: true, endYear: true, city: { select: { slug: true } } } });
  const { rows, rolledUp } = await planItemsAsRows(db, readable.id);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Học tập";
  workbook.created = new Date();
  workbook.title = plan.titleVi;

  const sheet = workbook.addWorksheet(tasksSheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = spreadsheetColumns.map((column) => ({
    key: column.key,
    header: headerLabel(column),
    width: column.width,
    // Text cells keep "1.10" from becoming the number 1.1 and a typed date from changing form.
    style: ["code", "parentCode", "startOn", "dueOn"].includes(column.key) ? { numFmt: "@" } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spreadsheetColumns.length } };

  for (const { item, depth, fields } of rows) {
    const values = Object.fromEntries(spreadsheetColumns.map((column) => [column.key, exportCell(fields, column.key)]));
    // A rolled-up progress is shown as the pages show it, for reading: an import ignores it.
    if (rolledUp.has(item.code)) values.progress = rolledUp.get(item.code)!;
    const added = sheet.addRow(values);
    added.getCell("titleVi").alignment = { indent: Math.min(depth, 10) };
    if (item.kind === "goal") added.font = { bold: true };
  }

  // Drop-down lists for the two columns that take a code, on the rows there are and room for new ones.
  const lists = { kind: itemKinds, status: itemStatuses } as const;
  const lastRow = Math.min(maxSpreadsheetRows, rows.length + 200);
  for (const [key, codes] of Object.entries(lists)) {
    const column = sheet.getColumn(key);
    for (let r = 2; r <= lastRow; r++) {
      sheet.getCell(r, column.number).dataValidation = {
        type: "list",
        allowBlank: key === "status",
        formulae: [`"${codes.join(",")}"`],
        showErrorMessage: false,
      };
    }
  }

  addReadMe(workbook);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return ok({ fileName: `${plan.city.slug}-action-plan-${plan.startYear}-${plan.endYear}-tasks.xlsx`, bytes });
}

function addReadMe(workbook: ExcelJS.Workbook) {
  const [vi, en] = [translatorFor("vi"), translatorFor("en")];
  const [tVi, tEn] = [translatorFor("vi", "planSpreadsheet.readMe").t, translatorFor("en", "planSpreadsheet.readMe").t];
  const sheet = workbook.addWorksheet(readMeSheetName);
  sheet.columns = [{ width: 34 }, { width: 70 }, { width: 70 }];
  const wrap = { vertical: "top", wrapText: true } as const;
  const line = (values: string[], bold = false) => {
    const row = sheet.addRow(values);
    row.alignment = wrap;
    if (bold) row.font = { bold: true };
  };
  line([tVi("title"), "", tEn("title")], true);
  for (const key of ["intro", "key", "noDeletion", "import"] as const) line(["", tVi(key), tEn(key)]);
  line([]);
  line([tVi("column") + " / " + tEn("column"), tVi("meaning"), tEn("meaning")], true);
  for (const column of spreadsheetColumns) line([headerLabel(column), tVi(`columns.${column.key}`), tEn(`columns.${column.key}`)]);
  line([]);
  line([tVi("statusCodes") + " / " + tEn("statusCodes"), "", ""], true);
  for (const status of itemStatuses) line([status, vi.t(`actionPlans.itemStatus.${status}`), en.t(`actionPlans.itemStatus.${status}`)]);
}
