import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AssessmentsTable } from "@/components/assessments/assessments-table";
import { Card } from "@/components/ui/card";
import { mayReviewCity } from "@/lib/permissions";
import { listAssessments } from "@/server/assessments/list-assessments";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.queue"))("title") };
}

const waitingStatuses = new Set(["submitted", "resubmitted"]);

export default async function ReviewQueuePage() {
  const actor = await requireActor();
  if (actor.role !== "administrator" && actor.role !== "coordinator") notFound();
  const [t, all] = await Promise.all([getTranslations("review.queue"), listAssessments(db(), actor)]);
  const reviewable = all.filter((a) => mayReviewCity(actor, a.cityId) && !a.fromPublications);
  const waiting = reviewable.filter((a) => waitingStatuses.has(a.status));
  const others = reviewable.filter((a) => !waitingStatuses.has(a.status));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{t("intro")}</p>
      </div>
      <Card>
        <h2 className="text-lg font-semibold">{t("waiting")}</h2>
        <div className="mt-3">{waiting.length ? <AssessmentsTable caption={t("waiting")} rows={waiting} testId="waiting-row" /> : <p className="text-slate-700">{t("none")}</p>}</div>
      </Card>
      {others.length > 0 && (
        <Card>
          <h2 className="text-lg font-semibold">{t("others")}</h2>
          <div className="mt-3">
            <AssessmentsTable caption={t("others")} rows={others} testId="review-row" />
          </div>
        </Card>
      )}
    </div>
  );
}
