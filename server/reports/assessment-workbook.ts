import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/permissions";
import { commentsRows, commentsTable, evidenceRows, evidenceTable, historyRows, historyTable, responsesRows, responsesTable, summaryRows, summaryTable } from "@/lib/reports/assessment-rows";
import type { Row, Table } from "@/lib/reports/table-rows";
import { addTableSheet } from "@/lib/reports/workbook-sheet";
import { translatorFor } from "@/i18n/translator";
import { fail, ok, type Result } from "@/lib/result";
import type { Db } from "../db";
import { readAssessmentHistory } from "./assessment-history-rows";
import { loadAssessmentReport } from "./assessment-report";

/** The name an assessment's files are saved under: city, framework and year, in ASCII. */
export const assessmentFileBase = (assessment: { citySlug: string; frameworkCode: string; year: number }) => `${assessment.citySlug}-${assessment.frameworkCode}-${assessment.year}`;

/**
 * One assessment as an Excel workbook: Summary (cover, approval stamp, readiness by section),
 * Responses, Evidence, Comments and History (the whole audit trail). Built in memory: one
 * assessment is small, and a known size lets the browser show the share downloaded.
 */
export async function assessmentWorkbook(db: Db, actor: Actor, assessmentId: string, locale: string): Promise<Result<{ fileName: string; bytes: Uint8Array }>> {
  const [report, history] = await Promise.all([loadAssessmentReport(db, actor, assessmentId), readAssessmentHistory(db, actor, assessmentId)]);
  if (!report || !history.ok) return fail("notFound");
  const language = translatorFor(locale);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Học tập";
  workbook.created = report.generatedAt;
  workbook.title = `${language.locale === "en" ? report.cover.city.name.en : report.cover.city.name.vi} ${report.cover.year}`;
  const sheets: [Table, Row[]][] = [
    [summaryTable(language), summaryRows(report, language)],
    [responsesTable(language), responsesRows(report, language)],
    [evidenceTable(language), evidenceRows(report, language)],
    [commentsTable(language), commentsRows(report, language)],
  ];
  for (const [table, rows] of sheets) {
    const sheet = addTableSheet(workbook, table);
    rows.forEach(sheet.add);
    sheet.end();
  }
  const historySheet = addTableSheet(workbook, historyTable(language));
  for await (const batch of history.value.batches()) historyRows(batch, language, history.value.codeOf).forEach(historySheet.add);
  historySheet.end();

  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return ok({ fileName: `${assessmentFileBase(history.value.assessment)}.xlsx`, bytes });
}
