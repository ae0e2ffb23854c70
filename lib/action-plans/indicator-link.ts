// A task linked to an indicator shows the city's figure for it beside the target. The figure
// shown is the latest one a coordinator approved; when none is approved yet, the latest one
// entered, marked as not yet approved. An approved figure wins over a newer draft because the
// plan is read as an account of where the city officially stands.

export interface IndicatorFigure {
  year: number;
  value: number;
  approved: boolean;
}

export function latestFigure(figures: readonly { year: number; value: number | null; approved: boolean }[]): IndicatorFigure | null {
  const known = figures.filter((f): f is IndicatorFigure => f.value !== null && Number.isFinite(f.value));
  const latest = (list: IndicatorFigure[]) => list.reduce<IndicatorFigure | null>((best, f) => (best === null || f.year > best.year ? f : best), null);
  return latest(known.filter((f) => f.approved)) ?? latest(known);
}

/** Whether the figure already reaches the target, given which way the indicator should move. */
export function meetsTarget(value: number, target: number, direction: "higher" | "lower" | string): boolean {
  return direction === "lower" ? value <= target : value >= target;
}
