import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AssessmentStatus } from "@/components/assessments/assessment-status";
import { ReadinessFigure } from "@/components/assessments/readiness-figure";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { mayCreateAssessment } from "@/lib/permissions";
import { listAssessments } from "@/server/assessments/list-assessments";
import { requireActor } from "@/server/auth/current-actor";
import { listVisibleCities } from "@/server/cities/visible-cities";
import { db } from "@/server/db";
import { listFrameworks } from "@/server/frameworks/read-frameworks";
import { NewAssessmentForm } from "./new-assessment-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments"))("title") };
}

export default async function AssessmentsPage() {
  const actor = await requireActor();
  const [t, locale, assessments, cities, frameworks] = await Promise.all([
    getTranslations("assessments"),
    getLocale(),
    listAssessments(db(), actor),
    listVisibleCities(db(), actor),
    listFrameworks(db(), actor),
  ]);
  const creatableCities = cities.filter((c) => mayCreateAssessment(actor, c.id));
  const published = frameworks.filter((f) => f.status === "published");

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {creatableCities.length > 0 && published.length > 0 && (
        <Card>
          <h2 className="text-lg font-semibold">{t("new")}</h2>
          <NewAssessmentForm
            cities={creatableCities.map((c) => ({ id: c.id, name: localized(c, "name", locale) ?? c.slug }))}
            frameworks={published.map((f) => ({ id: f.id, name: `${localized(f, "title", locale)} (v${f.version})` }))}
            defaultYear={new Date().getFullYear()}
          />
        </Card>
      )}
      <Card>
        {assessments.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <Table
            caption={t("title")}
            minWidth="48rem"
            columns={[{ label: t("columns.city") }, { label: t("columns.framework") }, { label: t("columns.year"), numeric: true }, { label: t("columns.status") }, { label: t("columns.readiness"), numeric: true }]}
          >
            {assessments.map((a) => (
              <tr key={a.id} className={rowClass} data-testid="assessment-row">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={`/assessments/${a.id}`} className="text-brand-700 hover:underline">
                    {localized(a.city, "name", locale)}
                  </Link>
                  {a.fromPublications && <div className="text-xs font-normal text-slate-600">{t("fromPublications")}</div>}
                </th>
                <td className="py-2 pr-4">{localized(a.framework, "title", locale)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{a.year}</td>
                <td className="py-2 pr-4">
                  <AssessmentStatus status={a.status} completedAt={a.completedAt} />
                </td>
                <td className="py-2 text-right">
                  <ReadinessFigure score={a.readiness.score} coverage={a.readiness.coverage} />
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
