import { clip, gridColour, inkColour, ownColour, peerColour, targetColours } from "./chart-style";

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

const width = 720;
const labelWidth = 230;
const valueWidth = 120;
const barX = labelWidth + 8;
const barSpan = width - barX - valueWidth;
const rowHeight = 24;
const barHeight = 14;

/**
 * One indicator across cities as horizontal bars, with the targets as dashed vertical lines. The
 * figure is an image to assistive technology, named by the text summary (`labelledBy`); the same
 * figures are in the table the page sets beside it.
 */
export function BarChart({ id, labelledBy, rows, max, targets, ticks, noValue }: { id: string; labelledBy: string; rows: BarRow[]; max: number; targets: ChartMark[]; ticks: ChartMark[]; noValue: string }) {
  const top = 8 + targets.length * 16;
  const height = top + rows.length * rowHeight + 28;
  const x = (v: number) => barX + (Math.max(0, Math.min(v, max)) / max) * barSpan;
  const hatch = `${id}-hatch`;
  const hatchOwn = `${id}-hatch-own`;
  return (
    <svg role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl" fontSize={12}>
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
          <line x1={x(tick.value)} x2={x(tick.value)} y1={top - 4} y2={top + rows.length * rowHeight} stroke={gridColour} />
          <text x={x(tick.value)} y={height - 8} textAnchor="middle" fill={inkColour}>
            {tick.label}
          </text>
        </g>
      ))}
      {rows.map((row, i) => {
        const y = top + i * rowHeight;
        const fill = row.published ? `url(#${row.own ? hatchOwn : hatch})` : row.own ? ownColour : peerColour;
        return (
          <g key={row.key}>
            <title>{`${row.label}: ${row.value === null ? noValue : row.text}`}</title>
            <text x={labelWidth} y={y + rowHeight / 2 + 4} textAnchor="end" fill={inkColour} fontWeight={row.own ? 700 : 400}>
              {clip(row.label, 36)}
            </text>
            {row.value === null ? (
              <text x={barX} y={y + rowHeight / 2 + 4} fill={inkColour} fontStyle="italic">
                {noValue}
              </text>
            ) : (
              <>
                <rect
                  x={barX}
                  y={y + (rowHeight - barHeight) / 2}
                  width={Math.max(1, x(row.value) - barX)}
                  height={barHeight}
                  fill={fill}
                  stroke={row.own ? ownColour : inkColour}
                  strokeWidth={row.own ? 2 : 1}
                />
                <text x={x(row.value) + 6} y={y + rowHeight / 2 + 4} fill={inkColour} fontWeight={row.own ? 700 : 400}>
                  {row.text}
                </text>
              </>
            )}
          </g>
        );
      })}
      {targets.map((target, i) => {
        const colour = targetColours[i % targetColours.length];
        return (
          <g key={target.label}>
            <line x1={x(target.value)} x2={x(target.value)} y1={4 + i * 16 + 4} y2={top + rows.length * rowHeight} stroke={colour} strokeWidth={2} strokeDasharray={i === 0 ? "6 3" : "2 3"} />
            <text x={x(target.value) + 4} y={4 + i * 16 + 10} fill={colour} fontWeight={600}>
              {target.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
