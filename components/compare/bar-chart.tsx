import { placeBarLabel, textWidth, wrapText } from "@/lib/charts/layout";
import { ChartFrame } from "@/components/ui/chart-frame";
import { gridColour, halo, inkColour, ownColour, peerColour, targetColours } from "./chart-style";

export interface BarRow {
  key: string;
  label: string;
  /** Null: no figure, shown as such rather than as a zero-length bar. */
  value: number | null;
  text: string;
  own: boolean;
  /** A published figure (striped) rather than an assessed one. */
  published: boolean;
}

export interface ChartMark {
  value: number;
  label: string;
}

const width = 640;
const fontSize = 13;
const lineHeight = 16;
const labelWidth = 200;
const barX = labelWidth + 10;
const minRowHeight = 28;
const barHeight = 14;
const gap = 6;
const targetRow = 18;

/**
 * One indicator across cities as horizontal bars, with the targets as dashed vertical lines. A
 * city's name wraps onto as many lines as it needs (the row grows), and each value stands where
 * no target line runs through it (lib/charts/layout). The figure is an image to assistive
 * technology, named by the text summary (`labelledBy`); the same figures are in the table the
 * page sets beside it.
 */
export function BarChart({ id, labelledBy, rows, max, targets, ticks, noValue }: { id: string; labelledBy: string; rows: BarRow[]; max: number; targets: ChartMark[]; ticks: ChartMark[]; noValue: string }) {
  // Room right of the axis for the widest value, so a value pushed past the last target still fits.
  const valueRoom = Math.max(48, ...rows.map((r) => textWidth(r.text, fontSize, r.own))) + 2 * gap;
  const barSpan = width - barX - valueRoom;
  const x = (v: number) => barX + (Math.max(0, Math.min(v, max)) / max) * barSpan;
  const targetX = targets.map((target) => x(target.value));
  const top = 8 + targets.length * targetRow;
  const laidOut = rows.reduce<{ row: BarRow; lines: string[]; y: number; height: number }[]>((acc, row) => {
    const lines = wrapText(row.label, labelWidth, fontSize, row.own);
    const height = Math.max(minRowHeight, lines.length * lineHeight + 10);
    const previous = acc[acc.length - 1];
    return [...acc, { row, lines, y: previous ? previous.y + previous.height : top, height }];
  }, []);
  const bottom = laidOut.length ? laidOut[laidOut.length - 1].y + laidOut[laidOut.length - 1].height : top;
  const height = bottom + 28;
  const hatch = `${id}-hatch`;
  const hatchOwn = `${id}-hatch-own`;
  return (
    <ChartFrame minWidth="34rem">
      <svg role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-2xl" fontSize={fontSize}>
        <defs>
          {[
            [hatch, peerColour],
            [hatchOwn, ownColour],
          ].map(([patternId, colour]) => (
            <pattern key={patternId} id={patternId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width={6} height={6} fill="white" />
              <line x1={0} y1={0} x2={0} y2={6} stroke={colour} strokeWidth={3} />
            </pattern>
          ))}
        </defs>
        {ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={x(tick.value)} x2={x(tick.value)} y1={top - 4} y2={bottom} stroke={gridColour} />
            <text x={x(tick.value)} y={height - 8} textAnchor="middle" fill={inkColour}>
              {tick.label}
            </text>
          </g>
        ))}
        {/* Target lines under the bars and their values, which are placed clear of them. */}
        {targets.map((target, i) => {
          const colour = targetColours[i % targetColours.length];
          const labelY = 4 + i * targetRow + 12;
          // A label that would run past the right edge stands left of its line instead.
          const fitsRight = targetX[i] + 4 + textWidth(target.label, fontSize, true) <= width;
          return (
            <g key={target.label}>
              <line x1={targetX[i]} x2={targetX[i]} y1={4 + i * targetRow + 4} y2={bottom} stroke={colour} strokeWidth={2} strokeDasharray={i === 0 ? "6 3" : "2 3"} />
              <text x={fitsRight ? targetX[i] + 4 : targetX[i] - 4} y={labelY} textAnchor={fitsRight ? "start" : "end"} fill={colour} fontWeight={600} {...halo}>
                {target.label}
              </text>
            </g>
          );
        })}
        {laidOut.map(({ row, lines, y, height: rowHeight }) => {
          const middle = y + rowHeight / 2;
          const fill = row.published ? `url(#${row.own ? hatchOwn : hatch})` : row.own ? ownColour : peerColour;
          const end = row.value === null ? barX : Math.max(barX + 1, x(row.value));
          const place = placeBarLabel({ end, width: textWidth(row.text, fontSize, row.own), gap, lines: targetX, min: barX, max: width });
          // The value stands inside the bar only when nothing else fits: white on the solid bar, on a halo over stripes.
          const inside = place.anchor === "end";
          return (
            <g key={row.key} data-row={row.key}>
              <title>{`${row.label}: ${row.value === null ? noValue : row.text}`}</title>
              <text y={middle - ((lines.length - 1) * lineHeight) / 2 + 4} textAnchor="end" fill={inkColour} fontWeight={row.own ? 700 : 400}>
                {lines.map((line, i) => (
                  <tspan key={i} x={labelWidth} dy={i === 0 ? 0 : lineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
              {row.value === null ? (
                <text x={barX} y={middle + 4} fill={inkColour} fontStyle="italic">
                  {noValue}
                </text>
              ) : (
                <>
                  <rect
                    x={barX}
                    y={middle - barHeight / 2}
                    width={end - barX}
                    height={barHeight}
                    fill={fill}
                    stroke={row.own ? ownColour : inkColour}
                    strokeWidth={row.own ? 2 : 1}
                  />
                  <text
                    x={place.x}
                    y={middle + 4}
                    textAnchor={place.anchor}
                    fill={inside && !row.published ? "white" : inkColour}
                    fontWeight={row.own ? 700 : 400}
                    {...(inside && !row.published ? {} : halo)}
                  >
                    {row.text}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
