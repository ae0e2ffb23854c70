import { daysBetween } from "../review/cycles";
import { closedStatuses, itemStatuses, type ItemStatus } from "./vocabulary";

// Deadlines are computed from today, never stored: a task is overdue when its due date has passed
// and it is neither done nor cancelled. Dates are calendar days (YYYY-MM-DD) and "today" is
// Vietnam's (vietnamToday in lib/review/cycles.ts).

export interface DatedItem {
  dueOn: string | null;
  status: ItemStatus | string;
}

const isClosed = (status: string) => (closedStatuses as readonly string[]).includes(status);

/** Whether the item's own due date has passed while it is still open (goals use their own date too). */
export function isOverdue(item: DatedItem, today: string): boolean {
  return item.dueOn !== null && item.dueOn < today && !isClosed(item.status);
}

/** Days past the due date for an overdue item, else null. */
export function daysOverdue(item: DatedItem, today: string): number | null {
  return isOverdue(item, today) ? daysBetween(item.dueOn!, today) : null;
}

export function isMilestoneOverdue(milestone: { dueOn: string; doneOn: string | null }, today: string): boolean {
  return milestone.doneOn === null && milestone.dueOn < today;
}

/** Open items due between today and `days` days from now (both included), nearest first. */
export function upcoming<T extends DatedItem>(items: readonly T[], today: string, days: number): T[] {
  return items
    .filter((i) => i.dueOn !== null && !isClosed(i.status) && i.dueOn >= today && daysBetween(today, i.dueOn) <= days)
    .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!));
}

/**
 * Orders items for a work list: overdue first (the longest overdue first), then open items by
 * nearest due date, then open items without one, then done and cancelled ones.
 */
export function byDeadline(today: string) {
  const rank = (i: DatedItem) => (isOverdue(i, today) ? 0 : isClosed(i.status) ? 3 : i.dueOn === null ? 2 : 1);
  return (a: DatedItem, b: DatedItem): number => rank(a) - rank(b) || (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999");
}

/** How many items are in each status (every status present, zero when none). */
export function statusCounts(items: readonly { status: ItemStatus | string }[]): Record<ItemStatus, number> {
  const counts = Object.fromEntries(itemStatuses.map((s) => [s, 0])) as Record<ItemStatus, number>;
  for (const item of items) if (item.status in counts) counts[item.status as ItemStatus]++;
  return counts;
}
