import { getTranslations } from "next-intl/server";
import { assessmentCsvTables } from "@/lib/validation/exports";
import { DownloadButton } from "./download-button";

const itemClass = "block w-full rounded px-3 py-1.5 text-left text-sm font-medium hover:bg-slate-100";

/**
 * Everything that takes an assessment out of the app: the printable report, its PDF, the workbook
 * and CSV tables, the GNLC application draft, in one menu so the answers come first on the screen.
 * Each link leads to a route that checks the reader's permission itself; the workbook and CSV
 * files come through the download button, which shows their progress.
 */
export async function AssessmentDownloads({ assessment }: { assessment: { id: string; frameworkCode: string } }) {
  const [t, tExports] = await Promise.all([getTranslations("assessmentDownloads"), getTranslations("exports")]);
  const base = `/api/assessments/${assessment.id}`;
  return (
    <details className="group relative">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 sm:px-4 sm:py-2">
        {t("label")} <span aria-hidden>▾</span>
      </summary>
      <nav aria-label={t("label")} className="absolute right-0 z-20 mt-1 w-72 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
        <a href={`/assessments/${assessment.id}/report`} className={itemClass}>
          {t("printable")}
        </a>
        <a href={`${base}/report.pdf`} className={itemClass} download>
          {t("pdf")}
        </a>
        {assessment.frameworkCode === "gnlc-application" && (
          <a href={`${base}/application.pdf`} className={itemClass} download>
            {t("applicationDraft")}
          </a>
        )}
        <div className="[&>span]:flex">
          <DownloadButton href={`${base}/workbook.xlsx`} label={t("workbook")} fileName="assessment.xlsx" className="w-full" />
        </div>
        {assessmentCsvTables.map((table) => (
          <div key={table} className="[&>span]:flex">
            <DownloadButton href={`${base}/export.csv?table=${table}`} label={tExports("csvOf", { table: tExports(`tables.${table}`) })} fileName={`assessment-${table}.csv`} className="w-full" />
          </div>
        ))}
      </nav>
    </details>
  );
}
