// Small, pure statistics for the benchmark: percentiles of measured latencies and ratios to the floor.

/**
 * The p-th percentile (0–100) of the samples by the nearest-rank method: the smallest sample with at
 * least p% of the samples at or below it. Null when there are no samples.
 */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface Percentiles {
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

export function percentiles(samples: readonly number[]): Percentiles {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

/** How many times slower than the floor; null when either side is missing or the floor is zero. */
export function ratio(value: number | null, floor: number | null): number | null {
  if (value === null || floor === null || floor <= 0) return null;
  return value / floor;
}
