import "server-only";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/permissions";
import { scopeLongRows, scopeLongTable, scopeWideRows, scopeWideTable, type ScopeAssessment } from "@/lib/reports/scope-rows";
import type { Row, Table } from "@/lib/reports/table-rows";
import { addTableSheet } from "@/lib/reports/workbook-sheet";
import { translatorFor, type Translator } from "@/i18n/translator";
import { ok, type Result } from "@/lib/result";
import type { ScopeExportQuery } from "@/lib/validation/exports";
import type { Db } from "../db";
import { readScopeRows, type ScopeRows } from "./read-scope-rows";

/** Resolves when `output` can take more, and fails when the reader has gone away. */
function roomIn(output: Writable): Promise<void> {
  if (output.destroyed) return Promise.reject(new Error("The download was closed."));
  if (!output.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      output.off("drain", drained).off("close", closed);
      if (error) reject(error);
      else resolve();
    };
    const drained = () => settle();
    const closed = () => settle(new Error("The download was closed."));
    output.on("drain", drained).on("close", closed);
  });
}

/**
 * The scope workbook, streamed into `output`: the "cities × indicators" sheet, then the long table.
 * exceljs zips its sheets one after the other, so a second sheet written alongside the first would
 * sit in memory until the first is finished: each sheet gets its own pass over the batches instead.
 * Between batches the writer waits for `output` to drain, so a slow reader slows the reading.
 */
export async function writeScopeRowsWorkbook(rows: ScopeRows, output: Writable, language: Translator): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Học tập";
  workbook.created = new Date();
  const passes: [Table, (assessment: ScopeAssessment, language: Translator) => Row[]][] = [
    [scopeWideTable(language), scopeWideRows],
    [scopeLongTable(language), scopeLongRows],
  ];
  for (const [table, rowsOf] of passes) {
    const sheet = addTableSheet(workbook, table);
    for await (const batch of rows.batches()) {
      for (const assessment of batch) for (const row of rowsOf(assessment, language)) sheet.add(row);
      await roomIn(output);
    }
    sheet.end();
  }
  await workbook.commit();
}

/**
 * The coordinator's scope workbook for a framework and year, written into `output` (a file, a
 * response body). notFound when the framework is not readable; the cities are those in the
 * actor's scope. What the reports route and the benchmark both call.
 */
export async function writeScopeWorkbook(db: Db, actor: Actor, query: ScopeExportQuery, output: Writable, options: { locale: string; batchSize?: number }): Promise<Result<{ assessments: number }>> {
  const rows = await readScopeRows(db, actor, query, options);
  if (!rows.ok) return rows;
  await writeScopeRowsWorkbook(rows.value, output, translatorFor(options.locale));
  return ok({ assessments: rows.value.count });
}
