import { getTranslations } from "next-intl/server";
import { assessmentCsvTables } from "@/lib/validation/exports";
import { DownloadButton } from "./download-button";

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

/**
 * Everything that takes an assessment out of the app or brings answers in: the printable report,
 * its PDF, the workbook and CSV tables, the GNLC application draft and the spreadsheet import.
 * Each link leads to a route that checks the reader's permission itself; the workbook and CSV
 * files come through the download button, which shows their progress.
 */
export async function AssessmentDownloads({ assessment, mayImport }: { assessment: { id: string; frameworkCode: string }; mayImport: boolean }) {
  const [t, tExports] = await Promise.all([getTranslations("assessmentDownloads"), getTranslations("exports")]);
  const base = `/api/assessments/${assessment.id}`;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-start gap-2">
      <span className="py-1.5 text-sm text-slate-600">{t("label")}:</span>
      <a href={`/assessments/${assessment.id}/report`} className={linkClass}>
        {t("printable")}
      </a>
      <a href={`${base}/report.pdf`} className={linkClass} download>
        {t("pdf")}
      </a>
      {assessment.frameworkCode === "gnlc-application" && (
        <a href={`${base}/application.pdf`} className={linkClass} download>
          {t("applicationDraft")}
        </a>
      )}
      <DownloadButton href={`${base}/workbook.xlsx`} label={t("workbook")} fileName="assessment.xlsx" />
      {assessmentCsvTables.map((table) => (
        <DownloadButton key={table} href={`${base}/export.csv?table=${table}`} label={tExports("csvOf", { table: tExports(`tables.${table}`) })} fileName={`assessment-${table}.csv`} />
      ))}
      {mayImport && (
        <a href={`/assessments/${assessment.id}/import`} className={linkClass}>
          {t("import")}
        </a>
      )}
    </nav>
  );
}
