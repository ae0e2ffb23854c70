// The sentences behind each chart, for screen readers and for anyone who prefers reading: what the
// own city has, how far it is from the targets, where it stands among its peers. Pure: each line is
// a translation key with typed arguments, which the page formats in the reader's language (a rate
// as a percentage, a distance in percentage points, a city by its name).

import { meets, type Direction } from "../readiness/score";
import { isCountBasis } from "./basis";
import type { AreaComparison, CompareIndicator, IndicatorComparison } from "./compare";

export type SummaryArg =
  | { kind: "city"; cityId: string }
  /** A figure in the indicator's unit. */
  | { kind: "value"; value: number }
  /** How far from a target, always positive, in the indicator's unit (a fraction for rates, read as points). */
  | { kind: "distance"; value: number }
  /** A plain number: a count, a rank, a percentile. */
  | { kind: "number"; value: number }
  /** A year, which is never written with a thousands separator. */
  | { kind: "year"; value: number }
  /** A readiness score, 0..1. */
  | { kind: "score"; value: number }
  | { kind: "area"; path: string };

export interface SummaryLine {
  key: string;
  args: Record<string, SummaryArg>;
}

const line = (key: string, args: Record<string, SummaryArg> = {}): SummaryLine => ({ key, args });
const num = (value: number): SummaryArg => ({ kind: "number", value });
const yearArg = (value: number): SummaryArg => ({ kind: "year", value });

/** The best of some figures in the indicator's direction, with the first such city on a tie. */
function best<T extends { value: number }>(direction: Direction, items: readonly T[]): T | null {
  return items.reduce<T | null>((top, item) => (!top || !meets(direction, top.value, item.value) ? item : top), null);
}

/** One indicator, in the order the page reads it out: own figure, targets, peers, rank. */
export function indicatorSummary(indicator: CompareIndicator, comparison: IndicatorComparison, ownCityId: string): SummaryLine[] {
  const city: SummaryArg = { kind: "city", cityId: ownCityId };
  const { own } = comparison;
  // A published count (of registered models, of recognised titles) reads as a number, not a share.
  const ownArg: SummaryArg | null = own ? (isCountBasis(own.basis) ? num(own.value) : { kind: "value", value: own.value }) : null;
  const lines = [ownArg ? line("summary.own", { city, value: ownArg }) : line("summary.ownMissing", { city })];

  const distances = [
    { target: comparison.target, distance: comparison.toTarget },
    { target: comparison.finalTarget, distance: comparison.toFinalTarget },
  ];
  const seen = new Set<number>();
  for (const { target, distance } of distances) {
    if (!target || seen.has(target.year)) continue;
    seen.add(target.year);
    const args = { year: yearArg(target.year), target: { kind: "value", value: target.value } as SummaryArg };
    if (!distance) lines.push(line("summary.target", args));
    else lines.push(line(distance.met ? "summary.targetMet" : "summary.targetShort", { ...args, distance: { kind: "distance", value: Math.abs(distance.difference) } }));
  }
  for (const year of comparison.unsetTargetYears) lines.push(line("summary.targetUnset", { year: yearArg(year) }));

  // Only peers of the ranked basis are weighed; the others are named as shown apart.
  const known = comparison.peers.flatMap((p) => (p.value && p.ranked ? [{ cityId: p.cityId, value: p.value.value }] : []));
  const apart = comparison.peersOtherBasis > 0 ? [line("summary.otherBasis", { count: num(comparison.peersOtherBasis) })] : [];
  if (comparison.peers.length === 0) return [...lines, line("summary.noPeers")];
  if (known.length === 0) return [...lines, line("summary.noPeerValues", { count: num(comparison.peers.length - comparison.peersOtherBasis) }), ...apart];
  const top = best(indicator.direction, known)!;
  lines.push(
    line("summary.peers", {
      count: num(known.length),
      median: { kind: "value", value: comparison.peerMedian! },
      best: { kind: "city", cityId: top.cityId },
      bestValue: { kind: "value", value: top.value },
    }),
  );
  if (comparison.rank && comparison.percentile !== null) {
    lines.push(line("summary.rank", { city, position: num(comparison.rank.position), of: num(comparison.rank.of), percentile: num(comparison.percentile) }));
  }
  if (comparison.peersMissing > 0) lines.push(line("summary.peersMissing", { count: num(comparison.peersMissing) }));
  return [...lines, ...apart];
}

/** The radar: the own city's strongest and weakest areas, and in how many it matches its peers' median. */
export function areaSummary(areas: readonly AreaComparison[], ownCityId: string): SummaryLine[] {
  const city: SummaryArg = { kind: "city", cityId: ownCityId };
  const scored = areas.filter((a): a is AreaComparison & { own: number } => a.own !== null);
  if (scored.length === 0) return [line("summary.areasNoData", { city })];
  // Strict comparisons keep the first area on a tie, in the framework's order.
  const strongest = scored.reduce((a, b) => (b.own > a.own ? b : a));
  const weakest = scored.reduce((a, b) => (b.own < a.own ? b : a));
  // All level (or a single area): there is no strongest and weakest to name.
  const overview =
    strongest.own === weakest.own
      ? line("summary.areasEven", { city, score: { kind: "score", value: strongest.own }, count: num(scored.length) })
      : line("summary.areasOwn", {
          city,
          strongest: { kind: "area", path: strongest.path },
          strongestScore: { kind: "score", value: strongest.own },
          weakest: { kind: "area", path: weakest.path },
          weakestScore: { kind: "score", value: weakest.own },
        });
  const lines = [overview];
  const compared = scored.filter((a) => a.peerMedian !== null);
  if (compared.length > 0) {
    const atOrAbove = compared.filter((a) => meets("higher", a.own, a.peerMedian!)).length;
    lines.push(line("summary.areasAgainstPeers", { city, count: num(atOrAbove), of: num(compared.length) }));
  }
  return lines;
}
