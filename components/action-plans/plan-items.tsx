import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Options } from "@/components/ui/input";
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

/** One filter of the table, "any" first; the page reads the choice from the address bar. */
function FilterChoice({ name, label, value, any, choices }: { name: string; label: string; value: string | undefined; any: string; choices: { value: string; label: string }[] }) {
  return (
    <label className="text-sm font-medium text-slate-800">
      {label}
      <select name={name} defaultValue={value ?? ""} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
        <option value="">{any}</option>
        <Options choices={choices} />
      </select>
    </label>
  );
}

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
        <FilterChoice name="agency" label={t("filter.agency")} value={filter.agency} any={t("filter.any")} choices={agenciesOf(plan.items, locale).map((agency) => ({ value: agency, label: agency }))} />
        <FilterChoice name="owner" label={t("filter.owner")} value={filter.owner} any={t("filter.any")} choices={plan.owners.map((owner) => ({ value: owner.id, label: owner.name }))} />
        <FilterChoice
          name="status"
          label={t("filter.status")}
          value={filter.status}
          any={t("filter.any")}
          choices={[{ value: "overdue", label: t("overdue") }, ...itemStatuses.map((s) => ({ value: s, label: t(`itemStatus.${s}`) }))]}
        />
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
