// One indicator over the years: the own city's line and its peers', against the targets. Pure;
// the figures arrive already filtered by who may see them.

import { governingTarget, meets, type Direction, type Target } from "../readiness/score";
import { definedBasis } from "./basis";
import { basisOf, finalTarget, preferAssessed, rankAmong, type CityValue } from "./compare";
import type { SummaryArg, SummaryLine } from "./summary";

export interface TrendPoint {
  year: number;
  value: CityValue;
}

export interface TrendSeries {
  cityId: string;
  /** By year, oldest first, one per year. */
  points: TrendPoint[];
}

/** A city's line from its assessed and published figures, the assessed one winning a year that has both. */
export function toSeries(cityId: string, assessed: readonly TrendPoint[], published: readonly TrendPoint[]): TrendSeries {
  const years = [...new Set([...assessed, ...published].map((p) => p.year))].sort((a, b) => a - b);
  const find = (points: readonly TrendPoint[], year: number) => points.find((p) => p.year === year)?.value;
  const points = years.flatMap((year) => {
    const value = preferAssessed(find(assessed, year), find(published, year));
    return value && Number.isFinite(value.value) ? [{ year, value }] : [];
  });
  return { cityId, points };
}

/** Every year with a figure or a target, oldest first: the chart's horizontal axis. */
export function trendYears(series: readonly TrendSeries[], targets: readonly Target[]): number[] {
  return [...new Set([...series.flatMap((s) => s.points.map((p) => p.year)), ...targets.map((t) => t.year)])].sort((a, b) => a - b);
}

const line = (key: string, args: Record<string, SummaryArg> = {}): SummaryLine => ({ key, args });
const num = (value: number): SummaryArg => ({ kind: "number", value });
const yearArg = (value: number): SummaryArg => ({ kind: "year", value });
const figure = (value: number): SummaryArg => ({ kind: "value", value });

/** The points of a series drawn on the chart: those measured as the indicator defines them, never a count or a share of those registered. */
export function chartedPoints(indicatorType: string, series: TrendSeries): TrendPoint[] {
  return series.points.filter((p) => basisOf(p.value, indicatorType) === definedBasis(indicatorType));
}

/**
 * What the trend chart shows, in words: the own city's first and latest figure, how its latest
 * figure stands against the target for that year and the last target, and its place among the
 * peers with a figure of the same basis that year. Only the points the chart draws (those
 * measured as the indicator defines them) are read.
 */
export function trendSummary(
  indicator: { type: string; direction: Direction; targets: readonly Target[] },
  ownSeries: TrendSeries,
  peerSeries: readonly TrendSeries[],
  ownCityId: string,
): SummaryLine[] {
  const own = { ...ownSeries, points: chartedPoints(indicator.type, ownSeries) };
  const peers = peerSeries.map((p) => ({ ...p, points: chartedPoints(indicator.type, p) }));
  const city: SummaryArg = { kind: "city", cityId: ownCityId };
  const peersWithData = peers.filter((p) => p.points.length > 0).length;
  const peerLine = peers.length === 0 ? line("summary.noPeers") : line("summary.peers", { count: num(peersWithData), of: num(peers.length) });
  if (own.points.length === 0) return [line("summary.ownMissing", { city }), peerLine];

  const first = own.points[0];
  const latest = own.points[own.points.length - 1];
  const lines: SummaryLine[] = [];
  if (first === latest) {
    lines.push(line("summary.ownOnce", { city, year: yearArg(latest.year), value: figure(latest.value.value) }));
  } else {
    const change = latest.value.value - first.value.value;
    const key = change > 0 ? "summary.ownRose" : change < 0 ? "summary.ownFell" : "summary.ownSteady";
    lines.push(
      line(key, {
        city,
        fromYear: yearArg(first.year),
        fromValue: figure(first.value.value),
        toYear: yearArg(latest.year),
        toValue: figure(latest.value.value),
        change: { kind: "distance", value: Math.abs(change) },
      }),
    );
  }

  const targets = [governingTarget(indicator.targets, latest.year), finalTarget(indicator.targets)];
  const seen = new Set<number>();
  for (const target of targets) {
    if (!target || seen.has(target.year)) continue;
    seen.add(target.year);
    const met = meets(indicator.direction, latest.value.value, target.value);
    lines.push(
      line(met ? "summary.targetMet" : "summary.targetShort", {
        year: yearArg(target.year),
        target: figure(target.value),
        distance: { kind: "distance", value: Math.abs(latest.value.value - target.value) },
      }),
    );
  }

  lines.push(peerLine);
  const sameYear = peers.flatMap((p) => p.points.filter((point) => point.year === latest.year).map((point) => point.value.value));
  if (sameYear.length > 0) {
    const rank = rankAmong(indicator.direction, latest.value.value, sameYear);
    lines.push(line("summary.rank", { city, year: yearArg(latest.year), position: num(rank.position), of: num(rank.of) }));
  }
  return lines;
}
