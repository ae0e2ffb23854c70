// Which targets apply to which city. National targets (QĐ 281, 387, 677) apply to every city; a
// target from a city's own plan (Hà Nội's KH 291) applies to that city alone, and for that city
// it governs its year in place of a national one. A year that only some city's plan sets has no
// national target yet: other cities see it as "not yet set", never the plan's figure.

import type { Target } from "./attainment";

export interface ScopedTarget extends Target {
  /** Null for a national target; the city whose own plan sets it otherwise. */
  cityId?: string | null;
}

export type TargetScope = { kind: "national" } | { kind: "ownPlan"; cityId: string };

export interface ApplicableTarget<T extends ScopedTarget = ScopedTarget> {
  target: T;
  scope: TargetScope;
}

const scopeOf = (target: ScopedTarget): TargetScope => (target.cityId ? { kind: "ownPlan", cityId: target.cityId } : { kind: "national" });

/**
 * The targets that apply to `cityId` (null or absent: national targets only), one per year in
 * year order: the city's own plan where it sets the year, the national target otherwise. Another
 * city's plan never applies.
 */
export function applicableTargets<T extends ScopedTarget>(targets: readonly T[], cityId: string | null | undefined): ApplicableTarget<T>[] {
  const byYear = new Map<number, T>();
  for (const target of targets) {
    if (target.cityId && target.cityId !== cityId) continue;
    const current = byYear.get(target.year);
    // The city's own plan wins its year over the national target.
    if (!current || (target.cityId && !current.cityId)) byYear.set(target.year, target);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year).map((target) => ({ target, scope: scopeOf(target) }));
}

/** The targets that apply to `cityId`, as plain targets for scoring. */
export function targetsFor(targets: readonly ScopedTarget[], cityId: string | null | undefined): Target[] {
  return applicableTargets(targets, cityId).map(({ target }) => ({ year: target.year, value: target.value }));
}

/**
 * Years some target (of any scope) is set for, but none that applies to `cityId`: for that city
 * the national target of those years is not set yet (Hà Nội's 2030 plan, seen by any other city).
 */
export function unsetTargetYears(targets: readonly ScopedTarget[], cityId: string | null | undefined): number[] {
  const applying = new Set(applicableTargets(targets, cityId).map(({ target }) => target.year));
  return [...new Set(targets.map((t) => t.year))].filter((year) => !applying.has(year)).sort((a, b) => a - b);
}
