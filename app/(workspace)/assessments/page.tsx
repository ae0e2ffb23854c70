import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AssessmentsTable } from "@/components/assessments/assessments-table";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/localized";
import { mayCreateAssessment } from "@/lib/permissions";
import { countAssessments, listAssessments } from "@/server/assessments/list-assessments";
import { queuePageWindow } from "@/lib/review/queue";
import { assessmentsPageQuerySchema } from "@/lib/validation/assessments";
import { requireActor } from "@/server/auth/current-actor";
import { listVisibleCities } from "@/server/cities/visible-cities";
import { db } from "@/server/db";
import { listFrameworks } from "@/server/frameworks/read-frameworks";
import { NewAssessmentForm } from "./new-assessment-form";
import { withClientMessages } from "@/i18n/client-messages";
import { Pager } from "@/components/ui/pager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments"))("title") };
}

// A national scope holds tens of thousands of checklists: they come a page at a time.
const perPage = 50;

export default async function AssessmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = assessmentsPageQuerySchema.parse(await searchParams);
  const total = await countAssessments(db(), actor);
  const window = queuePageWindow(total, query.page, perPage);
  const [t, locale, assessments, cities, frameworks] = await Promise.all([
    getTranslations("assessments"),
    getLocale(),
    listAssessments(db(), actor, { take: perPage, skip: window.offset }),
    listVisibleCities(db(), actor),
    listFrameworks(db(), actor),
  ]);
  const pageHref = (page: number) => (page === 1 ? "/assessments" : `/assessments?page=${page}`);
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
          <>
            <AssessmentsTable caption={t("title")} rows={assessments} testId="assessment-row" />
            <Pager label={t("pages.label")} page={window.page} pages={window.pages} position={t("pages.position", { page: window.page, pages: window.pages, total })} href={pageHref} />
          </>
        )}
      </Card>
    </div>,
  );
}
