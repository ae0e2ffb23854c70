import { getTranslations } from "next-intl/server";

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

/**
 * Everything that takes an assessment out of the app or brings answers in: the printable report,
 * its PDF, the workbook and CSV tables, the GNLC application draft and the spreadsheet import.
 * Each link leads to a route that checks the reader's permission itself.
 */
export async function AssessmentDownloads({ assessment, mayImport }: { assessment: { id: string; frameworkCode: string }; mayImport: boolean }) {
  const t = await getTranslations("assessmentDownloads");
  const base = `/api/assessments/${assessment.id}`;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-slate-600">{t("label")}:</span>
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
      <a href={`${base}/workbook.xlsx`} className={linkClass} download>
        {t("workbook")}
      </a>
      <a href={`${base}/export.csv?table=responses`} className={linkClass} download>
        {t("csv")}
      </a>
      {mayImport && (
        <a href={`/assessments/${assessment.id}/import`} className={linkClass}>
          {t("import")}
        </a>
      )}
    </nav>
  );
}
