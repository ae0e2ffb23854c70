import type { Gap, Readiness } from "../readiness/score";

/** One of a checklist's most urgent gaps, as stored: enough for a report line without the answers. */
export interface StoredGap {
  indicatorId: string;
  status: Gap["status"];
  value: number | null;
  target: { year: number; value: number } | null;
}

/** How many gaps a summary keeps. */
export const storedGapCount = 3;

/** What a list shows of one checklist, as stored in AssessmentSummary. */
export interface SummaryFigures {
  score: number | null;
  coverage: number | null;
  answered: number;
  total: number;
  completeness: number | null;
  requiredMissing: number;
  met: number;
  onTrack: number;
  behind: number;
  noData: number;
  notScored: number;
  /** JSON: section path → its score, coverage and answered / total. */
  sections: string;
  /** JSON: StoredGap[], most urgent first. */
  topGaps: string;
}

// Shares are kept to 12 decimals: both databases then give back exactly what was written.
const share = (x: number | null) => (x === null ? null : Math.round(x * 1e12) / 1e12);

/** The stored figures of a readiness result: the overall score and counts, and each section's. */
export function summaryFigures(result: Pick<Readiness, "overall" | "sections" | "indicators"> & { gaps: readonly Gap[] }, values: ReadonlyMap<string, number | null>): SummaryFigures {
  const { overall } = result;
  const sections = Object.fromEntries(
    [...result.sections.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, s]) => [path, { score: share(s.score), coverage: share(s.coverage), answered: s.answered, total: s.total }]),
  );
  return {
    score: share(overall.score),
    coverage: share(overall.coverage),
    answered: overall.answered,
    total: overall.total,
    completeness: overall.total ? share(overall.answered / overall.total) : null,
    requiredMissing: overall.requiredMissing,
    met: overall.counts.met,
    onTrack: overall.counts.onTrack,
    behind: overall.counts.behind,
    noData: overall.counts.noData,
    notScored: overall.counts.notScored,
    sections: JSON.stringify(sections),
    topGaps: JSON.stringify(
      result.gaps.slice(0, storedGapCount).map((gap): StoredGap => {
        const target = result.indicators.get(gap.indicatorId)?.target ?? null;
        return { indicatorId: gap.indicatorId, status: gap.status, value: values.get(gap.indicatorId) ?? null, target: target ? { year: target.year, value: target.value } : null };
      }),
    ),
  };
}

/** The readiness figure lists show: the overall score with the answered share, from a stored summary. */
export function listedReadiness(summary: Pick<SummaryFigures, "score" | "coverage" | "answered" | "total"> | null) {
  return summary ? { score: summary.score, coverage: summary.coverage, answered: summary.answered, total: summary.total } : { score: null, coverage: null, answered: 0, total: 0 };
}

/** The stored gaps back from their JSON; anything unreadable reads as none. */
export function parseStoredGaps(json: string): StoredGap[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as StoredGap[]) : [];
  } catch {
    return [];
  }
}
