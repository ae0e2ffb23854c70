import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AssessmentsTable } from "@/components/assessments/assessments-table";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/localized";
import { mayCreateAssessment } from "@/lib/permissions";
import { listAssessments } from "@/server/assessments/list-assessments";
import { requireActor } from "@/server/auth/current-actor";
import { listVisibleCities } from "@/server/cities/visible-cities";
import { db } from "@/server/db";
import { listFrameworks } from "@/server/frameworks/read-frameworks";
import { NewAssessmentForm } from "./new-assessment-form";
import { withClientMessages } from "@/i18n/client-messages";

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

  return withClientMessages(
    ["assessments"],
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
          <AssessmentsTable caption={t("title")} rows={assessments} testId="assessment-row" />
        )}
      </Card>
    </div>,
  );
}
