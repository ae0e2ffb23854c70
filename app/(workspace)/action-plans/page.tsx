import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/action-plans/progress-bar";
import { PlanStatusBadge } from "@/components/action-plans/status-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { vietnamToday } from "@/lib/review/cycles";
import { listPlans, planCityChoices } from "@/server/action-plans/list-plans";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actionPlans"))("title") };
}

export default async function ActionPlansPage() {
  const actor = await requireActor();
  const today = vietnamToday(new Date());
  const [t, locale, plans, creatable] = await Promise.all([getTranslations("actionPlans"), getLocale(), listPlans(db(), actor, today), planCityChoices(db(), actor)]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
        </div>
        {creatable.length > 0 && (
          <Button asChild>
            <Link href="/action-plans/new">{t("newPlan")}</Link>
          </Button>
        )}
      </div>
      <Card>
        {plans.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <Table
            caption={t("title")}
            minWidth="48rem"
            columns={[{ label: t("columns.plan") }, { label: t("columns.city") }, { label: t("columns.period") }, { label: t("columns.status") }, { label: t("columns.progress") }, { label: t("columns.overdue"), numeric: true }]}
          >
            {plans.map((plan) => (
              <tr key={plan.id} className={rowClass} data-testid="plan-row">
                <td className="py-2 pr-4 align-top">
                  <Link href={`/action-plans/${plan.id}`} className="font-medium text-brand-700 hover:underline">
                    {localized(plan, "title", locale)}
                  </Link>
                  <p className="text-xs text-slate-600">{t("taskCount", { count: plan.taskCount })}</p>
                </td>
                <td className="py-2 pr-4 align-top">{localized(plan.city, "name", locale)}</td>
                <td className="py-2 pr-4 align-top tabular-nums">
                  {plan.startYear}–{plan.endYear}
                </td>
                <td className="py-2 pr-4 align-top">
                  <PlanStatusBadge status={plan.status} />
                </td>
                <td className="py-2 pr-4 align-top">
                  <ProgressBar value={plan.progress} label={t("progressOf", { name: localized(plan, "title", locale) ?? "" })} />
                </td>
                <td className="py-2 text-right align-top">{plan.overdueCount > 0 ? <Badge tone="red">{plan.overdueCount}</Badge> : "0"}</td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>
  );
}
