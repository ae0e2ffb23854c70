import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PlanForm } from "@/components/action-plans/plan-form";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/localized";
import { vietnamToday } from "@/lib/review/cycles";
import { planCityChoices } from "@/server/action-plans/list-plans";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actionPlans"))("newPlan") };
}

export default async function NewActionPlanPage() {
  const actor = await requireActor();
  const [t, locale, cities] = await Promise.all([getTranslations("actionPlans"), getLocale(), planCityChoices(db(), actor)]);
  if (cities.length === 0) notFound();
  return withClientMessages(
    ["actionPlans"],
    <div className="space-y-6">
      <div>
        <Link href="/action-plans" className="text-sm text-brand-700 hover:underline">
          ← {t("backToPlans")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{t("newPlan")}</h1>
      </div>
      <Card>
        <PlanForm mode="create" cities={cities.map((c) => ({ id: c.id, name: localized(c, "name", locale) ?? c.id }))} defaultStartYear={Number(vietnamToday(new Date()).slice(0, 4))} />
      </Card>
    </div>,
  );
}
