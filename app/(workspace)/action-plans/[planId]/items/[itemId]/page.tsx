import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CalendarDay } from "@/components/action-plans/calendar-day";
import { CommentForm } from "@/components/action-plans/comment-form";
import { DeleteItemButton } from "@/components/action-plans/delete-item-button";
import { IndicatorFigure } from "@/components/action-plans/indicator-figure";
import { ItemForm } from "@/components/action-plans/item-form";
import { itemFormValues, itemLabel } from "@/components/action-plans/item-values";
import { ProgressBar } from "@/components/action-plans/progress-bar";
import { ItemStatusBadge, OverdueBadge } from "@/components/action-plans/status-badges";
import { UpdateForm } from "@/components/action-plans/update-form";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { changedFields, type ShownValue } from "@/lib/action-plans/item-history";
import { descendants } from "@/lib/action-plans/tree";
import { isItemStatus } from "@/lib/action-plans/vocabulary";
import { localized } from "@/lib/localized";
import { vietnamToday } from "@/lib/review/cycles";
import { getPlanItem } from "@/server/action-plans/get-plan-item";
import { findReadableItem } from "@/server/action-plans/plan-access";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { listFrameworks } from "@/server/frameworks/read-frameworks";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ planId: string; itemId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findReadableItem(db(), await requireActor(), (await params).itemId);
  return { title: found ? `${found.item.code} ${localized(found.item, "title", await getLocale())}` : (await getTranslations("actionPlans"))("title") };
}

export default async function PlanItemPage({ params }: Props) {
  const actor = await requireActor();
  const today = vietnamToday(new Date());
  const { planId, itemId } = await params;
  const page = await getPlanItem(db(), actor, itemId, today);
  if (!page || page.plan.id !== planId) notFound();
  const [t, format, locale, frameworks] = await Promise.all([getTranslations("actionPlans"), getFormatter(), getLocale(), page.mayEdit ? listFrameworks(db(), actor) : Promise.resolve([])]);
  const { item, plan } = page;
  const title = (x: { titleVi: string; titleEn: string | null }) => localized(x, "title", locale) ?? "";
  const when = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const itemHref = (id: string) => `/action-plans/${plan.id}/items/${id}`;
  const codeOf = new Map(page.items.map((i) => [i.id, i.code]));
  const frameworkChoices = [...new Map(frameworks.filter((f) => f.status === "published").map((f) => [f.code, { code: f.code, title: `${localized(f, "title", locale)} (${f.code})` }])).values()];
  // A parent may be any item but this one and those under it.
  const below = descendants(page.items, item.id);
  const parents = page.items.filter((i) => i.id !== item.id && !below.has(i.id));

  const statusLabel = (s: unknown) => (typeof s === "string" && isItemStatus(s) ? t(`itemStatus.${s}`) : "—");
  const showValue = (field: string, value: ShownValue) => {
    if (value === null || (Array.isArray(value) && value.length === 0)) return "—";
    if (field === "status") return statusLabel(value);
    if (field === "kind" && (value === "goal" || value === "task")) return t(`kind.${value}`);
    if (field === "ownerId" && typeof value === "string") return page.people[value] ?? value;
    if (field === "parentId" && typeof value === "string") return codeOf.get(value) ?? "—";
    if (field === "progress" && typeof value === "number") return t("percent", { value });
    return Array.isArray(value) ? value.join("; ") : String(value);
  };
  const fieldLabel = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);

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

  return withClientMessages(
    ["actionPlans", "evidence"],
    <div className="space-y-6">
      <div className="space-y-2">
        <nav aria-label={t("breadcrumb")} className="text-sm">
          <Link href={`/action-plans/${plan.id}`} className="text-brand-700 hover:underline">
            {title(plan)}
          </Link>
          {page.ancestors.map((a) => (
            <span key={a.id}>
              {" / "}
              <Link href={itemHref(a.id)} className="text-brand-700 hover:underline">
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
                    <Link href={itemHref(child.id)} className="text-brand-700 hover:underline">
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

      {page.mayReport && (
        <Card>
          <h2 className="text-lg font-semibold">{t("reportProgress")}</h2>
          <div className="mt-4">
            <UpdateForm key={item.revision} itemId={item.id} revision={item.revision} status={item.status} progress={item.progress} rollsUp={item.rollsUp} />
          </div>
        </Card>
      )}

      <Card>
        <h2 className="text-lg font-semibold">{t("updates")}</h2>
        {page.updates.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noUpdates")}</p>
        ) : (
          <ol className="mt-3 space-y-4" data-testid="update-history">
            {page.updates.map((u) => (
              <li key={u.id} className="border-l-4 border-brand-200 pl-3" data-testid="plan-update">
                <p className="text-sm text-slate-600">
                  <time dateTime={u.at.toISOString()}>{when(u.at)}</time> · {u.author ?? t("someone")}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  {u.previousStatus !== u.status ? (
                    <>
                      <ItemStatusBadge status={u.previousStatus} /> → <ItemStatusBadge status={u.status} />
                    </>
                  ) : (
                    <ItemStatusBadge status={u.status} />
                  )}
                  <span className="tabular-nums">
                    {u.previousProgress !== u.progress ? t("progressChange", { from: u.previousProgress, to: u.progress }) : t("percent", { value: u.progress })}
                  </span>
                </p>
                <p className="mt-1 whitespace-pre-line">{u.note}</p>
                {(u.evidenceLinks.length > 0 || u.files.length > 0) && (
                  <ul className="mt-1 space-y-0.5 text-sm">
                    {u.evidenceLinks.map((link) => (
                      <li key={link}>
                        <a href={link} className="break-all text-brand-700 underline" rel="noreferrer noopener" target="_blank">
                          {link}
                        </a>
                      </li>
                    ))}
                    {u.files.map((file) => (
                      <li key={file.id}>
                        <a href={`/api/plan-files/${file.id}`} className="text-brand-700 underline" download>
                          {file.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t("comments")}</h2>
        {page.comments.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noComments")}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {page.comments.map((c) => (
              <li key={c.id} data-testid="plan-comment">
                <p className="text-sm text-slate-600">
                  <time dateTime={c.at.toISOString()}>{when(c.at)}</time> · {c.author ?? t("someone")}
                </p>
                <p className="whitespace-pre-line">{c.body}</p>
              </li>
            ))}
          </ul>
        )}
        {page.mayComment && (
          <div className="mt-4">
            <CommentForm itemId={item.id} />
          </div>
        )}
      </Card>

      {page.mayEdit && (
        <Card>
          <details>
            <summary className="cursor-pointer text-lg font-semibold">{t("editItem")}</summary>
            <div className="mt-4 space-y-6">
              <ItemForm
                key={item.revision}
                planId={plan.id}
                idPrefix="edit-item-"
                parents={parents.map((i) => ({ code: i.code, label: itemLabel(i, locale) }))}
                owners={page.ownerChoices}
                frameworks={frameworkChoices}
                edit={{ itemId: item.id, revision: item.revision, values: itemFormValues(item, page.items) }}
              />
              <DeleteItemButton itemId={item.id} revision={item.revision} planId={plan.id} />
            </div>
          </details>
        </Card>
      )}

      <Card>
        <h2 className="text-lg font-semibold">{t("history")}</h2>
        {page.history.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noHistory")}</p>
        ) : (
          <Table caption={t("history")} minWidth="40rem" columns={[{ label: t("columns.when") }, { label: t("columns.who") }, { label: t("columns.change") }]}>
            {page.history.map((event) => (
              <tr key={event.id} className={rowClass} data-testid="history-event">
                <td className="py-2 pr-4 align-top whitespace-nowrap">
                  <time dateTime={event.at.toISOString()}>{when(event.at)}</time>
                </td>
                <td className="py-2 pr-4 align-top">{event.actorName ?? t("someone")}</td>
                <td className="py-2 align-top">
                  <p className="font-medium">{t.has(`actions.${event.action}`) ? t(`actions.${event.action}`) : event.action}</p>
                  {event.action === "planItem.update" && (
                    <ul className="text-sm">
                      {changedFields(event.before, event.after).map((change) => (
                        <li key={change.field}>
                          {fieldLabel(change.field)}: {showValue(change.field, change.before)} → {showValue(change.field, change.after)}
                        </li>
                      ))}
                    </ul>
                  )}
                  {event.action === "planItem.progress" && (
                    <p className="text-sm">
                      {statusLabel(event.before?.status)} → {statusLabel(event.after?.status)} · {showValue("progress", typeof event.before?.progress === "number" ? event.before.progress : null)} →{" "}
                      {showValue("progress", typeof event.after?.progress === "number" ? event.after.progress : null)}
                    </p>
                  )}
                  {event.action === "planItem.file" && typeof event.after?.fileName === "string" && <p className="text-sm">{event.after.fileName}</p>}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </div>,
  );
}
