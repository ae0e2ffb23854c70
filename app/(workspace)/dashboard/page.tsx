import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { GnlcStatus } from "@/components/cities/gnlc-status";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { requireActor } from "@/server/auth/current-actor";
import { AssessmentStatus } from "@/components/assessments/assessment-status";
import { ReadinessFigure } from "@/components/assessments/readiness-figure";
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
            <Table
              caption={t("assessmentsHeading")}
              minWidth="40rem"
              columns={[{ label: t("columns.city") }, { label: t("columns.framework") }, { label: t("columns.status") }, { label: t("columns.readiness"), numeric: true }]}
            >
              {latest.map((a) => (
                <tr key={a.id} className={rowClass} data-testid="latest-assessment">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    <Link href={`/assessments/${a.id}`} className="text-brand-700 hover:underline">
                      {localized(a.city, "name", locale)} · {a.year}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">{localized(a.framework, "title", locale)}</td>
                  <td className="py-2 pr-4">
                    <AssessmentStatus status={a.status} completedAt={a.completedAt} />
                  </td>
                  <td className="py-2 text-right">
                    <ReadinessFigure score={a.readiness.score} coverage={a.readiness.coverage} />
                  </td>
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
          </div>
        )}
      </Card>
    </div>
  );
}
