import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { TimelineChart } from "@/components/action-plans/timeline-chart";
import { localized } from "@/lib/localized";
import { vietnamToday } from "@/lib/review/cycles";
import { requireActor } from "@/server/auth/current-actor";
import { getPlan } from "@/server/action-plans/get-plan";
import { db } from "@/server/db";

type Props = { params: Promise<{ planId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planTimeline"))("title") };
}

export default async function PlanTimelinePage({ params }: Props) {
  const actor = await requireActor();
  const { planId } = await params;
  const today = vietnamToday(new Date());
  const plan = await getPlan(db(), actor, planId, today);
  if (!plan) notFound();
  const [t, locale] = await Promise.all([getTranslations("planTimeline"), getLocale()]);

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/action-plans/${plan.id}`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{t("heading", { plan: localized(plan, "title", locale) ?? "" })}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-700">{t("intro", { start: plan.startYear, end: plan.endYear })}</p>
      </div>
      <TimelineChart planId={plan.id} startYear={plan.startYear} endYear={plan.endYear} items={plan.items} milestones={plan.milestones} today={today} />
    </div>
  );
}
