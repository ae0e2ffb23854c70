import type { ReactNode } from "react";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/localized";
import type { PlanItemPage } from "@/server/action-plans/get-plan-item";
import { CalendarDay } from "./calendar-day";
import { IndicatorFigure } from "./indicator-figure";
import { itemLabel } from "./item-values";
import { ProgressBar } from "./progress-bar";
import { ItemStatusBadge, OverdueBadge } from "./status-badges";

const itemHref = (planId: string, id: string) => `/action-plans/${planId}/items/${id}`;

/** Where the goal or task sits in its plan (breadcrumb), its title, status and progress. */
export async function ItemHeader({ page }: { page: PlanItemPage }) {
  const [t, locale] = await Promise.all([getTranslations("actionPlans"), getLocale()]);
  const { item, plan } = page;
  const title = (x: { titleVi: string; titleEn: string | null }) => localized(x, "title", locale) ?? "";
  return (
    <div className="space-y-2">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={`/action-plans/${plan.id}`} className="text-brand-700 hover:underline">
          {title(plan)}
        </Link>
        {page.ancestors.map((a) => (
          <span key={a.id}>
            {" / "}
            <Link href={itemHref(plan.id, a.id)} className="text-brand-700 hover:underline">
              {itemLabel(a, locale)}
            </Link>
          </span>
        ))}
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">
          <span className="mr-2 tabular-nums text-slate-600">{item.code}</span>
          {title(item)}
        </h1>
        <ItemStatusBadge status={item.status} />
        <OverdueBadge days={item.daysOverdue} />
      </div>
      <p className="text-slate-700">{locale === "en" ? plan.cityNameEn : plan.cityNameVi}</p>
      <ProgressBar value={item.progress} label={t("progressOf", { name: title(item) })} className="max-w-xl" />
      {item.rollsUp && <p className="text-sm text-slate-600">{t("rollsUpNote")}</p>}
    </div>
  );
}

/** The item's facts (owner, agencies, dates, weight, description, linked indicator), its children and milestones. */
export async function ItemDetails({ page }: { page: PlanItemPage }) {
  const [t, format, locale] = await Promise.all([getTranslations("actionPlans"), getFormatter(), getLocale()]);
  const { item, plan } = page;
  const title = (x: { titleVi: string; titleEn: string | null }) => localized(x, "title", locale) ?? "";
  const details: [string, ReactNode][] = [
    [t("fields.kind"), t(`kind.${item.kind}`)],
    [t("fields.owner"), item.owner ? `${item.owner.name} (${item.owner.email})` : "—"],
    [t("fields.leadAgency"), item.leadAgency ?? "—"],
    [t("fields.supportingAgencies"), item.supportingAgencies.length ? item.supportingAgencies.join("; ") : "—"],
    [t("fields.startOn"), <CalendarDay key="start" date={item.startOn} />],
    [
      t("fields.dueOn"),
      <span key="due" className="inline-flex flex-wrap items-center gap-2">
        <CalendarDay date={item.dueOn} />
        <OverdueBadge days={item.daysOverdue} />
      </span>,
    ],
    [t("fields.weight"), item.weight === null ? "—" : format.number(item.weight)],
  ];
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <h2 className="text-lg font-semibold">{t("details")}</h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {localized(item, "description", locale) && <p className="mt-4 whitespace-pre-line">{localized(item, "description", locale)}</p>}
        <div className="mt-4">
          <IndicatorFigure item={item} />
        </div>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t("children")}</h2>
        {page.children.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noChildren")}</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {page.children.map((child) => (
              <li key={child.id} className="space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="tabular-nums text-slate-600">{child.code}</span>
                  <Link href={itemHref(plan.id, child.id)} className="text-brand-700 hover:underline">
                    {title(child)}
                  </Link>
                  <ItemStatusBadge status={child.status} />
                  <OverdueBadge days={child.daysOverdue} />
                </div>
                <ProgressBar value={child.progress} label={t("progressOf", { name: title(child) })} className="max-w-sm" />
              </li>
            ))}
          </ul>
        )}
        {page.milestones.length > 0 && (
          <>
            <h3 className="mt-4 font-semibold">{t("milestones")}</h3>
            <ul className="mt-1 space-y-1 text-sm">
              {page.milestones.map((m) => (
                <li key={m.id}>
                  <CalendarDay date={m.dueOn} /> — {localized(m, "title", locale)} {m.doneOn && <span className="text-emerald-800">({t("milestoneReached")})</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
    </div>
  );
}
