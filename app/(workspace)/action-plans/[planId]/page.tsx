import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { frameworkChoices } from "@/components/action-plans/item-values";
import { PlanDeadlines } from "@/components/action-plans/plan-deadlines";
import { PlanEditing } from "@/components/action-plans/plan-editing";
import { PlanHeader } from "@/components/action-plans/plan-header";
import { PlanItems } from "@/components/action-plans/plan-items";
import { PlanProgress } from "@/components/action-plans/plan-progress";
import { localized } from "@/lib/localized";
import { vietnamToday } from "@/lib/review/cycles";
import { planFilterSchema } from "@/lib/validation/action-plans";
import { getPlan } from "@/server/action-plans/get-plan";
import { readablePlanTitle } from "@/server/action-plans/plan-access";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { listFrameworks } from "@/server/frameworks/read-frameworks";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await readablePlanTitle(db(), await requireActor(), (await params).planId);
  return { title: plan ? (localized(plan, "title", await getLocale()) ?? undefined) : (await getTranslations("actionPlans"))("title") };
}

export default async function PlanOverviewPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const today = vietnamToday(new Date());
  const plan = await getPlan(db(), actor, (await params).planId, today);
  if (!plan) notFound();
  const filter = planFilterSchema.parse(await searchParams);
  const [locale, frameworks] = await Promise.all([getLocale(), plan.mayEdit ? listFrameworks(db(), actor) : Promise.resolve([])]);

  return withClientMessages(
    ["actionPlans"],
    <div className="space-y-6">
      <PlanHeader plan={plan} />
      <PlanProgress plan={plan} />
      <PlanDeadlines plan={plan} today={today} />
      <PlanItems plan={plan} filter={filter} today={today} />
      {plan.mayEdit && <PlanEditing plan={plan} frameworks={frameworkChoices(frameworks, locale)} />}
    </div>,
  );
}
