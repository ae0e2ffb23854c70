import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { GnlcStatus } from "@/components/cities/gnlc-status";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { requireActor } from "@/server/auth/current-actor";
import { AssessmentsTable } from "@/components/assessments/assessments-table";
import { listLatestAssessments } from "@/server/assessments/list-latest-assessments";
import { listVisibleCitiesPage } from "@/server/cities/visible-cities";
import { assessmentStatusCounts } from "@/server/assessments/status-counts";
import { db } from "@/server/db";
import { statusTable } from "@/lib/assessments/status-table";
import { assessmentStatuses } from "@/lib/review/workflow";
import { dashboardQuerySchema } from "@/lib/validation/cities";
import { Pager } from "@/components/ui/pager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

// Up to this many cities, the dashboard lists the latest checklist of each; beyond, it counts them.
const widestListedScope = 20;
const citiesPerPage = 25;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = dashboardQuerySchema.parse(await searchParams);
  const [t, ta, format, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("assessments"), getFormatter(), getLocale()]);
  const page = await listVisibleCitiesPage(db(), actor, { number: query.cities, size: citiesPerPage, locale });
  const cities = page.cities;
  const wide = page.total > widestListedScope;
  // The latest year of each city and framework; older years are one click away.
  const [latest, counts] = await Promise.all([
    wide ? Promise.resolve([]) : listLatestAssessments(db(), actor),
    wide ? assessmentStatusCounts(db(), actor) : Promise.resolve([]),
  ]);
  const statusRows = statusTable(counts);
  const titleOf = new Map(counts.map((c) => [c.frameworkCode, c.framework]));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("greeting", { name: actor.name })}</h1>
        <p className="mt-1 text-slate-700">{t("summary", { cities: page.total, members: page.members })}</p>
      </div>
      {latest.length > 0 && (
        <Card>
          <h2 className="text-lg font-semibold">{t("assessmentsHeading")}</h2>
          <div className="mt-3">
            <AssessmentsTable caption={t("assessmentsHeading")} rows={latest} testId="latest-assessment" />
          </div>
        </Card>
      )}
      {statusRows.length > 0 && (
        <Card>
          <h2 className="text-lg font-semibold">{t("statusHeading")}</h2>
          <div className="mt-3">
            <Table
              caption={t("statusHeading")}
              columns={[
                { label: ta("columns.framework") },
                { label: ta("columns.year"), numeric: true },
                ...assessmentStatuses.map((status) => ({ label: ta(`status.${status}`), numeric: true })),
                { label: t("columns.total"), numeric: true },
              ]}
            >
              {statusRows.map((row) => (
                <tr key={`${row.frameworkCode}-${row.year}`} className={rowClass} data-testid="status-row">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link href={`/review?framework=${encodeURIComponent(row.frameworkCode)}&year=${row.year}`} className="text-brand-700 hover:underline">
                      {localized(titleOf.get(row.frameworkCode) ?? { titleVi: row.frameworkCode, titleEn: row.frameworkCode }, "title", locale)}
                    </Link>
                  </th>
                  <td className="py-2 pr-4 text-right tabular-nums">{row.year}</td>
                  {assessmentStatuses.map((status) => (
                    <td key={status} className="py-2 pr-4 text-right tabular-nums">
                      {format.number(row.counts[status])}
                    </td>
                  ))}
                  <td className="py-2 text-right tabular-nums">{format.number(row.total)}</td>
                </tr>
              ))}
            </Table>
          </div>
        </Card>
      )}
      <Card>
        <h2 className="text-lg font-semibold">{t("citiesHeading")}</h2>
        {cities.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("noCities")}</p>
        ) : (
          <div className="mt-3">
            <Table
              caption={t("citiesHeading")}
              columns={[
                { label: t("columns.city") },
                { label: t("columns.province") },
                { label: t("columns.gnlc") },
                { label: t("columns.population"), numeric: true },
              ]}
            >
              {cities.map((city) => (
                <tr key={city.id} className={rowClass} data-testid="city-row">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link href={`/cities/${city.slug}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {localized(city, "name", locale)}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{localized(city, "province", locale)}</td>
                  <td className="py-2 pr-4">
                    <GnlcStatus status={city.gnlcStatus} admittedYear={city.gnlcAdmittedYear} />
                  </td>
                  <td className="py-2 text-right tabular-nums">
                    {city.population === null ? <span className="text-slate-500">{t("noData")}</span> : format.number(city.population)}
                  </td>
                </tr>
              ))}
            </Table>
            <Pager label={t("pages.label")} page={page.page} pages={page.pages} position={t("pages.position", { page: page.page, pages: page.pages })} href={(n) => (n === 1 ? "/dashboard" : `/dashboard?cities=${n}`)} />
          </div>
        )}
      </Card>
    </div>
  );
}
