// The value axis of the comparison and trend charts, kept here so that the chart components only
// draw and the scale's choices are tested.

import type { IndicatorType } from "../readiness/score";

/** The smallest of 1, 2, 2.5 and 5 times a power of ten at or above `value`; 1 for nothing positive. */
export function niceCeil(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  // A hair of tolerance so that 0.3 (2.9999… tenths) does not round up to 0.5.
  const step = [1, 2, 2.5, 5, 10].find((n) => value / power <= n * (1 + 1e-9))!;
  return step * power;
}

/**
 * The top of the axis. A rate runs to 100% and a boolean to 1 (unless a wrong figure lies beyond,
 * which then stays visible), a level to the top of its scale; counts and numbers to a round
 * number above the largest figure or target.
 */
export function axisMax(type: IndicatorType, values: readonly number[], topLevel?: number | null): number {
  const largest = Math.max(0, ...values.filter(Number.isFinite));
  if (type === "rate" || type === "boolean") return Math.max(1, niceCeil(largest));
  if (type === "level" && topLevel && topLevel > 0) return Math.max(topLevel, largest);
  return niceCeil(largest);
}

/** Evenly spaced gridline values from 0 to `max` inclusive. */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}
