import "server-only";
import {
  checkParents,
  checkStates,
  diffItems,
  hasErrors,
  maxSpreadsheetBytes,
  maxSpreadsheetRows,
  readHeader,
  rowsToItems,
  tasksSheetName,
  type ComparedField,
  type FieldChange,
  type ItemDiff,
  type ParsedRow,
  type RowError,
  type SheetRow,
} from "@/lib/action-plans/spreadsheet";
import { mayEditPlan, mayOwnPlanItem, mayReadPlan, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { PlanItemInput } from "@/lib/validation/action-plans";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadActor } from "../auth/load-actor";
import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";
import { contentDigest, readKeyedSheet } from "../spreadsheet/read-sheet";
import { planItemsAsRows } from "./export-tasks";
import { findReadablePlan, type PlanRef } from "./plan-access";
import { itemAuditFields } from "./save-plan-item";
import { plainItemFields } from "@/lib/action-plans/item-columns";

export interface PreviewRow {
  rowNumber: number;
  code: string | null;
  titleVi: string | null;
  titleEn: string | null;
  /** Null for a row that could not be read. */
  change: "added" | "changed" | "unchanged" | null;
  fields: FieldChange[];
  errors: RowError[];
}

export interface TaskImportPreview {
  /** The state of the plan the preview was made against; applying refuses once it has moved on. */
  digest: string;
  rows: PreviewRow[];
  /** Items of the plan without a row in the file: an import leaves them as they are. */
  notInFile: { code: string; titleVi: string; titleEn: string | null }[];
  counts: { added: number; changed: number; unchanged: number; notInFile: number; rowsWithErrors: number };
}

/** The "Tasks" sheet's rows keyed by column, or why the file cannot be read. */
function readTasksSheet(bytes: Uint8Array): Promise<Result<SheetRow[]>> {
  return readKeyedSheet(bytes, {
    sheetName: tasksSheetName,
    maxBytes: maxSpreadsheetBytes,
    maxRows: maxSpreadsheetRows,
    readHeader,
    errors: {
      fileRequired: "planSpreadsheet.errors.fileRequired",
      tooLarge: "planSpreadsheet.errors.tooLarge",
      notXlsx: "planSpreadsheet.errors.notXlsx",
      noSheet: "planSpreadsheet.errors.noTasksSheet",
      tooManyRows: "planSpreadsheet.errors.tooManyRows",
      missingColumns: "planSpreadsheet.errors.missingColumns",
    },
  });
}

/** Changes with every item's revision, so it tells whether anyone changed the plan in between. */
const digestOf = (items: readonly { id: string; revision: number }[]) => contentDigest(items.map((i) => `${i.id}:${i.revision}`).sort());

const touches = (diff: ItemDiff, fields: readonly ComparedField[]) =>
  diff.change === "added" || (diff.change === "changed" && diff.fields.some((f) => fields.includes(f.field)));

/**
 * Owners the file sets, by e-mail, under the rule of the task form: an active user who may read
 * the plan (someone who cannot open it could never report on the task). An unchanged row keeps its
 * owner even if that person has since left, as the form would.
 */
async function resolveOwners(db: Db, plan: PlanRef, rows: readonly ParsedRow[], diffs: readonly ItemDiff[]): Promise<Map<string, string>> {
  const wanted = rowsTouching(rows, diffs, ["ownerEmail"]).filter((row) => row.item.ownerEmail);
  const users = await db.user.findMany({ where: { email: { in: [...new Set(wanted.map((row) => row.item.ownerEmail!))] } }, select: { id: true, email: true } });
  const ids = new Map<string, string>();
  const problems = new Map<string, string>();
  for (const user of users) {
    const owner = await loadActor(db, user.id);
    if (!owner) problems.set(user.email, "actionPlans.errors.ownerUnknown");
    else if (!mayReadPlan(owner, plan)) problems.set(user.email, "actionPlans.errors.ownerOutsideCity");
    else if (!mayOwnPlanItem(owner, plan)) problems.set(user.email, "actionPlans.errors.ownerReadOnly");
    else ids.set(user.email, user.id);
  }
  for (const row of wanted) {
    const email = row.item.ownerEmail!;
    if (!ids.has(email)) row.errors.push({ rowNumber: row.rowNumber, field: "ownerEmail", key: problems.get(email) ?? "actionPlans.errors.ownerUnknown" });
  }
  return ids;
}

/** An indicator link the file sets must name an indicator of a published (or retired) framework, as on the task form. */
async function checkIndicators(db: Db, rows: readonly ParsedRow[], diffs: readonly ItemDiff[]): Promise<void> {
  const wanted = rowsTouching(rows, diffs, ["frameworkCode", "indicatorCode"]).filter((row) => row.item.frameworkCode && row.item.indicatorCode);
  if (wanted.length === 0) return;
  const found = await db.indicator.findMany({
    where: { code: { in: wanted.map((row) => row.item.indicatorCode!) }, framework: { code: { in: wanted.map((row) => row.item.frameworkCode!) }, status: { not: "draft" } } },
    select: { code: true, framework: { select: { code: true } } },
  });
  const known = new Set(found.map((i) => `${i.framework.code}/${i.code}`));
  for (const row of wanted) {
    if (!known.has(`${row.item.frameworkCode}/${row.item.indicatorCode}`)) row.errors.push({ rowNumber: row.rowNumber, field: "indicatorCode", key: "actionPlans.errors.indicatorUnknown" });
  }
}

function rowsTouching(rows: readonly ParsedRow[], diffs: readonly ItemDiff[], fields: readonly ComparedField[]) {
  const rowNumbers = new Set(diffs.flatMap((d) => (d.change !== "notInFile" && touches(d, fields) ? [d.rowNumber] : [])));
  return rows.filter((row): row is ParsedRow & { item: PlanItemInput } => row.item !== null && rowNumbers.has(row.rowNumber));
}

/** The file read against the plan: each row with its problems, what it would change, and the owners it names. */
async function prepare(db: Db, actor: Actor, planId: string, bytes: Uint8Array) {
  const plan = await findReadablePlan(db, actor, planId);
  if (!plan) return fail("notFound");
  if (!mayEditPlan(actor, plan)) return fail("forbidden");
  const sheet = await readTasksSheet(bytes);
  if (!sheet.ok) return sheet;

  const { rows: existing, rolledUp } = await planItemsAsRows(db, plan.id);
  const current = existing.map(({ fields }) => fields);
  const rows = rowsToItems(sheet.value);
  checkParents(rows, current);
  const diffs = diffItems(current, rows, rolledUp);
  checkStates(rows, diffs, rolledUp);
  const ownerIds = await resolveOwners(db, plan, rows, diffs);
  await checkIndicators(db, rows, diffs);
  return ok({ plan, existing, rolledUp, rows, diffs, ownerIds, digest: digestOf(existing.map(({ item }) => item)) });
}

/**
 * Reads an edited task spreadsheet and says what importing it would do, row by row: added,
 * changed (each field before and after), unchanged, or the problems of the row. Nothing is written.
 */
export async function previewTaskImport(db: Db, actor: Actor, input: { planId: string; bytes: Uint8Array }): Promise<Result<TaskImportPreview>> {
  const prepared = await prepare(db, actor, input.planId, input.bytes);
  if (!prepared.ok) return prepared;
  const { existing, rows, diffs, digest } = prepared.value;
  const diffByRow = new Map(diffs.flatMap((d) => (d.change === "notInFile" ? [] : [[d.rowNumber, d] as const])));
  const previewRows = rows.map((row): PreviewRow => {
    const diff = diffByRow.get(row.rowNumber);
    return {
      rowNumber: row.rowNumber,
      code: row.item?.code ?? row.code,
      titleVi: row.item?.titleVi ?? row.titleVi,
      titleEn: row.item?.titleEn ?? null,
      change: diff?.change ?? null,
      fields: diff?.change === "changed" ? diff.fields : [],
      errors: row.errors,
    };
  });
  const missing = new Set(diffs.flatMap((d) => (d.change === "notInFile" ? [d.code] : [])));
  const count = (change: PreviewRow["change"]) => previewRows.filter((r) => r.change === change).length;
  return ok({
    digest,
    rows: previewRows,
    notInFile: existing.filter(({ fields }) => missing.has(fields.code)).map(({ fields }) => ({ code: fields.code, titleVi: fields.titleVi, titleEn: fields.titleEn })),
    counts: { added: count("added"), changed: count("changed"), unchanged: count("unchanged"), notInFile: missing.size, rowsWithErrors: rows.filter((r) => r.errors.length).length },
  });
}

/** The database columns of a row, parent and owner resolved to ids. */
function columnsOf(item: PlanItemInput, ids: { parent: (code: string) => string | undefined; owner: (email: string) => string | undefined }) {
  return {
    kind: item.kind,
    parentId: item.parentCode ? (ids.parent(item.parentCode) ?? null) : null,
    ...plainItemFields(item),
    supportingAgencies: JSON.stringify(item.supportingAgencies),
    ownerId: item.ownerEmail ? (ids.owner(item.ownerEmail) ?? null) : null,
  };
}
type ItemColumns = ReturnType<typeof columnsOf>;

const columnOf = (field: ComparedField): keyof ItemColumns => (field === "parentCode" ? "parentId" : field === "ownerEmail" ? "ownerId" : field);

/** The note of the progress update an import records, in both languages as the file's headers are. */
const updateNote = `${vi.planSpreadsheet.updateNote} (${en.planSpreadsheet.updateNote})`;

/** Thrown inside the transaction to undo it when an item moved on since it was read. */
class Stale extends Error {}

/**
 * Applies a previewed spreadsheet: refuses if any row has a problem, or with "conflict" when the
 * plan changed since the preview (`expectedDigest`); otherwise, in one transaction, adds the new
 * items and updates the changed ones (each with its audit event, and a change of status or
 * progress also with a progress update saying it came from the spreadsheet). Items not in the
 * file stay as they are.
 */
export async function applyTaskImport(
  db: Db,
  actor: Actor,
  input: { planId: string; bytes: Uint8Array; expectedDigest: string },
): Promise<Result<{ added: number; changed: number; unchanged: number }>> {
  const prepared = await prepare(db, actor, input.planId, input.bytes);
  if (!prepared.ok) return prepared;
  const { plan, existing, rolledUp, rows, diffs, ownerIds, digest } = prepared.value;
  if (hasErrors(rows)) return fail("invalid", { file: "planSpreadsheet.errors.rowsHaveErrors" });
  if (digest !== input.expectedDigest) return fail("conflict");

  const itemOfRow = new Map(rows.map((row) => [row.rowNumber, row.item!]));
  const stored = new Map(existing.map(({ item }) => [item.code, item]));
  const idOf = new Map(existing.map(({ item }) => [item.code, item.id]));
  const ids = { parent: (code: string) => idOf.get(code), owner: (email: string) => ownerIds.get(email) };
  const added = diffs.flatMap((d) => (d.change === "added" ? [itemOfRow.get(d.rowNumber)!] : []));
  const changed = diffs.flatMap((d) => (d.change === "changed" ? [{ item: itemOfRow.get(d.rowNumber)!, fields: d.fields }] : []));

  try {
    await db.$transaction(async (tx) => {
      let position = (await tx.planItem.aggregate({ where: { planId: plan.id }, _max: { position: true } }))._max.position ?? 0;
      // Parents first: a new item may sit under another new one further down the file.
      const pending = [...added];
      while (pending.length) {
        const [item] = pending.splice(
          pending.findIndex((p) => !p.parentCode || idOf.has(p.parentCode)),
          1,
        );
        const created = await tx.planItem.create({ data: { planId: plan.id, code: item.code, position: ++position, ...columnsOf(item, ids) } });
        idOf.set(item.code, created.id);
        await recordAuditEvent(tx, { actorId: actor.id, action: "planItem.create", entityType: "PlanItem", entityId: created.id, after: itemAuditFields(created) });
      }
      for (const { item, fields } of changed) {
        const before = stored.get(item.code)!;
        const columns = columnsOf(item, ids);
        const data = Object.fromEntries(fields.map(({ field }) => [columnOf(field), columns[columnOf(field)]])) as Partial<ItemColumns>;
        // A move under another parent puts the item last among its new siblings.
        const moved = "parentId" in data ? { position: ++position } : {};
        const { count } = await tx.planItem.updateMany({ where: { id: before.id, revision: before.revision }, data: { ...data, ...moved, revision: before.revision + 1 } });
        if (count === 0) throw new Stale();
        const after = await tx.planItem.findUniqueOrThrow({ where: { id: before.id } });
        await recordAuditEvent(tx, { actorId: actor.id, action: "planItem.update", entityType: "PlanItem", entityId: before.id, before: itemAuditFields(before), after: itemAuditFields(after) });
        if (after.status !== before.status || after.progress !== before.progress) {
          // The task's progress history shows the change like any other report; a rolled-up progress stays as it was.
          const shown = (progress: number) => rolledUp.get(item.code) ?? progress;
          await tx.planUpdate.create({
            data: { itemId: before.id, authorId: actor.id, previousStatus: before.status, status: after.status, previousProgress: shown(before.progress), progress: shown(after.progress), note: updateNote },
          });
        }
      }
    });
  } catch (error) {
    if (error instanceof Stale || isUniqueViolation(error)) return fail("conflict");
    throw error;
  }
  return ok({ added: added.length, changed: changed.length, unchanged: diffs.filter((d) => d.change === "unchanged").length });
}
