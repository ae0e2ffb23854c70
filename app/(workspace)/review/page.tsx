import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ApproveSelectedForm } from "@/components/review/approve-selected-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { QueueRows, type QueueRowView } from "@/components/review/queue-rows";
import { localized } from "@/lib/localized";
import { mayOpenReviewQueue } from "@/lib/permissions";
import { bulkApprovalBlock, defaultQueuePageSize, queuePageSizes, queueSorts } from "@/lib/review/queue";
import { assessmentStatuses } from "@/lib/review/workflow";
import { reviewQueueQuerySchema } from "@/lib/validation/review";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { queueCityChoices, reviewQueuePage, type ReviewQueueRow } from "@/server/review/review-queue";
import { withClientMessages } from "@/i18n/client-messages";
import { Pager } from "@/components/ui/pager";
import { formatCalendarDay } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review.queue"))("title") };
}

const statusTones = { draft: "slate", submitted: "blue", resubmitted: "blue", returned: "amber", approved: "green", notStarted: "slate" } as const;
const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!mayOpenReviewQueue(actor)) notFound();
  const query = reviewQueueQuerySchema.parse(await searchParams);
  const now = new Date();
  const [t, ta, format, locale] = await Promise.all([getTranslations("review.queue"), getTranslations("assessments"), getFormatter(), getLocale()]);
  const [queue, cities] = await Promise.all([reviewQueuePage(db(), actor, query, locale, now), queueCityChoices(db(), actor, locale)]);
  const { rows, totals } = queue;

  const cityName = (row: ReviewQueueRow) => localized(row.city, "name", locale) ?? "";
  const percent = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  // Each row worded here, on the server; the table only lays the words out (components/review/queue-rows.tsx).
  const rowView = (row: ReviewQueueRow): QueueRowView => {
    const block = bulkApprovalBlock(row, actor.id);
    const selectable = row.assessmentId !== null && (block === null || block === "ownSubmission" || block === "openFlags" || block === "openThreads");
    return {
      key: row.key,
      status: row.status,
      tone: statusTones[row.status],
      statusLabel: row.status === "notStarted" ? t("notStarted") : ta(`status.${row.status}`),
      assessmentId: row.assessmentId,
      select: selectable ? { label: t("selectRow", { row: `${cityName(row)} ${row.year}` }), refusal: block ? t(`refused.${block}`, { count: 1 }) : null } : null,
      city: cityName(row),
      framework: localized(row.framework, "title", locale) ?? "",
      year: row.year,
      completeness: percent(row.completeness),
      readiness: percent(row.readiness),
      due:
        row.dueOn === null
          ? null
          : {
              on: row.dueOn,
              shown: formatCalendarDay(row.dueOn),
              late: row.overdue ? t("daysLate", { days: -(row.daysToDue ?? 0) }) : null,
              left: !row.overdue && row.daysToDue !== null && row.daysToDue >= 0 && row.status !== "approved" ? t("daysLeft", { days: row.daysToDue }) : null,
            },
      lastActivity: row.lastActivity ? { at: row.lastActivity, shown: format.relativeTime(new Date(row.lastActivity), now) } : null,
      notes: [...(row.openFlags > 0 ? [t("openFlags", { count: row.openFlags })] : []), ...(row.openThreads > 0 ? [t("openThreads", { count: row.openThreads })] : [])],
    };
  };
  // The same view with another page or page size: every filter stays in the address.
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (query.status !== "open") params.set("status", query.status);
    if (query.framework) params.set("framework", query.framework);
    if (query.year !== undefined) params.set("year", String(query.year));
    if (query.city) params.set("city", query.city);
    if (query.overdue) params.set("overdue", "1");
    if (query.sort !== "attention") params.set("sort", query.sort);
    if (queue.size !== defaultQueuePageSize) params.set("size", String(queue.size));
    if (page > 1) params.set("page", String(page));
    const search = params.toString();
    return search ? `/review?${search}` : "/review";
  };

  return withClientMessages(
    ["review"],
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")}>
        <Link href="/review/cycles" className="text-brand-700 hover:underline">
          {t("cyclesLink")}
        </Link>
      </PageHeader>
      <p className="text-sm text-slate-700" data-testid="queue-summary">
        {t("summary", { waiting: totals.waiting, overdue: totals.overdue })}
      </p>

      <Card>
        {/* Keyed by the query: "clear filters" is a client-side move that must reset the fields too. */}
        <form key={JSON.stringify(query)} method="get" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-7 lg:items-end" aria-label={t("filters")}>
          <label className="text-sm font-medium text-slate-800">
            {t("filter.status")}
            <select name="status" defaultValue={query.status} className={selectClass}>
              <option value="open">{t("filter.open")}</option>
              <option value="waiting">{t("filter.waiting")}</option>
              {[...assessmentStatuses, "notStarted" as const].map((status) => (
                <option key={status} value={status}>
                  {status === "notStarted" ? t("notStarted") : ta(`status.${status}`)}
                </option>
              ))}
              <option value="all">{t("filter.allStatuses")}</option>
            </select>
          </label>
          <label className="text-sm font-medium text-slate-800">
            {t("filter.framework")}
            <select name="framework" defaultValue={query.framework ?? ""} className={selectClass}>
              <option value="">{t("filter.any")}</option>
              {queue.choices.frameworks.map((f) => (
                <option key={f.code} value={f.code}>
                  {localized(f.title, "title", locale)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-slate-800">
            {t("filter.year")}
            <select name="year" defaultValue={query.year ?? ""} className={selectClass}>
              <option value="">{t("filter.any")}</option>
              {queue.choices.years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
          {cities ? (
            <label className="text-sm font-medium text-slate-800">
              {t("filter.city")}
              <select name="city" defaultValue={query.city ?? ""} className={selectClass}>
                <option value="">{t("filter.any")}</option>
                {cities.map((c) => (
                  <option key={c.id} value={c.id}>
                    {localized(c, "name", locale)}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            query.city && <input type="hidden" name="city" value={query.city} />
          )}
          <label className="text-sm font-medium text-slate-800">
            {t("filter.sort")}
            <select name="sort" defaultValue={query.sort} className={selectClass}>
              {queueSorts.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`sorts.${sort}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-slate-800">
            {t("filter.size")}
            <select name="size" defaultValue={queue.size} className={selectClass}>
              {queuePageSizes.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
            <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue} className="h-4 w-4" />
            {t("filter.overdue")}
          </label>
          <div className="flex gap-3">
            <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
              {t("filter.apply")}
            </button>
            <Link href="/review" className="self-center text-sm text-brand-700 hover:underline">
              {t("filter.clear")}
            </Link>
          </div>
        </form>
      </Card>

      <Card>
        {rows.length === 0 ? (
          <p className="text-slate-700">{totals.all ? t("noneMatch") : t("none")}</p>
        ) : (
          <ApproveSelectedForm>
            <p className="mb-2 text-sm text-slate-700" data-testid="queue-shown">
              {t("shownRange", { from: (queue.page - 1) * queue.size + 1, to: (queue.page - 1) * queue.size + rows.length, matching: totals.matching })}
            </p>
            <Table
              caption={t("title")}
              minWidth="64rem"
              columns={[
                { label: t("columns.select") },
                { label: ta("columns.city") },
                { label: ta("columns.framework") },
                { label: ta("columns.year"), numeric: true },
                { label: ta("columns.status") },
                { label: t("columns.completeness"), numeric: true },
                { label: ta("columns.readiness"), numeric: true },
                { label: t("columns.due") },
                { label: t("columns.lastActivity") },
                { label: t("columns.open") },
              ]}
            >
              <QueueRows rows={rows.map(rowView)} noCycle={t("noCycle")} />
            </Table>
            <Pager label={t("pages.label")} page={queue.page} pages={queue.pages} position={t("pages.position", { page: queue.page, pages: queue.pages })} href={pageHref} />
          </ApproveSelectedForm>
        )}
      </Card>
    </div>,
  );
}
