import { stackBlocks, wrapText } from "@/lib/charts/layout";
import type { ChartMark } from "./bar-chart";
import { ChartFrame } from "@/components/ui/chart-frame";
import { gridColour, halo, inkColour, ownColour, peerColour, targetColours } from "./chart-style";

export interface LineSeries {
  key: string;
  label: string;
  own: boolean;
  points: { year: number; value: number; text: string }[];
}

const width = 720;
const plotHeight = 296;
const left = 64;
const right = 210;
const top = 24;
const bottom = 40;
// Room inside the plot so that the first and last years' marks clear the axes.
const inset = 24;
const fontSize = 12;
const lineHeight = 15;
// The line names in the right margin: a marker, then the name wrapped to the rest of the margin.
const nameX = width - right + 12;
const nameWidth = right - 12 - 10 - 4;
// Peers' lines differ in dash and marker as well as in position, so they can be told apart
// without colour; their names stand at the end of each line.
const dashes = [undefined, "6 3", "2 3", "8 3 2 3"];
const markers = ["square", "triangle", "cross"] as const;

// Points carry a thin white edge, so that one drawn over a target's diamond or another point
// stays a shape of its own.
const edge = { stroke: "white", strokeWidth: 1.25 } as const;

function Marker({ kind, x, y, colour }: { kind: (typeof markers)[number] | "circle" | "target"; x: number; y: number; colour: string }) {
  switch (kind) {
    case "circle":
      return <circle cx={x} cy={y} r={4.5} fill={colour} {...edge} />;
    case "square":
      return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={colour} {...edge} />;
    case "triangle":
      return <polygon points={`${x},${y - 5} ${x + 4.5},${y + 3.5} ${x - 4.5},${y + 3.5}`} fill={colour} {...edge} />;
    case "cross":
      return <path d={`M${x - 4},${y - 4}L${x + 4},${y + 4}M${x - 4},${y + 4}L${x + 4},${y - 4}`} stroke={colour} strokeWidth={2} />;
    case "target":
      // A hollow diamond wider than any point: a point on the target sits inside it, both visible.
      return <polygon points={`${x},${y - 9} ${x + 9},${y} ${x},${y + 9} ${x - 9},${y}`} fill="white" stroke={colour} strokeWidth={2.5} />;
  }
}

/**
 * Values by year: the compared city as a thick line with round markers, peers as thin lines of
 * varying dash and marker, targets as hollow diamonds drawn beneath the points. Each line's name
 * stands in the right margin, wrapped onto as many lines as it needs (the chart grows to fit
 * them). Named by its text summary; the page sets the same values in a table.
 */
export function LineChart({
  labelledBy,
  years,
  max,
  ticks,
  series,
  targets,
}: {
  labelledBy: string;
  years: number[];
  max: number;
  ticks: ChartMark[];
  series: LineSeries[];
  targets: (ChartMark & { year: number })[];
}) {
  const plotWidth = width - left - right;
  const first = years[0] ?? 0;
  const span = (years[years.length - 1] ?? first) - first;
  const x = (year: number) => left + inset + (span === 0 ? (plotWidth - 2 * inset) / 2 : ((year - first) / span) * (plotWidth - 2 * inset));
  const y = (v: number) => top + plotHeight - (Math.max(0, Math.min(v, max)) / max) * plotHeight;
  // Peers without a figure draw nothing, so they take no dash or marker from those that do.
  const peers = series.filter((s) => !s.own && s.points.length > 0);
  // The compared city is drawn last, on top of its peers.
  const ordered = [...peers, ...series.filter((s) => s.own && s.points.length > 0)];
  // Each line is named in the right margin, level with its last point where the names leave room,
  // and marked with the line's own marker so that the name finds its line without colour.
  const names = ordered.map((s) => wrapText(s.label, nameWidth, fontSize, s.own));
  const heights = names.map((lines) => lines.length * lineHeight + 3);
  const nameTops = stackBlocks(
    ordered.map((s) => y(s.points[s.points.length - 1].value) - lineHeight / 2),
    heights,
    top - lineHeight / 2,
    top + plotHeight + lineHeight / 2,
  );
  const namesEnd = Math.max(top + plotHeight, ...nameTops.map((t, i) => t + heights[i]));
  const height = Math.max(top + plotHeight + bottom, namesEnd + 8);
  const axisY = top + plotHeight;
  const markerOf = (s: LineSeries) => (s.own ? "circle" : markers[peers.indexOf(s) % markers.length]);
  return (
    <ChartFrame minWidth="36rem">
    <svg role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl" fontSize={fontSize}>
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={left} x2={left + plotWidth} y1={y(tick.value)} y2={y(tick.value)} stroke={gridColour} />
          <text x={left - 6} y={y(tick.value) + 4} textAnchor="end" fill={inkColour}>
            {tick.label}
          </text>
        </g>
      ))}
      {years.map((year) => (
        <text key={year} x={x(year)} y={axisY + 26} textAnchor="middle" fill={inkColour}>
          {year}
        </text>
      ))}
      {/* Targets first: the lines and points are painted over them, so no point hides under a target. */}
      {targets.map((target) => (
        <g key={target.year}>
          <Marker kind="target" x={x(target.year)} y={y(target.value)} colour={targetColours[0]} />
          <text x={x(target.year)} y={y(target.value) - 13} textAnchor="middle" fill={targetColours[0]} fontWeight={600} {...halo}>
            {target.label}
          </text>
        </g>
      ))}
      {ordered.map((s) => {
        const index = peers.indexOf(s);
        return (
          <g key={s.key}>
            <title>{`${s.label}: ${s.points.map((p) => `${p.year} ${p.text}`).join(", ")}`}</title>
            {s.points.length > 1 && (
              <polyline
                points={s.points.map((p) => `${x(p.year)},${y(p.value)}`).join(" ")}
                fill="none"
                stroke={s.own ? ownColour : peerColour}
                strokeWidth={s.own ? 3 : 1.5}
                strokeDasharray={s.own ? undefined : dashes[index % dashes.length]}
              />
            )}
          </g>
        );
      })}
      {/* Markers over all the lines, the peers' smaller ones last, so a peer level with the city stays visible. */}
      {[...ordered].reverse().map((s) =>
        s.points.map((p) => <Marker key={`${s.key}-${p.year}`} kind={markerOf(s)} x={x(p.year)} y={y(p.value)} colour={s.own ? ownColour : peerColour} />),
      )}
      {ordered.map((s, i) => {
        const first = nameTops[i] + lineHeight / 2;
        return (
          <g key={s.key}>
            <title>{s.label}</title>
            <Marker kind={markerOf(s)} x={nameX} y={first} colour={s.own ? ownColour : peerColour} />
            <text y={first + 4} fill={inkColour} fontWeight={s.own ? 700 : 400}>
              {names[i].map((line, j) => (
                <tspan key={j} x={nameX + 10} dy={j === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </svg>
    </ChartFrame>
  );
}
