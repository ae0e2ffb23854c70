import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { GnlcStatus } from "@/components/cities/gnlc-status";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { requireActor } from "@/server/auth/current-actor";
import { AssessmentsTable } from "@/components/assessments/assessments-table";
import { listAssessments } from "@/server/assessments/list-assessments";
import { listVisibleCities } from "@/server/cities/visible-cities";
import { db } from "@/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const actor = await requireActor();
  const [t, format, locale, cities, assessments] = await Promise.all([
    getTranslations("dashboard"),
    getFormatter(),
    getLocale(),
    listVisibleCities(db(), actor),
    listAssessments(db(), actor),
  ]);
  // The latest year of each city and framework; older years are one click away.
  const seen = new Set<string>();
  const latest = assessments.filter((a) => {
    const key = `${a.cityId}:${a.frameworkCode}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const members = cities.filter((c) => c.gnlcStatus === "member").length;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("greeting", { name: actor.name })}</h1>
        <p className="mt-1 text-slate-700">{t("summary", { cities: cities.length, members })}</p>
      </div>
      {latest.length > 0 && (
        <Card>
          <h2 className="text-lg font-semibold">{t("assessmentsHeading")}</h2>
          <div className="mt-3">
            <AssessmentsTable caption={t("assessmentsHeading")} rows={latest} testId="latest-assessment" />
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
          </div>
        )}
      </Card>
    </div>
  );
}
