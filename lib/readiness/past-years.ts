// Which of a city's other years a checklist is compared with. One rule for the readiness page,
// the PDF, the workbook and the soft checks: only figures a coordinator has approved count, and
// the comparison is with last year (the assessment year minus one). A draft or a checklist still
// in review says nothing yet about where the city stood, so it is neither compared with nor drawn
// into the trend to 2030.

import { projectTo, type Projection } from "./projection";

export interface PastYear {
  year: number;
  status: string;
  /** Figures by indicator code (codes stay the same across framework versions). */
  values: Readonly<Record<string, number>>;
}

export const projectionYear = 2030;

function approved<T extends PastYear>(other: T): boolean {
  return other.status === "approved";
}

/** Last year's checklist once it has been approved; otherwise null, and there is nothing to compare with. */
export function approvedLastYear<T extends PastYear>(history: readonly T[], year: number): T | null {
  return history.find((other) => other.year === year - 1 && approved(other)) ?? null;
}

/** The approved years before this one that have a figure for the indicator, then this year's figure if there is one. */
export function trendPoints(history: readonly PastYear[], year: number, code: string, now: number | null): { year: number; value: number }[] {
  const past = history
    .filter((other) => other.year < year && approved(other) && other.values[code] !== undefined)
    .map((other) => ({ year: other.year, value: other.values[code] }))
    .sort((a, b) => a.year - b.year);
  return now === null ? past : [...past, { year, value: now }];
}

/** A rate's straight-line trend to 2030 through the approved years and this one; null with fewer than two years. */
export function rateTrend(history: readonly PastYear[], year: number, code: string, now: number | null): Projection | null {
  return projectTo(trendPoints(history, year, code, now), projectionYear, { min: 0, max: 1 });
}
