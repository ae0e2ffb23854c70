import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarDay } from "@/components/action-plans/calendar-day";
import { ProgressBar } from "@/components/action-plans/progress-bar";
import { ItemStatusBadge, OverdueBadge } from "@/components/action-plans/status-badges";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { vietnamToday } from "@/lib/review/cycles";
import { listMyTasks } from "@/server/action-plans/list-my-tasks";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("actionPlans.myTasks"))("title") };
}

export default async function MyTasksPage() {
  const actor = await requireActor();
  const today = vietnamToday(new Date());
  const [t, tp, locale, tasks] = await Promise.all([getTranslations("actionPlans.myTasks"), getTranslations("actionPlans"), getLocale(), listMyTasks(db(), actor, today)]);
  const overdue = tasks.filter((task) => task.daysOverdue !== null).length;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-slate-700">{tasks.length === 0 ? t("none") : t("summary", { count: tasks.length, overdue })}</p>
      </div>
      {tasks.length > 0 && (
        <Card>
          <Table
            caption={t("title")}
            minWidth="48rem"
            columns={[{ label: tp("columns.item") }, { label: tp("columns.plan") }, { label: tp("columns.status") }, { label: tp("columns.progress") }, { label: tp("columns.due") }]}
          >
            {tasks.map((task) => (
              <tr key={task.id} className={rowClass} data-testid="my-task">
                <td className="py-2 pr-4 align-top">
                  <span className="mr-1 tabular-nums text-slate-600">{task.code}</span>
                  <Link href={`/action-plans/${task.plan.id}/items/${task.id}`} className="text-brand-700 hover:underline">
                    {localized(task, "title", locale)}
                  </Link>
                </td>
                <td className="py-2 pr-4 align-top">
                  <Link href={`/action-plans/${task.plan.id}`} className="hover:underline">
                    {localized(task.plan, "title", locale)}
                  </Link>
                  <p className="text-xs text-slate-600">{locale === "en" ? task.plan.cityNameEn : task.plan.cityNameVi}</p>
                </td>
                <td className="py-2 pr-4 align-top">
                  <ItemStatusBadge status={task.status} />
                </td>
                <td className="w-40 py-2 pr-4 align-top">
                  <ProgressBar value={task.progress} label={tp("progressOf", { name: localized(task, "title", locale) ?? "" })} />
                </td>
                <td className="py-2 align-top">
                  <CalendarDay date={task.dueOn} />
                  <div>
                    <OverdueBadge days={task.daysOverdue} />
                  </div>
                </td>
              </tr>
            ))}
          </Table>
        </Card>
      )}
    </div>
  );
}
