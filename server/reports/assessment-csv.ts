import "server-only";
import type { Actor } from "@/lib/permissions";
import { commentsRows, commentsTable, evidenceRows, evidenceTable, historyRows, historyTable, responsesRows, responsesTable } from "@/lib/reports/assessment-rows";
import { csvChunks } from "@/lib/reports/csv";
import { translatorFor } from "@/i18n/translator";
import { fail, ok, type Result } from "@/lib/result";
import type { AssessmentCsvTable } from "@/lib/validation/exports";
import type { Db } from "../db";
import { readAssessmentHistory } from "./assessment-history-rows";
import { loadAssessmentReport } from "./assessment-report";
import { assessmentFileBase } from "./assessment-workbook";

const reportTables = {
  responses: [responsesTable, responsesRows],
  evidence: [evidenceTable, evidenceRows],
  comments: [commentsTable, commentsRows],
} as const;

/**
 * One table of an assessment's workbook as CSV text chunks, with the file name to save it under.
 * The history is read from the audit trail a batch at a time; the other tables come from the
 * report read model, as in the workbook. notFound for an assessment the actor may not read.
 */
export async function assessmentCsv(db: Db, actor: Actor, input: { id: string; table: AssessmentCsvTable }, locale: string): Promise<Result<{ fileName: string; chunks: AsyncGenerator<string> }>> {
  const language = translatorFor(locale);
  const history = await readAssessmentHistory(db, actor, input.id);
  if (!history.ok) return history;
  const fileName = `${assessmentFileBase(history.value.assessment)}-${input.table}.csv`;
  if (input.table === "history") {
    const { batches, codeOf } = history.value;
    async function* rows() {
      for await (const batch of batches()) yield historyRows(batch, language, codeOf);
    }
    return ok({ fileName, chunks: csvChunks(historyTable(language).columns, rows(), language.t("exports.vietnamTime")) });
  }
  const report = await loadAssessmentReport(db, actor, input.id);
  if (!report) return fail("notFound");
  const [table, rowsOf] = reportTables[input.table];
  return ok({ fileName, chunks: csvChunks(table(language).columns, [rowsOf(report, language)], language.t("exports.vietnamTime")) });
}
