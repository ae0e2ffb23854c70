import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import type { LevelScales } from "@/lib/assessments/score-checklist";
import type { CityValue, CompareIndicator, IndicatorComparison } from "@/lib/compare/compare";
import { axisMax, ticks } from "@/lib/compare/scale";
import { indicatorSummary } from "@/lib/compare/summary";
import { localized } from "@/lib/localized";
import { meets, type Target } from "@/lib/readiness/score";
import { BarChart, type BarRow } from "./bar-chart";
import { FigureOrigin } from "./figure-origin";
import { figureFormat, summaryText } from "./format";

interface ShownIndicator {
  code: string;
  labelVi: string;
  labelEn: string;
  type: string;
  unitVi: string | null;
  unitEn: string | null;
  levelScale: string | null;
  targets: (Target & { sourceTitle: string })[];
}

/**
 * One indicator of the comparison: the sentences, the bar chart they name, the figures and their
 * sources in a table, the distance to the targets, and the compared city's rank and percentile.
 */
export async function IndicatorCard({
  comparison,
  indicator,
  compared,
  cityName,
  ownCityId,
  levelScales,
  year,
  trendsHref,
}: {
  comparison: IndicatorComparison;
  indicator: ShownIndicator;
  compared: CompareIndicator;
  cityName: (id: string) => string;
  ownCityId: string;
  levelScales: LevelScales;
  year: number;
  trendsHref: string;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("compare"), getFormatter(), getLocale()]);
  const figures = figureFormat(format, t, locale, indicator, levelScales);
  const label = `${indicator.code} ${localized(indicator, "label", locale)}`;
  const summaryId = `summary-${indicator.code}`;
  const targets = [comparison.target, comparison.finalTarget].filter((target, i, all): target is Target => !!target && all.findIndex((x) => x?.year === target.year) === i);
  const sourceOf = (target: Target) => indicator.targets.find((x) => x.year === target.year)?.sourceTitle;
  const rows: { cityId: string; value: CityValue | null; own: boolean }[] = [
    { cityId: ownCityId, value: comparison.own, own: true },
    ...comparison.peers.map((p) => ({ ...p, own: false })),
  ];
  const max = axisMax(
    compared.type,
    [...rows.flatMap((r) => (r.value ? [r.value.value] : [])), ...targets.map((x) => x.value)],
    compared.topLevel,
  );
  const bars: BarRow[] = rows.map((r) => ({
    key: r.cityId,
    label: r.own ? `${cityName(r.cityId)} ★` : cityName(r.cityId),
    value: r.value?.value ?? null,
    text: r.value ? figures.short(r.value.value) : "",
    own: r.own,
    published: r.value?.origin.kind === "reference",
  }));

  return (
    <Card>
      <article aria-labelledby={`heading-${indicator.code}`} data-indicator={indicator.code} className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={`heading-${indicator.code}`} className="text-lg font-semibold">
            {label}
          </h2>
          <Link href={trendsHref} className="text-sm text-brand-700 underline">
            {t("trendsLink")}
          </Link>
        </div>
        <p id={summaryId} className="text-sm text-slate-800">
          {summaryText(indicatorSummary(compared, comparison, ownCityId), t, format, figures, { city: cityName })}
        </p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="targets">
          {targets.map((target) => (
            <li key={target.year}>
              <span className="font-medium">{t("target", { year: target.year, value: figures.value(target.value) })}</span>
              {sourceOf(target) && <span className="text-xs text-slate-600"> ({sourceOf(target)})</span>}
            </li>
          ))}
          <li className="font-medium">{comparison.rank ? t("rank", { position: comparison.rank.position, of: comparison.rank.of }) : t("noRank")}</li>
          {comparison.percentile !== null && <li>{t("percentile", { value: format.number(comparison.percentile, { maximumFractionDigits: 0 }) })}</li>}
        </ul>
        <BarChart
          id={`chart-${indicator.code}`}
          labelledBy={summaryId}
          rows={bars}
          max={max}
          targets={targets.map((target) => ({ value: target.value, label: `${target.year}: ${figures.short(target.value)}` }))}
          ticks={ticks(max).map((v) => ({ value: v, label: figures.short(v) }))}
          noValue={t("noValue")}
        />
        <Table
          caption={t("tableCaption", { indicator: label, year })}
          minWidth="44rem"
          columns={[
            { label: t("columns.city") },
            { label: t("columns.value"), numeric: true },
            ...targets.map((target) => ({ label: `${t("columns.toTarget", { year: target.year })} (${figures.value(target.value)})`, numeric: true })),
            { label: t("columns.origin") },
          ]}
        >
          {rows.map((row) => (
            <tr key={row.cityId} className={rowClass} data-city={row.cityId} data-own={row.own || undefined}>
              <th scope="row" className={row.own ? "py-2 pr-4 font-bold" : "py-2 pr-4 font-medium"}>
                {cityName(row.cityId)}
                {row.own && <span className="block text-xs font-normal text-slate-600">{t("yours")}</span>}
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">
                {row.value ? (
                  <>
                    {figures.value(row.value.value)}
                    {row.value.count !== null && indicator.type === "rate" && <span className="block text-xs text-slate-600">{format.number(row.value.count)}</span>}
                  </>
                ) : (
                  <span className="italic text-slate-600">{t("noValue")}</span>
                )}
              </td>
              {targets.map((target) => (
                <td key={target.year} className="py-2 pr-4 text-right tabular-nums">
                  {row.value ? (
                    <>
                      {figures.distance(row.value.value - target.value, true)}{" "}
                      <span className="text-xs text-slate-600">({meets(compared.direction, row.value.value, target.value) ? t("met") : t("short")})</span>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              ))}
              <td className="py-2">{row.value ? <FigureOrigin value={row.value} own={row.own} /> : null}</td>
            </tr>
          ))}
        </Table>
      </article>
    </Card>
  );
}
