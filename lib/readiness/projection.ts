// Where a city's figures are heading: a straight-line trend through its past years, and the change
// from one year to the next. Kept deliberately simple so an official can check it by hand.

export interface Projection {
  /** The trend line's value in the target year, within the bounds. */
  value: number;
  slopePerYear: number;
  /** The first and last year the trend was drawn from. */
  fromYears: [number, number];
}

/**
 * The least-squares straight line through the points, read off at `targetYear` (2030, the horizon
 * of the national learning-society programme). With fewer than two distinct years there is no
 * trend, only a level, so null. Bounds keep the reading possible: a rate passes {min: 0, max: 1}
 * so a steep climb never projects past 100%. Points with a missing or non-finite value are skipped.
 */
export function projectTo(
  points: readonly { year: number; value: number }[],
  targetYear = 2030,
  bounds?: { min?: number; max?: number },
): Projection | null {
  const usable = points.filter((p) => Number.isFinite(p.year) && Number.isFinite(p.value));
  const years = new Set(usable.map((p) => p.year));
  if (years.size < 2) return null;

  // Centred on the mean year, which keeps the sums small and the arithmetic exact enough.
  const n = usable.length;
  const meanYear = usable.reduce((sum, p) => sum + p.year, 0) / n;
  const meanValue = usable.reduce((sum, p) => sum + p.value, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of usable) {
    covariance += (p.year - meanYear) * (p.value - meanValue);
    variance += (p.year - meanYear) ** 2;
  }
  const slopePerYear = covariance / variance;
  let value = meanValue + slopePerYear * (targetYear - meanYear);
  if (bounds?.min !== undefined) value = Math.max(bounds.min, value);
  if (bounds?.max !== undefined) value = Math.min(bounds.max, value);
  return { value, slopePerYear, fromYears: [Math.min(...years), Math.max(...years)] };
}

/** The change since last year; null unless both years have a figure, so a first year shows no change rather than all of it. */
export function yearOverYear(current: number | null, previous: number | null): { change: number | null } {
  const known = (v: number | null): v is number => v !== null && Number.isFinite(v);
  return { change: known(current) && known(previous) ? current - previous : null };
}
