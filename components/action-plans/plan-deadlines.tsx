import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { upcomingDays, type PlanView } from "@/server/action-plans/get-plan";
import { CalendarDay } from "./calendar-day";
import { ItemLink } from "./item-link";
import { itemLabel } from "./item-values";
import { MilestoneDoneButton, MilestoneForm } from "./milestone-form";
import { ItemStatusBadge, OverdueBadge } from "./status-badges";

/** What is late, what is due within the next days, and the plan's milestones (which editors add and tick off). */
export async function PlanDeadlines({ plan, today }: { plan: PlanView; today: string }) {
  const [t, locale] = await Promise.all([getTranslations("actionPlans"), getLocale()]);
  return (
    <>
      <Card className={plan.overdue.length ? "border-red-300" : undefined}>
        <h2 className="text-lg font-semibold">{t("overdueHeading", { count: plan.overdue.length })}</h2>
        {plan.overdue.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noOverdue")}</p>
        ) : (
          <ul className="mt-2 space-y-2" data-testid="overdue-list">
            {plan.overdue.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center gap-2">
                <OverdueBadge days={item.daysOverdue} />
                <span className="tabular-nums text-slate-600">{item.code}</span>
                <ItemLink planId={plan.id} item={item} locale={locale} />
                <span className="text-sm text-slate-600">
                  · {t("dueOn")} <CalendarDay date={item.dueOn} /> · {item.owner?.name ?? "—"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">{t("upcomingHeading", { days: upcomingDays })}</h2>
          {plan.upcoming.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("noUpcoming")}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {plan.upcoming.map((item) => (
                <li key={item.id} className="flex flex-wrap items-center gap-2">
                  <CalendarDay date={item.dueOn} />
                  <span className="tabular-nums text-slate-600">{item.code}</span>
                  <ItemLink planId={plan.id} item={item} locale={locale} />
                  <ItemStatusBadge status={item.status} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("milestones")}</h2>
          {plan.milestones.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("noMilestones")}</p>
          ) : (
            <Table caption={t("milestones")} minWidth="20rem" columns={[{ label: t("columns.milestone") }, { label: t("columns.due") }, { label: t("columns.status") }]}>
              {plan.milestones.map((m) => (
                <tr key={m.id} className={rowClass}>
                  <td className="py-2 pr-4 align-top">{localized(m, "title", locale)}</td>
                  <td className="py-2 pr-4 align-top">
                    <CalendarDay date={m.dueOn} />
                  </td>
                  <td className="py-2 align-top">
                    {m.doneOn ? (
                      <Badge tone="green">{t("milestoneReached")}</Badge>
                    ) : m.overdue ? (
                      <Badge tone="red">{t("overdue")}</Badge>
                    ) : (
                      <Badge tone="slate">{t("milestoneOpen")}</Badge>
                    )}
                    {plan.mayEdit && <MilestoneDoneButton planId={plan.id} milestone={m} today={today} />}
                  </td>
                </tr>
              ))}
            </Table>
          )}
          {plan.mayEdit && (
            <details className="mt-4">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("addMilestone")}</summary>
              <div className="mt-3">
                <MilestoneForm planId={plan.id} items={plan.items.map((i) => ({ id: i.id, label: itemLabel(i, locale) }))} />
              </div>
            </details>
          )}
        </Card>
      </div>
    </>
  );
}
