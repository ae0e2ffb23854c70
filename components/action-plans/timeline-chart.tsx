import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarDay } from "@/components/action-plans/calendar-day";
import { ItemStatusBadge, OverdueBadge } from "@/components/action-plans/status-badges";
import { cn } from "@/components/ui/cn";
import { rowClass, Table } from "@/components/ui/table";
import { layoutTimeline, type TimelinePlacement } from "@/lib/action-plans/timeline";
import type { ItemStatus } from "@/lib/action-plans/vocabulary";
import { localized } from "@/lib/localized";
import type { MilestoneView } from "@/server/action-plans/get-plan";
import type { PlanItemView } from "@/server/action-plans/plan-view";
import { formatCalendarDay } from "@/lib/format/dates";

interface Props {
  planId: string;
  startYear: number;
  endYear: number;
  items: PlanItemView[];
  milestones: MilestoneView[];
  today: string;
}

// Each status has its own colour and, for the cancelled, a dashed edge; the row beside the bar
// names the status in words, so colour is never the only cue.
const barTone: Record<ItemStatus, { bar: string; fill: string }> = {
  notStarted: { bar: "border-slate-500 bg-slate-200", fill: "bg-slate-500" },
  onTrack: { bar: "border-brand-700 bg-brand-100", fill: "bg-brand-700" },
  atRisk: { bar: "border-amber-600 bg-amber-100", fill: "bg-amber-600" },
  offTrack: { bar: "border-red-700 bg-red-100", fill: "bg-red-700" },
  done: { bar: "border-emerald-700 bg-emerald-100", fill: "bg-emerald-700" },
  cancelled: { bar: "border-dashed border-slate-500 bg-slate-50", fill: "bg-slate-400" },
};

const overdueStripes = "bg-[repeating-linear-gradient(135deg,transparent_0_5px,rgb(185_28_28/0.35)_5px_8px)]";
const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * The plan's goals and tasks as a Gantt chart over its period, one row per item in outline order,
 * with the milestones as diamonds, a line for today, and the same facts in a table underneath.
 * Every bar is a link to its task, named in full (code, title, dates, status, progress), so the
 * chart is read and used from the keyboard row by row.
 */
export async function TimelineChart({ planId, startYear, endYear, items, milestones, today }: Props) {
  const [t, tStatus, locale] = await Promise.all([getTranslations("planTimeline"), getTranslations("actionPlans.itemStatus"), getLocale()]);
  const timeline = layoutTimeline({ startYear, endYear }, items, milestones, today);
  const day = (date: string | null) => (date ? formatCalendarDay(date) : t("noDate"));
  const title = (record: { titleVi: string; titleEn: string | null }) => localized(record, "title", locale) ?? "";
  const itemIds = new Set(items.map((i) => i.id));
  const milestonesOf = (itemId: string | null) => timeline.milestones.filter(({ milestone }) => (itemId ? milestone.itemId === itemId : !milestone.itemId || !itemIds.has(milestone.itemId)));
  const planMilestones = milestonesOf(null);

  if (items.length === 0 && milestones.length === 0) return <p className="text-slate-700">{t("empty")}</p>;

  const barName = (item: PlanItemView, placement: TimelinePlacement) =>
    [
      t("bar", { code: item.code, title: title(item), start: day(item.startOn), due: day(item.dueOn), status: tStatus(item.status), progress: item.progress }),
      placement.placement === "bar" && placement.startsBefore ? t("startsBefore") : null,
      placement.placement === "bar" && placement.endsAfter ? t("endsAfter") : null,
      item.daysOverdue !== null ? t("overdue", { days: item.daysOverdue }) : null,
    ]
      .filter(Boolean)
      .join(", ");

  const track = (children: ReactNode, rowMilestones: typeof timeline.milestones) => (
    <div className="relative h-9 border-b border-slate-100">
      {timeline.years.map((year) => (
        <span key={year.year} aria-hidden="true" className="absolute inset-y-0 border-l border-slate-200" style={{ left: percent(year.x) }} />
      ))}
      {timeline.today !== null && <span aria-hidden="true" className="absolute inset-y-0 border-l-2 border-dashed border-brand-600" style={{ left: percent(timeline.today) }} />}
      {children}
      {rowMilestones.map(({ milestone, x }) =>
        x === null ? null : (
          <span
            key={milestone.id}
            role="img"
            aria-label={t(milestone.doneOn ? "milestoneDone" : "milestone", { title: title(milestone), date: day(milestone.dueOn) })}
            title={`${title(milestone)} · ${day(milestone.dueOn)}`}
            data-testid="timeline-milestone"
            className={cn("absolute top-1/2 size-3.5 -translate-x-1/2 -translate-y-1/2 rotate-45 border-2 border-violet-900", milestone.doneOn ? "bg-violet-700" : "bg-white")}
            style={{ left: percent(x) }}
          />
        ),
      )}
    </div>
  );

  const link = "absolute top-1/2 -translate-y-1/2 focus-visible:z-10";
  const bar = (item: PlanItemView, placement: TimelinePlacement) => {
    const href = `/action-plans/${planId}/items/${item.id}`;
    const name = barName(item, placement);
    if (placement.placement !== "bar") {
      const where = placement.placement === "after" ? "right-1" : "left-1";
      return (
        <Link href={href} aria-label={name} data-testid="timeline-bar" data-placement={placement.placement} className={cn(link, where, "rounded px-1 text-xs text-slate-600 italic underline-offset-2 hover:underline")}>
          {t(placement.placement)}
        </Link>
      );
    }
    const tone = barTone[item.status];
    const overdue = item.daysOverdue !== null;
    return (
      <Link
        href={href}
        aria-label={name}
        data-testid="timeline-bar"
        data-code={item.code}
        data-overdue={overdue || undefined}
        className={cn(
          link,
          "h-5 overflow-hidden border-2 hover:brightness-95",
          tone.bar,
          placement.startsBefore ? "rounded-l-none border-l-0" : "rounded-l-md",
          placement.endsAfter ? "rounded-r-none border-r-0" : "rounded-r-md",
          overdue && "outline-2 outline-offset-1 outline-red-700",
          item.kind === "goal" && "h-3",
        )}
        style={{ left: percent(placement.x), width: `max(${percent(placement.width)}, 0.5rem)` }}
      >
        <span aria-hidden="true" className={cn("block h-full", tone.fill, overdue && overdueStripes)} style={{ width: `${item.progress}%` }} />
      </Link>
    );
  };

  return (
    <div className="space-y-8">
      <figure className="space-y-3">
        <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
          <div role="group" aria-label={t("chartLabel", { start: startYear, end: endYear })} className="grid min-w-[48rem] grid-cols-[minmax(16rem,26rem)_minmax(28rem,1fr)]" data-testid="timeline-chart">
            <div aria-hidden="true" className="border-b border-slate-200" />
            <div aria-hidden="true" className="relative h-11 border-b border-slate-200 text-xs text-slate-600">
              {timeline.years.map((year) => (
                <span key={year.year} className="absolute inset-y-0 flex justify-center border-l border-slate-200 pt-1.5" style={{ left: percent(year.x), width: percent(year.width) }}>
                  {year.year}
                </span>
              ))}
              {timeline.today !== null && (
                <span className="absolute bottom-0.5 -translate-x-1/2 rounded bg-white px-1 font-medium text-brand-700" style={{ left: percent(timeline.today) }}>
                  {t("today")}
                </span>
              )}
            </div>
            {planMilestones.length > 0 && (
              <>
                <div className="flex h-9 items-center border-b border-slate-100 px-2 text-sm font-medium text-slate-700">{t("planMilestones")}</div>
                {track(null, planMilestones)}
              </>
            )}
            {timeline.rows.map(({ item, placement }) => (
              <div key={item.id} className="contents" data-testid="timeline-row">
                <div aria-hidden="true" className="flex h-9 min-w-0 items-center gap-2 border-b border-slate-100 px-2 text-sm" style={{ paddingLeft: `${0.5 + item.depth * 1}rem` }}>
                  <span className={cn("shrink-0 tabular-nums", item.kind === "goal" ? "font-semibold" : "text-slate-600")}>{item.code}</span>
                  <span className={cn("truncate", item.kind === "goal" && "font-semibold")} title={title(item)}>
                    {title(item)}
                  </span>
                  <span className="ml-auto shrink-0 text-xs text-slate-600">{tStatus(item.status)} · {item.progress}%</span>
                </div>
                {track(bar(item, placement), milestonesOf(item.id))}
              </div>
            ))}
          </div>
        </div>
        <figcaption>
          <ul className="flex flex-wrap gap-x-4 gap-y-2 text-xs text-slate-700" aria-label={t("legend")}>
            {(Object.keys(barTone) as ItemStatus[]).map((status) => (
              <li key={status} className="flex items-center gap-1.5">
                <span aria-hidden="true" className={cn("inline-block h-3 w-6 rounded-sm border-2", barTone[status].bar)} />
                {tStatus(status)}
              </li>
            ))}
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className={cn("inline-block h-3 w-6 rounded-sm outline-2 outline-red-700", overdueStripes)} />
              {t("legendOverdue")}
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block size-3 rotate-45 border-2 border-violet-900 bg-white" />
              {t("legendMilestone")}
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className="inline-block h-3 border-l-2 border-dashed border-brand-600" />
              {t("legendToday")}
            </li>
          </ul>
        </figcaption>
      </figure>

      <section aria-labelledby="timeline-table-heading" className="space-y-3">
        <h2 id="timeline-table-heading" className="text-lg font-semibold">
          {t("tableHeading")}
        </h2>
        <Table
          caption={t("tableCaption")}
          columns={[
            { label: t("columns.code") },
            { label: t("columns.title") },
            { label: t("columns.start") },
            { label: t("columns.due") },
            { label: t("columns.status") },
            { label: t("columns.progress"), numeric: true },
            { label: t("columns.overdue") },
          ]}
        >
          {items.map((item) => (
            <tr key={item.id} className={rowClass} data-testid="timeline-table-row" data-code={item.code}>
              <td className="py-2 pr-4 align-top tabular-nums" style={{ paddingLeft: `${item.depth}rem` }}>
                {item.code}
              </td>
              <td className={cn("py-2 pr-4 align-top", item.kind === "goal" && "font-medium")}>
                <Link href={`/action-plans/${planId}/items/${item.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {title(item)}
                </Link>
              </td>
              <td className="py-2 pr-4 align-top whitespace-nowrap">
                <CalendarDay date={item.startOn} />
              </td>
              <td className="py-2 pr-4 align-top whitespace-nowrap">
                <CalendarDay date={item.dueOn} />
              </td>
              <td className="py-2 pr-4 align-top">
                <ItemStatusBadge status={item.status} />
              </td>
              <td className="py-2 pr-4 text-right align-top tabular-nums">{item.progress}%</td>
              <td className="py-2 align-top">{item.daysOverdue !== null ? <OverdueBadge days={item.daysOverdue} /> : t("notOverdue")}</td>
            </tr>
          ))}
        </Table>
        {milestones.length > 0 && (
          <Table
            caption={t("milestonesCaption")}
            columns={[{ label: t("milestoneColumns.title") }, { label: t("milestoneColumns.item") }, { label: t("milestoneColumns.due") }, { label: t("milestoneColumns.done") }]}
          >
            {milestones.map((milestone) => {
              const item = items.find((i) => i.id === milestone.itemId);
              return (
                <tr key={milestone.id} className={rowClass} data-testid="timeline-milestone-row">
                  <td className="py-2 pr-4 align-top">{title(milestone)}</td>
                  <td className="py-2 pr-4 align-top">{item ? `${item.code} ${title(item)}` : t("wholePlan")}</td>
                  <td className="py-2 pr-4 align-top whitespace-nowrap">
                    <CalendarDay date={milestone.dueOn} />
                  </td>
                  <td className="py-2 align-top whitespace-nowrap">{milestone.doneOn ? <CalendarDay date={milestone.doneOn} /> : t("notDone")}</td>
                </tr>
              );
            })}
          </Table>
        )}
      </section>
    </div>
  );
}
