// Where the goals, tasks and milestones of a plan sit on its timeline. Positions are fractions
// of the plan period (0 = 1 January of the first year, 1 = the end of 31 December of the last),
// so the drawing can scale them to any width. Dates are calendar days written YYYY-MM-DD.

import { daysBetween, isCalendarDate } from "../review/cycles";

export interface TimelineItem {
  startOn: string | null;
  dueOn: string | null;
}

export interface TimelineMilestone {
  dueOn: string;
}

/**
 * A bar, as a fraction of the period. A bar that begins before the period or ends after it is
 * cut at the edge and says so, so the chart can show that it goes on. A task with only one of its
 * two dates gets a one-day bar at that date, marked as missing the other.
 */
export interface TimelineBar {
  placement: "bar";
  x: number;
  width: number;
  startsBefore: boolean;
  endsAfter: boolean;
  missing: "start" | "due" | null;
}

/** Nothing to draw: no usable dates, or every day of the item lies outside the period. */
export type TimelinePlacement = TimelineBar | { placement: "undated" } | { placement: "before" } | { placement: "after" };

export interface TimelineYear {
  year: number;
  x: number;
  width: number;
}

export interface Timeline<I, M> {
  years: TimelineYear[];
  rows: { item: I; placement: TimelinePlacement }[];
  /** `x` is null for a milestone outside the period (it still shows in the table). */
  milestones: { milestone: M; x: number | null }[];
  /** Where today is, or null when the period has not begun or is over. */
  today: number | null;
}

const usable = (date: string | null): date is string => date !== null && isCalendarDate(date);

export function layoutTimeline<I extends TimelineItem, M extends TimelineMilestone>(
  period: { startYear: number; endYear: number },
  items: readonly I[],
  milestones: readonly M[],
  today: string,
): Timeline<I, M> {
  const first = `${period.startYear}-01-01`;
  const span = daysBetween(first, `${period.endYear + 1}-01-01`);
  // The fraction of the period before the start of `date`.
  const at = (date: string) => daysBetween(first, date) / span;
  const day = 1 / span;

  const place = (item: I): TimelinePlacement => {
    const start = usable(item.startOn) ? item.startOn : null;
    const due = usable(item.dueOn) ? item.dueOn : null;
    if (!start && !due) return { placement: "undated" };
    const from = at(start ?? due!);
    // The due day counts in full; a due date before the start (refused by the forms) is read as the start.
    const to = Math.max(from, at(due ?? start!)) + day;
    if (to <= 0) return { placement: "before" };
    if (from >= 1) return { placement: "after" };
    const [x, end] = [Math.max(0, from), Math.min(1, to)];
    return { placement: "bar", x, width: end - x, startsBefore: from < 0, endsAfter: to > 1, missing: start ? (due ? null : "due") : "start" };
  };

  const inPeriod = (x: number) => x >= 0 && x < 1;
  const todayAt = usable(today) ? at(today) + day / 2 : NaN;

  return {
    years: Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => {
      const year = period.startYear + i;
      return { year, x: at(`${year}-01-01`), width: daysBetween(`${year}-01-01`, `${year + 1}-01-01`) / span };
    }),
    rows: items.map((item) => ({ item, placement: place(item) })),
    milestones: milestones.map((milestone) => {
      const x = usable(milestone.dueOn) ? at(milestone.dueOn) + day / 2 : NaN;
      return { milestone, x: inPeriod(x) ? x : null };
    }),
    today: inPeriod(todayAt) ? todayAt : null,
  };
}
