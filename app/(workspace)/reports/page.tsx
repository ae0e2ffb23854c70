import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AssessmentStatus } from "@/components/assessments/assessment-status";
import { ReadinessFigure } from "@/components/assessments/readiness-figure";
import { DownloadButton } from "@/components/reports/download-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import type { ScopeAssessment } from "@/lib/reports/scope-rows";
import { reportsPageQuerySchema } from "@/lib/validation/exports";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { readScopeRows } from "@/server/reports/read-scope-rows";
import { reportScopeChoices } from "@/server/reports/scope-rows-choices";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reportsPage"))("title") };
}

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
const linkClass = "text-brand-700 underline-offset-2 hover:underline";

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = reportsPageQuerySchema.parse(await searchParams);
  const [t, locale, choices] = await Promise.all([getTranslations("reportsPage"), getLocale(), reportScopeChoices(db(), actor, query)]);
  const header = <PageHeader title={t("heading")} intro={t("intro")} />;
  const openData = (
    <p className="text-sm text-slate-700">
      {t.rich("openData", { link: (chunks) => <Link href="/open-data" className="text-brand-700 underline underline-offset-2 hover:text-brand-800">{chunks}</Link> })}
    </p>
  );
  const { framework, year } = choices;
  if (!framework) {
    return (
      <div className="space-y-6">
        {header}
        <Card>
          <p>{t("noFrameworks")}</p>
        </Card>
        {openData}
      </div>
    );
  }

  const rows = await readScopeRows(db(), actor, { framework: framework.code, year }, { locale });
  const assessments: ScopeAssessment[] = [];
  if (rows.ok) for await (const batch of rows.value.batches()) assessments.push(...batch);
  const scopeQuery = `framework=${encodeURIComponent(framework.code)}&year=${year}`;
  const frameworkTitle = localized(framework, "title", locale) ?? framework.code;

  return withClientMessages(
    ["exports.download"],
    <div className="space-y-6">
      {header}
      <Card>
        <form method="get" action="/reports" aria-label={t("form.label")} className="flex flex-wrap items-end gap-3">
          <label className="min-w-64 text-sm font-medium text-slate-800">
            {t("form.framework")}
            <select name="framework" defaultValue={framework.code} className={selectClass}>
              {choices.frameworks.map((f) => (
                <option key={f.code} value={f.code}>
                  {localized(f, "title", locale)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-slate-800">
            {t("form.year")}
            <select name="year" defaultValue={year} className={selectClass}>
              {choices.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            {t("form.show")}
          </button>
        </form>
      </Card>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("scope.heading", { framework: frameworkTitle, year })}</h2>
        <p className="text-sm text-slate-700">{t("scope.intro", { count: assessments.length })}</p>
        <div className="flex flex-wrap items-start gap-2">
          <a href={`/api/reports/overview.pdf?${scopeQuery}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100" download>
            {t("scope.overviewPdf")}
          </a>
          <DownloadButton href={`/api/reports/scope.xlsx?${scopeQuery}`} label={t("scope.workbook")} fileName={`${framework.code}-${year}-cities.xlsx`} />
          <DownloadButton href={`/api/reports/scope.csv?${scopeQuery}&table=wide`} label={t("scope.csvWide")} fileName={`${framework.code}-${year}-cities-wide.csv`} />
          <DownloadButton href={`/api/reports/scope.csv?${scopeQuery}&table=long`} label={t("scope.csvLong")} fileName={`${framework.code}-${year}-cities-long.csv`} />
        </div>
        <p className="text-xs text-slate-600">{t("scope.tablesHint")}</p>
      </Card>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("assessments.heading")}</h2>
        {assessments.length === 0 ? (
          <p className="text-slate-700">{t("assessments.none", { year })}</p>
        ) : (
          <Table
            caption={t("assessments.caption", { framework: frameworkTitle, year })}
            minWidth="44rem"
            columns={[{ label: t("assessments.columns.city") }, { label: t("assessments.columns.status") }, { label: t("assessments.columns.readiness") }, { label: t("assessments.columns.reports") }]}
          >
            {assessments.map((assessment) => {
              const city = localized(assessment.city, "name", locale) ?? assessment.city.slug;
              const base = `/api/assessments/${assessment.id}`;
              return (
                <tr key={assessment.id} className={rowClass} data-testid="report-row">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link href={`/assessments/${assessment.id}`} className={linkClass}>
                      {city}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">
                    <AssessmentStatus status={assessment.status} completedAt={assessment.completedAt} />
                  </td>
                  <td className="py-2 pr-4">
                    <ReadinessFigure score={assessment.readiness} coverage={assessment.coverage} />
                  </td>
                  <td className="py-2">
                    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-label={t("assessments.reportsOf", { city })}>
                      <li>
                        <Link href={`/assessments/${assessment.id}/report`} className={linkClass}>
                          {t("assessments.printable")}
                        </Link>
                      </li>
                      <li>
                        <a href={`${base}/report.pdf`} className={linkClass} download>
                          {t("assessments.pdf")}
                        </a>
                      </li>
                      <li>
                        <a href={`${base}/workbook.xlsx`} className={linkClass} download>
                          {t("assessments.workbook")}
                        </a>
                      </li>
                      <li>
                        <a href={`${base}/export.csv?table=responses`} className={linkClass} download>
                          {t("assessments.csv")}
                        </a>
                      </li>
                    </ul>
                  </td>
                </tr>
              );
            })}
          </Table>
        )}
      </Card>
      {openData}
    </div>,
  );
}
