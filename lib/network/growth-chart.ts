// Where the growth chart's lines and axis ticks go, in SVG units. Pure arithmetic so the
// drawing component only draws.

import type { GrowthPoint } from "./stats";

export interface ChartBox {
  width: number;
  height: number;
  /** Margins for the axis labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlottedPoint {
  point: GrowthPoint;
  x: number;
  members: number;
  countries: number;
}

export interface GrowthChart {
  points: PlottedPoint[];
  yTicks: { value: number; y: number }[];
  xTicks: { year: number; x: number }[];
}

/** A round step (1, 2 or 5 times a power of ten) for about `count` ticks up to `max`. */
export function niceStep(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].find((m) => m * power >= raw)! * power;
  return Math.max(1, step);
}

const yearStart = (year: number) => Date.UTC(year, 0, 1);

export function growthChart(points: readonly GrowthPoint[], box: ChartBox): GrowthChart {
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const times = points.map((p) => p.asOf.date.getTime());
  const [first, last] = [Math.min(...times), Math.max(...times)];
  // One point has no time span: put it in the middle.
  const x = (time: number) => box.left + (last > first ? ((time - first) / (last - first)) * plotWidth : plotWidth / 2);

  const max = Math.max(0, ...points.map((p) => Math.max(p.totalMembers, p.countries)));
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const y = (value: number) => box.top + plotHeight - (value / top) * plotHeight;

  const yTicks = Array.from({ length: top / step + 1 }, (_, i) => ({ value: i * step, y: y(i * step) }));
  const xTicks: GrowthChart["xTicks"] = [];
  if (points.length > 0) {
    const [firstYear, lastYear] = [new Date(first).getUTCFullYear(), new Date(last).getUTCFullYear()];
    // About ten labels at most, so they do not run into each other.
    const every = Math.max(1, Math.ceil((lastYear - firstYear) / 10));
    for (let year = firstYear; year <= lastYear; year += every) {
      const time = yearStart(year);
      if (time >= first && time <= last) xTicks.push({ year, x: x(time) });
    }
    if (xTicks.length === 0) xTicks.push({ year: firstYear, x: x(first) });
  }

  return {
    points: points.map((point) => ({ point, x: x(point.asOf.date.getTime()), members: y(point.totalMembers), countries: y(point.countries) })),
    yTicks,
    xTicks,
  };
}
