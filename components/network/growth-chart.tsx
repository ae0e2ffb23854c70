import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChartFrame } from "@/components/ui/chart-frame";
import { formatAsOf } from "@/lib/network/as-of";
import { growthChart } from "@/lib/network/growth-chart";
import type { GrowthPoint } from "@/lib/network/stats";

const box = { width: 640, height: 280, left: 48, right: 16, top: 12, bottom: 28 };

/**
 * Members and countries over time as two lines. The picture is one image for screen readers,
 * named by the sentence under it; the table beside it carries every figure.
 */
export async function GrowthChart({ series }: { series: GrowthPoint[] }) {
  if (series.length === 0) return null;
  const [t, format, locale] = await Promise.all([getTranslations("network.growth"), getFormatter(), getLocale()]);
  const chart = growthChart(series, box);
  const [first, last] = [series[0], series[series.length - 1]];
  const date = (point: GrowthPoint) => formatAsOf(point.asOf, locale);
  const summary = t("summary", {
    firstMembers: format.number(first.totalMembers),
    firstCountries: format.number(first.countries),
    firstDate: date(first),
    lastMembers: format.number(last.totalMembers),
    lastCountries: format.number(last.countries),
    lastDate: date(last),
  });
  const line = (key: "members" | "countries") => chart.points.map((p) => `${p.x},${p[key]}`).join(" ");
  const lines = [
    { key: "members", label: t("members"), stroke: "stroke-brand-700", fill: "fill-brand-700", swatch: "bg-brand-700", dash: undefined },
    { key: "countries", label: t("countries"), stroke: "stroke-amber-600", fill: "fill-amber-600", swatch: "bg-amber-600", dash: "6 4" },
  ] as const;

  return (
    <figure className="space-y-2">
      <ChartFrame minWidth="32rem">
      <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-labelledby="growth-summary" className="h-auto w-full max-w-3xl">
        {chart.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={box.left} x2={box.width - box.right} y1={tick.y} y2={tick.y} className="stroke-slate-200" />
            <text x={box.left - 6} y={tick.y} dy="0.32em" textAnchor="end" className="fill-slate-600 text-[11px]">
              {format.number(tick.value)}
            </text>
          </g>
        ))}
        {chart.xTicks.map((tick) => (
          <text key={tick.year} x={tick.x} y={box.height - 8} textAnchor="middle" className="fill-slate-600 text-[11px]">
            {tick.year}
          </text>
        ))}
        {lines.map((l) => (
          <g key={l.key}>
            <polyline points={line(l.key)} fill="none" strokeWidth={2.5} strokeDasharray={l.dash} className={l.stroke} />
            {chart.points.map((p) => (
              <circle key={p.point.asOf.text} cx={p.x} cy={p[l.key]} r={4} className={l.fill} />
            ))}
          </g>
        ))}
      </svg>
      </ChartFrame>
      <figcaption className="space-y-1 text-sm">
        <ul className="flex flex-wrap gap-4" aria-hidden="true">
          {lines.map((l) => (
            <li key={l.key} className="flex items-center gap-2">
              <span className={`inline-block h-1 w-6 ${l.swatch}`} />
              {l.label}
            </li>
          ))}
        </ul>
        <p id="growth-summary" className="text-slate-700">
          {summary}
        </p>
      </figcaption>
    </figure>
  );
}
