// A city set against its peers, indicator by indicator: values side by side, the distance to the
// targets, the rank and percentile among the chosen peers, and a per-area summary for the radar.
// Pure functions over already-loaded values; the readiness rules (targets, attainment, roll-ups)
// come from lib/readiness so that a comparison never scores a figure differently from the
// city's own readiness page.

import { governingTarget, meets, readiness, type Direction, type IndicatorType, type ScoringIndicator, type Target } from "../readiness/score";
import { definedBasis, type Basis } from "./basis";

/**
 * Where a figure comes from. Assessed figures carry their review status (a city sees its own
 * drafts, labelled as such); published figures always carry their source, which the page shows
 * beside the value.
 */
export type ValueOrigin =
  | { kind: "assessment"; assessmentId: string; status: string; /** Set when the assessment copies published figures. */ sourceNote: string | null }
  | {
      kind: "reference";
      sourceTitle: string;
      sourceUrl: string | null;
      noteVi: string | null;
      noteEn: string | null;
      /** The date the figure stands at, and the publication's date (YYYY-MM-DD, YYYY-MM or YYYY). */
      asOf?: string | null;
      publishedOn?: string | null;
    };

export interface CityValue {
  /** In the indicator's unit: rates as fractions (0.67), levels on their scale, booleans as 1/0. */
  value: number;
  /** For rates: the count behind the share when known (1,420,000 learning families). */
  count: number | null;
  /**
   * What the figure is measured against (./basis); null for the indicator's own definition,
   * which is what a checklist answer is. Counts of registered models or recognised titles are
   * counts, not shares.
   */
  basis: Basis | null;
  origin: ValueOrigin;
}

export interface CompareIndicator extends ScoringIndicator {
  code: string;
  /** Target years set only by some other city's plan: for this city the national target is not set yet. */
  unsetTargetYears?: number[];
}

/** One city's figures for the chosen year, by indicator id. */
export interface CityValues {
  cityId: string;
  values: ReadonlyMap<string, CityValue>;
}

/** A figure against a target: `difference` is value − target in the indicator's unit (a fraction for rates: ×100 gives percentage points). */
export interface Distance {
  target: Target;
  difference: number;
  /** Whether the value is at least as good as the target in the indicator's direction. */
  met: boolean;
}

export interface IndicatorComparison {
  indicatorId: string;
  own: CityValue | null;
  /**
   * Every chosen peer, in the order given, with or without a figure. `ranked` is false for a
   * figure of another basis than the one ranked, shown apart and left out of the rank,
   * percentile and median.
   */
  peers: { cityId: string; value: CityValue | null; ranked: boolean }[];
  /** The basis the rank, percentile and median are over: the own figure's, or the indicator's definition without one. */
  rankedBasis: Basis | null;
  /** The target for the chosen year: the nearest target year at or after it (the last one once past). */
  target: Target | null;
  /** The framework's last target (2030 today); the same as `target` when the chosen year is that far. */
  finalTarget: Target | null;
  /** Target years with no target that applies to the city (see CompareIndicator.unsetTargetYears). */
  unsetTargetYears: number[];
  toTarget: Distance | null;
  toFinalTarget: Distance | null;
  /** The own city's place among itself and the peers that have a figure; null without an own figure. */
  rank: { position: number; of: number } | null;
  /** See `percentile`; null without an own figure or without any peer figure. */
  percentile: number | null;
  peersWithValue: number;
  /** Peers without a figure: listed, but left out of the rank, the percentile and the median. */
  peersMissing: number;
  /** Peers whose figure is of another basis: shown apart, never ranked. */
  peersOtherBasis: number;
  peerMedian: number | null;
}

/** Types with a figure that can be ranked; text, dates and evidence are only answered or not. */
const comparableTypes: ReadonlySet<string> = new Set<IndicatorType>(["rate", "count", "number", "level", "boolean"]);

export function isComparable(indicator: { type: string }): boolean {
  return comparableTypes.has(indicator.type);
}

// "Better" goes through the readiness module's tolerance, so 0.7 computed two ways is one value
// and two cities with the same published figure share a rank.
const better = (direction: Direction, a: number, b: number) => !meets(direction, b, a);

/**
 * Competition ranking ("1224"): 1 is the best; cities with the same figure share a rank, and the
 * next one down skips the shared places. `others` are the peers' figures (missing ones left out).
 */
export function rankAmong(direction: Direction, own: number, others: readonly number[]): { position: number; of: number } {
  return { position: 1 + others.filter((other) => better(direction, other, own)).length, of: others.length + 1 };
}

/**
 * The share of peers (with a figure) that the own city equals or outdoes, 0–100, in the
 * indicator's direction: 100 means no peer is better, 0 that every peer is. Ties count in the
 * city's favour, so a city level with all its peers stands at 100 rather than somewhere in the
 * middle. Null with no peer figure, where a share of nobody means nothing.
 */
export function percentile(direction: Direction, own: number, peers: readonly number[]): number | null {
  if (peers.length === 0) return null;
  return (100 * peers.filter((peer) => !better(direction, peer, own)).length) / peers.length;
}

/** The middle figure, or the mean of the two middle ones; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The target due last; null when there are none. */
export function finalTarget(targets: readonly Target[]): Target | null {
  return targets.reduce<Target | null>((last, target) => (!last || target.year > last.year ? target : last), null);
}

function distance(direction: Direction, value: number, target: Target | null): Distance | null {
  if (!target) return null;
  return { target, difference: value - target.value, met: meets(direction, value, target.value) };
}

const usable = (value: CityValue | undefined): CityValue | null => (value && Number.isFinite(value.value) ? value : null);

/** A figure's basis, with null read as the indicator's own definition. */
export const basisOf = (value: CityValue, indicatorType: string): Basis | null => value.basis ?? definedBasis(indicatorType);

/**
 * Every comparable indicator, in the order given, for the own city against its peers in `year`.
 * Only figures of one basis are ranked together: the own figure's (or, without one, the
 * indicator's own definition); a peer's figure of another basis is listed but not ranked. Only a
 * figure measured as the indicator defines it is set against the targets.
 */
export function compareIndicators(indicators: readonly CompareIndicator[], own: CityValues, peers: readonly CityValues[], year: number): IndicatorComparison[] {
  return indicators.filter(isComparable).map((indicator) => {
    const ownValue = usable(own.values.get(indicator.id));
    const rankedBasis = ownValue ? basisOf(ownValue, indicator.type) : definedBasis(indicator.type);
    const peerValues = peers.map((peer) => {
      const value = usable(peer.values.get(indicator.id));
      return { cityId: peer.cityId, value, ranked: !!value && basisOf(value, indicator.type) === rankedBasis };
    });
    const known = peerValues.flatMap((p) => (p.value && p.ranked ? [p.value.value] : []));
    const target = governingTarget(indicator.targets, year);
    const last = finalTarget(indicator.targets);
    const measured = ownValue && basisOf(ownValue, indicator.type) === definedBasis(indicator.type) ? ownValue : null;
    return {
      indicatorId: indicator.id,
      own: ownValue,
      peers: peerValues,
      rankedBasis,
      target,
      finalTarget: last,
      unsetTargetYears: indicator.unsetTargetYears ?? [],
      toTarget: measured ? distance(indicator.direction, measured.value, target) : null,
      toFinalTarget: measured ? distance(indicator.direction, measured.value, last) : null,
      rank: ownValue ? rankAmong(indicator.direction, ownValue.value, known) : null,
      percentile: ownValue ? percentile(indicator.direction, ownValue.value, known) : null,
      peersWithValue: known.length,
      peersMissing: peerValues.filter((p) => !p.value).length,
      peersOtherBasis: peerValues.filter((p) => p.value && !p.ranked).length,
      peerMedian: median(known),
    };
  });
}

export interface AreaComparison {
  /** The section path ("2/2.2"), as FrameworkSection.path. */
  path: string;
  /** The own city's readiness score in the area, 0..1; null when it has no scored figure there. */
  own: number | null;
  /** The median of the peers' scores in the area, over the peers that have one. */
  peerMedian: number | null;
  peersWithScore: number;
}

/**
 * The deepest section level any indicator sits at: the 12 areas of focus for the UNESCO key
 * features (3 areas would make a poor radar), the top-level sections of a flat framework.
 */
export function areaDepth(indicators: readonly CompareIndicator[]): number {
  return Math.max(1, ...indicators.map((i) => i.sectionPath.length));
}

/**
 * Readiness per area for the radar: the own city's score against the median of its peers'. An
 * area is an indicator's section path cut at `depth`, so an indicator sitting higher up than the
 * rest keeps its own section as its area. Areas come in the order of their first indicator.
 */
export function compareAreas(
  indicators: readonly CompareIndicator[],
  own: CityValues,
  peers: readonly CityValues[],
  year: number,
  depth = areaDepth(indicators),
): AreaComparison[] {
  const scored = indicators.filter(isComparable);
  const paths = [...new Set(scored.filter((i) => i.sectionPath.length > 0).map((i) => i.sectionPath.slice(0, depth).join("/")))];
  const sectionScores = (city: CityValues) => {
    // A figure of another basis than the indicator's definition (a count of registered models
    // against a rate) cannot be scored against its targets.
    const answers = scored.map((i) => {
      const value = usable(city.values.get(i.id));
      return { indicatorId: i.id, value: value && basisOf(value, i.type) === definedBasis(i.type) ? value.value : null };
    });
    return readiness(scored, answers, year).sections;
  };
  const ownScores = sectionScores(own);
  const peerScores = peers.map(sectionScores);
  return paths.map((path) => {
    const known = peerScores.flatMap((sections) => {
      const score = sections.get(path)?.score;
      return score === null || score === undefined ? [] : [score];
    });
    return { path, own: ownScores.get(path)?.score ?? null, peerMedian: median(known), peersWithScore: known.length };
  });
}

/**
 * One city's figure for an indicator when it has both an assessed and a published one for the
 * year: its assessment, which the city entered and (for another city) a coordinator approved, is
 * the more current; the published figure fills the gaps.
 */
export function preferAssessed(assessed: CityValue | undefined, published: CityValue | undefined): CityValue | undefined {
  return usable(assessed) ? assessed : published;
}
