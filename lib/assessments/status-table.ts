import { assessmentStatuses, type AssessmentStatus } from "../review/workflow";

export interface StatusCount {
  frameworkCode: string;
  year: number;
  status: string;
  count: number;
}

export interface StatusTableRow {
  frameworkCode: string;
  year: number;
  counts: Record<AssessmentStatus, number>;
  total: number;
}

/**
 * Grouped counts as a table a dashboard shows: one row per framework and year, the newest
 * `years` years of each framework, newest first, with the count of every status.
 */
export function statusTable(counts: readonly StatusCount[], years = 2): StatusTableRow[] {
  const rows = new Map<string, StatusTableRow>();
  for (const c of counts) {
    const key = `${c.frameworkCode}\u0000${c.year}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { frameworkCode: c.frameworkCode, year: c.year, counts: Object.fromEntries(assessmentStatuses.map((s) => [s, 0])) as Record<AssessmentStatus, number>, total: 0 }));
    if ((assessmentStatuses as readonly string[]).includes(c.status)) row.counts[c.status as AssessmentStatus] += c.count;
    row.total += c.count;
  }
  const sorted = [...rows.values()].sort((a, b) => (a.frameworkCode < b.frameworkCode ? -1 : a.frameworkCode > b.frameworkCode ? 1 : b.year - a.year));
  const kept = new Map<string, number>();
  return sorted.filter((row) => {
    const n = kept.get(row.frameworkCode) ?? 0;
    kept.set(row.frameworkCode, n + 1);
    return n < years;
  });
}
