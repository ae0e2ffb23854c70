import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { agenciesOf, filterTree, isFiltering } from "@/lib/action-plans/filter";
import { itemStatuses } from "@/lib/action-plans/vocabulary";
import { localized } from "@/lib/localized";
import type { PlanFilter } from "@/lib/validation/action-plans";
import type { PlanView } from "@/server/action-plans/get-plan";
import { CalendarDay } from "./calendar-day";
import { IndicatorFigure } from "./indicator-figure";
import { ItemLink } from "./item-link";
import { ProgressBar } from "./progress-bar";
import { ItemStatusBadge, OverdueBadge } from "./status-badges";

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

/**
 * The plan's goals and tasks as one table, indented by depth, with filters by agency, owner and
 * status in the address bar; a filter keeps the matching items' parents, shown dimmed.
 */
export async function PlanItems({ plan, filter, today }: { plan: PlanView; filter: PlanFilter; today: string }) {
  const [t, locale] = await Promise.all([getTranslations("actionPlans"), getLocale()]);
  const { shown, matching } = filterTree(plan.items, filter, today);
  const filtering = isFiltering(filter);
  const visible = filtering ? plan.items.filter((i) => shown.has(i.id)) : plan.items;
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t("goalsAndTasks")}</h2>
      <form method="get" className="mt-3 grid gap-3 sm:grid-cols-4 sm:items-end" aria-label={t("filters")}>
        <label className="text-sm font-medium text-slate-800">
          {t("filter.agency")}
          <select name="agency" defaultValue={filter.agency ?? ""} className={selectClass}>
            <option value="">{t("filter.any")}</option>
            {agenciesOf(plan.items, locale).map((agency) => (
              <option key={agency} value={agency}>
                {agency}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("filter.owner")}
          <select name="owner" defaultValue={filter.owner ?? ""} className={selectClass}>
            <option value="">{t("filter.any")}</option>
            {plan.owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("filter.status")}
          <select name="status" defaultValue={filter.status ?? ""} className={selectClass}>
            <option value="">{t("filter.any")}</option>
            <option value="overdue">{t("overdue")}</option>
            {itemStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`itemStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="flex gap-3">
          <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            {t("filter.apply")}
          </button>
          {filtering && (
            <Link href={`/action-plans/${plan.id}`} className="self-center text-sm text-brand-700 hover:underline">
              {t("filter.clear")}
            </Link>
          )}
        </div>
      </form>
      {filtering && (
        <p className="mt-2 text-sm text-slate-700" role="status">
          {t("filter.matching", { count: matching.size })}
        </p>
      )}
      {visible.length === 0 ? (
        <p className="mt-4 text-slate-700">{filtering ? t("filter.noneMatching") : t("noItems")}</p>
      ) : (
        <div className="mt-4">
          <Table
            caption={t("goalsAndTasks")}
            minWidth="60rem"
            columns={[
              { label: t("columns.item") },
              { label: t("columns.status") },
              { label: t("columns.progress") },
              { label: t("columns.owner") },
              { label: t("columns.leadAgency") },
              { label: t("columns.due") },
              { label: t("columns.indicator") },
            ]}
          >
            {visible.map((item) => (
              <tr key={item.id} className={`${rowClass} ${filtering && !matching.has(item.id) ? "text-slate-500" : ""}`} data-testid="plan-item-row" data-code={item.code}>
                <td className="py-2 pr-4 align-top" style={{ paddingLeft: `${item.depth * 1.25}rem` }}>
                  <span className="mr-1 tabular-nums text-slate-600">{item.code}</span>
                  {item.kind === "goal" ? (
                    <strong>
                      <ItemLink planId={plan.id} item={item} locale={locale} />
                    </strong>
                  ) : (
                    <ItemLink planId={plan.id} item={item} locale={locale} />
                  )}
                  <span className="sr-only"> ({t(`kind.${item.kind}`)})</span>
                </td>
                <td className="py-2 pr-4 align-top">
                  <ItemStatusBadge status={item.status} />
                </td>
                <td className="w-40 py-2 pr-4 align-top">
                  <ProgressBar value={item.progress} label={t("progressOf", { name: localized(item, "title", locale) ?? "" })} />
                </td>
                <td className="py-2 pr-4 align-top">{item.owner?.name ?? "—"}</td>
                <td className="py-2 pr-4 align-top">{item.leadAgency ?? "—"}</td>
                <td className="py-2 pr-4 align-top">
                  <CalendarDay date={item.dueOn} />
                  <div>
                    <OverdueBadge days={item.daysOverdue} />
                  </div>
                </td>
                <td className="py-2 align-top">
                  <IndicatorFigure item={item} />
                </td>
              </tr>
            ))}
          </Table>
        </div>
      )}
    </Card>
  );
}
