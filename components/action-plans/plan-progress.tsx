import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { itemStatuses } from "@/lib/action-plans/vocabulary";
import { localized } from "@/lib/localized";
import type { PlanView } from "@/server/action-plans/get-plan";
import { ItemLink } from "./item-link";
import { ProgressBar } from "./progress-bar";
import { ItemStatusBadge } from "./status-badges";

/** How far the plan has come: overall, per goal, and its tasks counted by status. */
export async function PlanProgress({ plan }: { plan: PlanView }) {
  const [t, locale] = await Promise.all([getTranslations("actionPlans"), getLocale()]);
  const goals = plan.items.filter((i) => i.parentId === null);
  return (
    <>
      <Card>
        <h2 className="text-lg font-semibold">{t("overallProgress")}</h2>
        <ProgressBar value={plan.progress} label={t("overallProgress")} className="mt-2 max-w-xl" />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">{t("progressByGoal")}</h2>
          {goals.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("noItems")}</p>
          ) : (
            <Table caption={t("progressByGoal")} minWidth="20rem" columns={[{ label: t("columns.goal") }, { label: t("columns.progress") }]}>
              {goals.map((goal) => (
                <tr key={goal.id} className={rowClass} data-testid="goal-progress">
                  <td className="py-2 pr-4 align-top">
                    <span className="mr-1 tabular-nums text-slate-600">{goal.code}</span>
                    <ItemLink planId={plan.id} item={goal} locale={locale} />
                  </td>
                  <td className="w-48 py-2 align-top">
                    <ProgressBar value={goal.progress} label={t("progressOf", { name: localized(goal, "title", locale) ?? "" })} />
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("tasksByStatus")}</h2>
          <Table caption={t("tasksByStatus")} minWidth="16rem" columns={[{ label: t("columns.status") }, { label: t("columns.count"), numeric: true }]}>
            {itemStatuses.map((status) => (
              <tr key={status} className={rowClass} data-testid={`status-count-${status}`}>
                <td className="py-1.5 pr-4">
                  <ItemStatusBadge status={status} />
                </td>
                <td className="py-1.5 text-right tabular-nums">{plan.taskCounts[status]}</td>
              </tr>
            ))}
          </Table>
        </Card>
      </div>
    </>
  );
}
