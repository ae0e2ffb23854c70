// The coordinator's review queue as pure rules: which rows a filter keeps, how they sort, and
// which submissions may be approved together. The server builds the rows; pages only render them.

import type { AssessmentStatus } from "./workflow";

export type QueueStatus = AssessmentStatus | "notStarted";

export interface QueueRow {
  /** Stable across requests: the assessment id, or city + framework + year for one not started. */
  key: string;
  assessmentId: string | null;
  cityId: string;
  frameworkCode: string;
  year: number;
  status: QueueStatus;
  /** Answered indicators over all indicators; null when nothing has been started. */
  completeness: number | null;
  readiness: number | null;
  /** From the reporting cycle (with this city's extension), when there is one. */
  dueOn: string | null;
  daysToDue: number | null;
  overdue: boolean;
  /** ISO time of the last change anyone made to it. */
  lastActivity: string | null;
  openFlags: number;
  openThreads: number;
  /** Who sent it for review (null when it has not been sent): they may not approve it themselves. */
  submittedById: string | null;
}

export const queueSorts = ["attention", "due", "activity", "city", "readiness", "completeness"] as const;
export type QueueSort = (typeof queueSorts)[number];

/**
 * Which statuses a queue view keeps: one status, work waiting for review, the open work (everything
 * not yet approved: the reviewer's default), or every status (`all`, or none given).
 */
export type QueueStatusFilter = QueueStatus | "waiting" | "open" | "all";

export interface QueueFilter {
  status?: QueueStatusFilter;
  framework?: string;
  year?: number;
  city?: string;
  overdue?: boolean;
}

const waiting: ReadonlySet<string> = new Set(["submitted", "resubmitted"]);

export function isWaitingForReview(status: string): boolean {
  return waiting.has(status);
}

/** Whether a row of the given status is in a view with the given status filter. */
export function statusKept(status: QueueStatus, filter: QueueStatusFilter | undefined): boolean {
  if (filter === undefined || filter === "all") return true;
  if (filter === "waiting") return isWaitingForReview(status);
  if (filter === "open") return status !== "approved";
  return status === filter;
}

/**
 * Whether a view can hold approved checklists at all. Most of a national archive is approved, so
 * the views that cannot (the default among them) never read those rows, nor count them.
 */
export function viewHoldsApproved(filter: QueueStatusFilter | undefined): boolean {
  return statusKept("approved", filter);
}

export function filterQueue<Row extends QueueRow>(rows: readonly Row[], filter: QueueFilter): Row[] {
  return rows.filter(
    (row) =>
      statusKept(row.status, filter.status) &&
      (!filter.framework || row.frameworkCode === filter.framework) &&
      (filter.year === undefined || row.year === filter.year) &&
      (!filter.city || row.cityId === filter.city) &&
      (!filter.overdue || row.overdue),
  );
}

/**
 * What needs a coordinator first: work waiting for review, then cities past their due date, then
 * work back with the city, then drafts and cities not started, and approved work last.
 */
export function attentionRank(row: QueueRow): number {
  if (isWaitingForReview(row.status)) return 0;
  if (row.overdue) return 1;
  if (row.status === "returned") return 2;
  if (row.status === "draft" || row.status === "notStarted") return 3;
  return 4;
}

type Compare = (a: QueueRow, b: QueueRow) => number;

// Rows without the sorted value (no due date, no activity yet) go last in either direction.
function nullsLast<T>(get: (row: QueueRow) => T | null, compare: (a: T, b: T) => number): Compare {
  return (a, b) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return compare(x, y);
  };
}

const byNumber = (a: number, b: number) => a - b;
const byString = (a: string, b: string) => a.localeCompare(b);

const comparisons: Record<QueueSort, Compare> = {
  attention: (a, b) => attentionRank(a) - attentionRank(b) || nullsLast((r) => r.daysToDue, byNumber)(a, b),
  due: nullsLast((r) => r.daysToDue, byNumber),
  // Most recent first: a stale row is the one to chase.
  activity: nullsLast((r) => r.lastActivity, (x, y) => byString(y, x)),
  city: () => 0,
  // Lowest first: the cities furthest from their targets.
  readiness: nullsLast((r) => r.readiness, byNumber),
  completeness: nullsLast((r) => r.completeness, byNumber),
};

/**
 * Sorts a copy of the rows. Ties fall back to the city's name in the reader's language, then the
 * newest year, so the order never jumps between requests.
 */
export function sortQueue<Row extends QueueRow>(rows: readonly Row[], sort: QueueSort, cityName: (row: Row) => string, locale: string): Row[] {
  const collator = new Intl.Collator(locale);
  const primary = comparisons[sort];
  return [...rows].sort((a, b) => primary(a, b) || collator.compare(cityName(a), cityName(b)) || b.year - a.year || byString(a.frameworkCode, b.frameworkCode));
}

export type BulkApprovalBlock = "notWaiting" | "ownSubmission" | "openFlags" | "openThreads";

/**
 * Approving several checklists at once is only for clean submissions someone else sent: anything a
 * reviewer flagged or still discusses needs its own look, and nobody approves their own.
 */
export function bulkApprovalBlock(row: { status: string; openFlags: number; openThreads: number; submittedById: string | null }, actorId: string): BulkApprovalBlock | null {
  if (!isWaitingForReview(row.status)) return "notWaiting";
  if (row.submittedById === actorId) return "ownSubmission";
  if (row.openFlags > 0) return "openFlags";
  if (row.openThreads > 0) return "openThreads";
  return null;
}

/** Rows per page a reviewer may choose; the queue pages in the database. */
export const queuePageSizes = [25, 50, 100, 200] as const;
export const defaultQueuePageSize = 25;

/** How many rows of one framework, year and status there are, and how many of them are overdue. */
export interface QueueGroupCount {
  frameworkCode: string;
  year: number;
  status: QueueStatus;
  rows: number;
  overdue: number;
}

/** The groups the framework and year filters keep. */
function groupsInView(groups: readonly QueueGroupCount[], filter: QueueFilter): QueueGroupCount[] {
  return groups.filter((g) => (!filter.framework || g.frameworkCode === filter.framework) && (filter.year === undefined || g.year === filter.year));
}

/**
 * The totals a queue page shows, from one grouped count: what waits for review and what is
 * overdue among the rows the framework, year and city filters keep, and how many of those rows
 * the status and overdue filters keep (the number of rows to page through).
 */
export function queueTotals(groups: readonly QueueGroupCount[], filter: QueueFilter) {
  const inView = groupsInView(groups, filter);
  const sum = (rows: readonly QueueGroupCount[], pick: (g: QueueGroupCount) => number) => rows.reduce((n, g) => n + pick(g), 0);
  return {
    all: sum(inView, (g) => g.rows),
    waiting: sum(inView.filter((g) => isWaitingForReview(g.status)), (g) => g.rows),
    overdue: sum(inView, (g) => g.overdue),
    matching: sum(inView.filter((g) => statusKept(g.status, filter.status)), (g) => (filter.overdue ? g.overdue : g.rows)),
  };
}

// The statuses each attention rank can hold (see attentionRank): overdue rows are drafts, returned checklists and cities not started.
const statusesOfRank: readonly (readonly QueueStatus[])[] = [["submitted", "resubmitted"], ["draft", "returned", "notStarted"], ["returned"], ["draft", "notStarted"], ["approved"]];

/**
 * The statuses whose rows can fall within the first `end` rows of a view in the attention order,
 * from its grouped counts. The ranks come in a fixed order, so a page that ends within the work
 * waiting for review needs only those rows, and one that ends before the approved work (most of
 * a national archive) needs none of it: the database then sorts the open work alone.
 */
export function statusesBefore(groups: readonly QueueGroupCount[], filter: QueueFilter, end: number): Set<QueueStatus> {
  const kept = groupsInView(groups, filter).filter((g) => statusKept(g.status, filter.status));
  const rows = (pick: (g: QueueGroupCount) => boolean, count: (g: QueueGroupCount) => number) => kept.filter(pick).reduce((n, g) => n + count(g), 0);
  const onTime = (g: QueueGroupCount) => (filter.overdue ? 0 : g.rows - g.overdue);
  const perRank = [
    rows((g) => isWaitingForReview(g.status), onTime),
    rows(() => true, (g) => g.overdue),
    rows((g) => g.status === "returned", onTime),
    rows((g) => g.status === "draft" || g.status === "notStarted", onTime),
    rows((g) => g.status === "approved", onTime),
  ];
  const needed = new Set<QueueStatus>();
  let before = 0;
  for (const [rank, count] of perRank.entries()) {
    if (before >= end) break;
    if (count > 0) for (const status of statusesOfRank[rank]) needed.add(status);
    before += count;
  }
  return needed;
}

/** The page to show: the one asked for, or the last when it lies past the end. */
export function queuePageWindow(matching: number, page: number, size: number): { page: number; pages: number; offset: number } {
  const pages = Math.max(1, Math.ceil(matching / size));
  const shown = Math.min(Math.max(1, page), pages);
  return { page: shown, pages, offset: (shown - 1) * size };
}
