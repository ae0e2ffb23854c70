import type { ChartMark } from "./bar-chart";
import { gridColour, inkColour, ownColour, peerColour } from "./chart-style";

export interface RadarSeries {
  key: string;
  /** Scores 0..1 by axis; null where there is no figure (drawn at the centre, without a marker). */
  values: (number | null)[];
  own: boolean;
}

const size = 440;
const centre = size / 2;
const radius = 150;

/**
 * Scores by area on spokes from the centre: the compared city as a filled shape with round
 * markers, the peers' median as a dashed outline with square markers. Named by its text summary;
 * the page sets the same scores in a table.
 */
export function RadarChart({ labelledBy, axes, series, rings }: { labelledBy: string; axes: string[]; series: RadarSeries[]; rings: ChartMark[] }) {
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
  const point = (i: number, r: number) => [centre + r * Math.cos(angle(i)), centre + r * Math.sin(angle(i))] as const;
  const spoke = (i: number, score: number | null) => point(i, radius * Math.max(0, Math.min(1, score ?? 0)));
  return (
    <svg role="img" aria-labelledby={labelledBy} viewBox={`0 0 ${size} ${size}`} className="h-auto w-full max-w-md" fontSize={12}>
      {rings.map((ring) => (
        <g key={ring.value}>
          <polygon points={axes.map((_, i) => point(i, radius * ring.value).join(",")).join(" ")} fill="none" stroke={gridColour} />
          <text x={centre + 3} y={centre - radius * ring.value - 2} fill={inkColour} fontSize={10}>
            {ring.label}
          </text>
        </g>
      ))}
      {axes.map((label, i) => {
        const [x, y] = point(i, radius);
        const [lx, ly] = point(i, radius + 20);
        const anchor = Math.abs(lx - centre) < 4 ? "middle" : lx > centre ? "start" : "end";
        return (
          <g key={label}>
            <line x1={centre} y1={centre} x2={x} y2={y} stroke={gridColour} />
            <text x={lx} y={ly + 4} textAnchor={anchor} fill={inkColour} fontWeight={600}>
              {label}
            </text>
          </g>
        );
      })}
      {series.map((s) => {
        const colour = s.own ? ownColour : peerColour;
        return (
          <g key={s.key}>
            <polygon
              points={s.values.map((v, i) => spoke(i, v).join(",")).join(" ")}
              fill={s.own ? ownColour : "none"}
              fillOpacity={s.own ? 0.15 : 0}
              stroke={colour}
              strokeWidth={s.own ? 2.5 : 2}
              strokeDasharray={s.own ? undefined : "6 4"}
            />
            {s.values.map((v, i) => {
              if (v === null) return null;
              const [x, y] = spoke(i, v);
              return s.own ? <circle key={i} cx={x} cy={y} r={4} fill={colour} /> : <rect key={i} x={x - 3.5} y={y - 3.5} width={7} height={7} fill={colour} />;
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** The radar's key, as text beside it: the swatches repeat the chart's line, dash and marker. */
export function RadarLegend({ own, peers }: { own: string; peers: string }) {
  return (
    <ul className="space-y-1 text-sm">
      <li className="flex items-center gap-2">
        <svg aria-hidden width={28} height={10}>
          <line x1={0} y1={5} x2={28} y2={5} stroke={ownColour} strokeWidth={2.5} />
          <circle cx={14} cy={5} r={4} fill={ownColour} />
        </svg>
        <span className="font-bold">{own}</span>
      </li>
      <li className="flex items-center gap-2">
        <svg aria-hidden width={28} height={10}>
          <line x1={0} y1={5} x2={28} y2={5} stroke={peerColour} strokeWidth={2} strokeDasharray="6 4" />
          <rect x={10.5} y={1.5} width={7} height={7} fill={peerColour} />
        </svg>
        {peers}
      </li>
    </ul>
  );
}
