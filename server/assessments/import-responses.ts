import "server-only";
import { createFormatter } from "next-intl";
import { translatorFor } from "@/i18n/translator";
import { toCheckIndicator } from "@/lib/assessments/check-indicator";
import { problemParams } from "@/lib/assessments/problem-params";
import {
  applicableRows,
  maxTemplateBytes,
  maxTemplateRows,
  planRows,
  readResponseHeader,
  responsesSheetName,
  rowsWithErrors,
  type CurrentAnswer,
  type FieldChange,
  type ImportIndicator,
  type ResponseColumnKey,
  type RowPlan,
} from "@/lib/assessments/response-spreadsheet";
import { parseLevelScales } from "@/lib/assessments/score-checklist";
import { localized } from "@/lib/localized";
import { mayEditAssessment, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { ResponseImportChoice } from "@/lib/validation/response-import";
import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";
import { contentDigest, readKeyedSheet } from "../spreadsheet/read-sheet";
import { getChecklist, type Checklist } from "./get-checklist";
import { writeResponse } from "./save-response";
import { refreshSummary } from "./summary/refresh-summaries";

export interface ImportRowView {
  rowNumber: number;
  code: string | null;
  /** The indicator's name in the caller's language; null when the code matches none. */
  label: string | null;
  /** For showing values as the checklist does (a boolean as yes/no). */
  indicatorType: string | null;
  change: RowPlan["change"];
  changes: FieldChange[];
  /** Each problem with its message in the caller's language. */
  errors: { field: ResponseColumnKey | "_row"; code: string; message: string }[];
}

export interface ResponseImportPreview {
  /** What the preview was made from (the file and the answers it touches); applying refuses once either moved on. */
  digest: string;
  rows: ImportRowView[];
  counts: { rows: number; applicable: number; unchanged: number; withErrors: number };
}

export interface ResponseImportApplied {
  applied: ImportRowView[];
  /** Rows left out for their problems (only when valid rows were applied alone). */
  skipped: number;
  unchanged: number;
}

type Input = { assessmentId: string; bytes: Uint8Array; locale: string };

/** The framework's indicators as the import reads them, with whether the actor may change each answer now. */
function importIndicators(checklist: Checklist): ImportIndicator[] {
  const scales = parseLevelScales(checklist.assessment.framework.levelScales);
  const changeable = new Set(checklist.editableIndicatorIds);
  return checklist.indicators.map((indicator) => ({
    id: indicator.id,
    code: indicator.code,
    rules: toCheckIndicator(indicator, checklist.assessment.framework.levelScales),
    levels: indicator.levelScale ? (scales[indicator.levelScale] ?? []) : [],
    changeable: changeable.has(indicator.id),
    previousValue: checklist.lastYearValues[indicator.code] ?? null,
  }));
}

function currentAnswers(checklist: Checklist): Map<string, CurrentAnswer> {
  return new Map(
    checklist.answers.map(({ indicatorId, updatedAt, ...answer }) => {
      void updatedAt;
      return [indicatorId, { ...answer, evidenceFiles: checklist.files.filter((f) => f.indicatorId === indicatorId).length }];
    }),
  );
}

/** The file read against the assessment as it is now: each row's plan, and the digest of both. */
async function prepare(db: Db, actor: Actor, input: Input) {
  const checklist = await getChecklist(db, actor, input.assessmentId);
  if (!checklist) return fail("notFound");
  // Submitted, approved and published answers are read-only, whatever the file says.
  if (!mayEditAssessment(actor, checklist.assessment)) return fail("forbidden");
  const sheet = await readKeyedSheet(input.bytes, {
    sheetName: responsesSheetName,
    maxBytes: maxTemplateBytes,
    maxRows: maxTemplateRows,
    readHeader: readResponseHeader,
    errors: {
      fileRequired: "responseImport.errors.fileRequired",
      tooLarge: "responseImport.errors.tooLarge",
      notXlsx: "responseImport.errors.notXlsx",
      noSheet: "responseImport.errors.noSheet",
      tooManyRows: "responseImport.errors.tooManyRows",
      missingColumns: "responseImport.errors.missingColumns",
    },
  });
  if (!sheet.ok) return sheet;
  const rows = planRows(sheet.value, importIndicators(checklist), currentAnswers(checklist), { year: checklist.assessment.year, locale: input.locale });
  // Every matched row carries the revision of its answer, so an answer saved meanwhile by anyone changes the digest.
  const digest = contentDigest(
    input.bytes,
    rows.map((r) => [r.rowNumber, r.indicatorId, r.revision, r.change, r.changes, r.errors.map((e) => [e.field, e.code])]),
  );
  return ok({ checklist, rows, digest });
}

/** Rows as the caller reads them: names and problems in their language. */
function rowViews(checklist: Checklist, rows: readonly RowPlan[], locale: string): ImportRowView[] {
  const { locale: lang, t, has } = translatorFor(locale);
  const format = createFormatter({ locale: lang });
  const byId = new Map(checklist.indicators.map((i) => [i.id, i]));
  return rows.map((row) => {
    const indicator = row.indicatorId ? byId.get(row.indicatorId) : undefined;
    const message = (code: string, params: Record<string, string | number> | undefined) => {
      return t(has(code) ? code : "validation.invalid", problemParams(params, indicator?.type ?? "", (value, options) => format.number(value, options)));
    };
    return {
      rowNumber: row.rowNumber,
      code: row.code,
      label: indicator ? (localized(indicator, "label", lang) ?? indicator.code) : null,
      indicatorType: indicator?.type ?? null,
      change: row.change,
      changes: row.changes,
      errors: row.errors.map((e) => ({ field: e.field, code: e.code, message: message(e.code, e.params) })),
    };
  });
}

/**
 * Reads an edited answer spreadsheet and says what importing it would do, row by row: which
 * answers change (each field before and after), which rows are unchanged, and every problem, in
 * the caller's language. Nothing is written.
 */
export async function previewResponseImport(db: Db, actor: Actor, input: Input): Promise<Result<ResponseImportPreview>> {
  const prepared = await prepare(db, actor, input);
  if (!prepared.ok) return prepared;
  const { checklist, rows, digest } = prepared.value;
  return ok({
    digest,
    rows: rowViews(checklist, rows, input.locale),
    counts: {
      rows: rows.length,
      applicable: applicableRows(rows).length,
      unchanged: rows.filter((r) => r.change === "unchanged").length,
      withErrors: rowsWithErrors(rows).length,
    },
  });
}

/** Thrown inside the transaction to undo it when an answer moved on since it was read. */
class Stale extends Error {}

const conflict = () => fail("conflict", { digest: "responseImport.errors.conflict" });

/**
 * Applies a previewed spreadsheet, provided the file and the answers it touches are as they were
 * (`digest`), or refuses with a conflict. `validOnly` writes the rows that change an answer and
 * have no problem; `allOrNothing` writes them only when no row has a problem, and otherwise nothing.
 * Each answer goes through the checklist's own save (revision, completion cleared, audit event),
 * all in one transaction.
 */
export async function applyResponseImport(db: Db, actor: Actor, input: Input & { digest: string; choice: ResponseImportChoice }): Promise<Result<ResponseImportApplied>> {
  const prepared = await prepare(db, actor, input);
  if (!prepared.ok) return prepared;
  const { checklist, rows, digest } = prepared.value;
  if (digest !== input.digest) return conflict();
  const failing = rowsWithErrors(rows);
  if (input.choice === "allOrNothing" && failing.length > 0) return fail("invalid", { file: "responseImport.errors.rowsHaveErrors" });

  const writes = applicableRows(rows);
  const typeOf = new Map(checklist.indicators.map((i) => [i.id, i.type]));
  try {
    await db.$transaction(
      async (tx) => {
        for (const row of writes) {
          const indicatorId = row.indicatorId!;
          const outcome = await writeResponse(tx, actor, {
            ...row.after!,
            assessmentId: checklist.assessment.id,
            indicatorId,
            indicatorType: typeOf.get(indicatorId)!,
            revision: row.revision,
            source: "spreadsheet",
            deferSummary: true,
          });
          if (outcome.kind === "conflict") throw new Stale();
        }
        // Once for the whole file, in the same transaction.
        await refreshSummary(tx, checklist.assessment.id);
      },
      // A framework of a few hundred indicators is still one transaction.
      { timeout: 60_000 },
    );
  } catch (error) {
    if (error instanceof Stale || isUniqueViolation(error)) return conflict();
    throw error;
  }
  return ok({
    applied: rowViews(checklist, writes, input.locale),
    skipped: failing.length,
    unchanged: rows.filter((r) => r.change === "unchanged").length,
  });
}
