import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarDay } from "@/components/action-plans/calendar-day";
import { IndicatorFigure } from "@/components/action-plans/indicator-figure";
import { ItemForm } from "@/components/action-plans/item-form";
import { itemLabel } from "@/components/action-plans/item-values";
import { MilestoneDoneButton, MilestoneForm } from "@/components/action-plans/milestone-form";
import { PlanForm } from "@/components/action-plans/plan-form";
import { ProgressBar } from "@/components/action-plans/progress-bar";
import { ItemStatusBadge, OverdueBadge, PlanStatusBadge } from "@/components/action-plans/status-badges";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Source } from "@/components/ui/source";
import { rowClass, Table } from "@/components/ui/table";
import { agenciesOf, filterTree, isFiltering } from "@/lib/action-plans/filter";
import { itemStatuses } from "@/lib/action-plans/vocabulary";
import { localized } from "@/lib/localized";
import { vietnamToday } from "@/lib/review/cycles";
import { planFilterSchema } from "@/lib/validation/action-plans";
import { getPlan, upcomingDays } from "@/server/action-plans/get-plan";
import { readablePlanTitle } from "@/server/action-plans/plan-access";
import type { PlanItemView } from "@/server/action-plans/plan-view";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { listFrameworks } from "@/server/frameworks/read-frameworks";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await readablePlanTitle(db(), await requireActor(), (await params).planId);
  return { title: plan ? (localized(plan, "title", await getLocale()) ?? undefined) : (await getTranslations("actionPlans"))("title") };
}

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function PlanOverviewPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const today = vietnamToday(new Date());
  const plan = await getPlan(db(), actor, (await params).planId, today);
  if (!plan) notFound();
  const filter = planFilterSchema.parse(await searchParams);
  const [t, locale, frameworks] = await Promise.all([getTranslations("actionPlans"), getLocale(), plan.mayEdit ? listFrameworks(db(), actor) : Promise.resolve([])]);

  const title = (item: { titleVi: string; titleEn: string | null }) => localized(item, "title", locale) ?? "";
  const goals = plan.items.filter((i) => i.parentId === null);
  const { shown, matching } = filterTree(plan.items, filter, today);
  const filtering = isFiltering(filter);
  const visible = filtering ? plan.items.filter((i) => shown.has(i.id)) : plan.items;
  const frameworkChoices = [...new Map(frameworks.filter((f) => f.status === "published").map((f) => [f.code, { code: f.code, title: `${localized(f, "title", locale)} (${f.code})` }])).values()];
  const itemLink = (item: PlanItemView) => (
    <Link href={`/action-plans/${plan.id}/items/${item.id}`} className="text-brand-700 hover:underline">
      {title(item)}
    </Link>
  );
  const ownerName = (item: PlanItemView) => item.owner?.name ?? "—";

  return withClientMessages(
    ["actionPlans"],
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href="/action-plans" className="text-sm text-brand-700 hover:underline">
          ← {t("backToPlans")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{title(plan)}</h1>
          <PlanStatusBadge status={plan.status} />
          {plan.city.isReference && <Badge tone="slate">{t("referenceCity")}</Badge>}
        </div>
        <p className="text-slate-700">
          {localized(plan.city, "name", locale)} · {t("period", { start: plan.startYear, end: plan.endYear })}
        </p>
        {(plan.legalBasisNumber || plan.legalBasisDate) && (
          <p className="text-sm">
            {t("legalBasis")}:{" "}
            {plan.legalBasisUrl && /^https?:\/\//i.test(plan.legalBasisUrl) ? (
              <a href={plan.legalBasisUrl} className="text-brand-700 underline" rel="noreferrer noopener" target="_blank">
                {plan.legalBasisNumber ?? t("legalBasisLink")}
              </a>
            ) : (
              plan.legalBasisNumber
            )}
            {plan.legalBasisDate && (
              <>
                {" "}
                ({t("dated")} <CalendarDay date={plan.legalBasisDate} />)
              </>
            )}
          </p>
        )}
        {plan.sourceTitle && <Source label={t("source")} title={plan.sourceTitle} url={plan.sourceUrl} className="text-slate-700" />}
        {localized(plan, "description", locale) && <p className="max-w-3xl whitespace-pre-line text-slate-800">{localized(plan, "description", locale)}</p>}
        <nav aria-label={t("views")} className="flex flex-wrap gap-4 text-sm">
          <Link href={`/action-plans/${plan.id}/timeline`} className="text-brand-700 hover:underline">
            {t("timelineLink")}
          </Link>
          <Link href={`/action-plans/${plan.id}/spreadsheet`} className="text-brand-700 hover:underline">
            {plan.mayEdit ? t("spreadsheetLinkEdit") : t("spreadsheetLink")}
          </Link>
        </nav>
      </div>

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
                    {itemLink(goal)}
                  </td>
                  <td className="w-48 py-2 align-top">
                    <ProgressBar value={goal.progress} label={t("progressOf", { name: title(goal) })} />
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
                {itemLink(item)}
                <span className="text-sm text-slate-600">
                  · {t("dueOn")} <CalendarDay date={item.dueOn} /> · {ownerName(item)}
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
                  {itemLink(item)}
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
                    {item.kind === "goal" ? <strong>{itemLink(item)}</strong> : itemLink(item)}
                    <span className="sr-only"> ({t(`kind.${item.kind}`)})</span>
                  </td>
                  <td className="py-2 pr-4 align-top">
                    <ItemStatusBadge status={item.status} />
                  </td>
                  <td className="w-40 py-2 pr-4 align-top">
                    <ProgressBar value={item.progress} label={t("progressOf", { name: title(item) })} />
                  </td>
                  <td className="py-2 pr-4 align-top">{ownerName(item)}</td>
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

      {plan.mayEdit && (
        <>
          <Card>
            <h2 className="text-lg font-semibold">{t("addItem")}</h2>
            <p className="mt-1 text-sm text-slate-700">{t("addItemIntro")}</p>
            <div className="mt-4">
              <ItemForm
                planId={plan.id}
                idPrefix="new-item-"
                parents={plan.items.map((i) => ({ code: i.code, label: itemLabel(i, locale) }))}
                owners={plan.ownerChoices}
                frameworks={frameworkChoices}
              />
            </div>
          </Card>
          <Card>
            <details>
              <summary className="cursor-pointer text-lg font-semibold">{t("editPlan")}</summary>
              <div className="mt-4">
                <PlanForm
                  mode="edit"
                  planId={plan.id}
                  values={{
                    titleVi: plan.titleVi,
                    titleEn: plan.titleEn ?? "",
                    descriptionVi: plan.descriptionVi ?? "",
                    descriptionEn: plan.descriptionEn ?? "",
                    startYear: String(plan.startYear),
                    endYear: String(plan.endYear),
                    legalBasisNumber: plan.legalBasisNumber ?? "",
                    legalBasisDate: plan.legalBasisDate ?? "",
                    legalBasisUrl: plan.legalBasisUrl ?? "",
                    status: plan.status,
                    sourceTitle: plan.sourceTitle ?? "",
                    sourceUrl: plan.sourceUrl ?? "",
                  }}
                />
              </div>
            </details>
          </Card>
        </>
      )}
    </div>,
  );
}
