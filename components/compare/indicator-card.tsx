import Link from "next/link";
import { Fragment } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import type { LevelScales } from "@/lib/assessments/score-checklist";
import { definedBasis, isCountBasis, splitByBasis, type Basis } from "@/lib/compare/basis";
import { basisOf, type CityValue, type CompareIndicator, type IndicatorComparison } from "@/lib/compare/compare";
import { axisMax, ticks } from "@/lib/compare/scale";
import { indicatorSummary } from "@/lib/compare/summary";
import { localized } from "@/lib/localized";
import { meets, type Target } from "@/lib/readiness/score";
import { applicableTargets, type ScopedTarget } from "@/lib/readiness/target-scope";
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
  targets: (ScopedTarget & { sourceTitle: string })[];
}

type Row = { cityId: string; value: CityValue | null; own: boolean };

/**
 * One indicator of the comparison: the sentences, the bar chart they name, the figures and their
 * sources and bases in a table, the distance to the targets that apply to the compared city, and
 * its rank and percentile. Figures of another basis than the ranked one stay out of the chart and
 * are listed apart below the table, each group with the reason.
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
  // The targets the comparison holds are those that apply to the compared city; their source
  // and scope (national, or the city's own plan) come from the same rule.
  const applying = applicableTargets(indicator.targets, ownCityId);
  const scopeOf = (target: Target) => applying.find((a) => a.target.year === target.year);
  const basisName = (basis: Basis | null) => t(`basis.${basis ?? "defined"}`);
  const valueText = (value: CityValue) => (isCountBasis(value.basis) ? format.number(value.value) : figures.value(value.value));
  const ranked: Row[] = [{ cityId: ownCityId, value: comparison.own, own: true }, ...comparison.peers.filter((p) => p.ranked || !p.value).map((p) => ({ ...p, own: false }))];
  // The same split the ranking made (lib/compare), grouped by basis for the rows shown apart.
  const apartGroups = splitByBasis(
    comparison.rankedBasis,
    comparison.peers.flatMap((p) => (p.value ? [{ ...p, own: false, basis: basisOf(p.value, indicator.type) }] : [])),
  ).apart.map((group) => ({ basis: group.basis, rows: group.figures }));
  // Targets apply only to figures measured as the indicator defines them.
  const measured = (value: CityValue) => basisOf(value, indicator.type) === definedBasis(indicator.type);
  // A chart of counts (a compared city known only by registered models) draws no rate targets.
  const chartTargets = comparison.rankedBasis === definedBasis(indicator.type) ? targets : [];
  const countChart = isCountBasis(comparison.rankedBasis);
  const max = axisMax(
    countChart ? "count" : compared.type,
    [...ranked.flatMap((r) => (r.value ? [r.value.value] : [])), ...chartTargets.map((x) => x.value)],
    compared.topLevel,
  );
  const bars: BarRow[] = ranked.map((r) => ({
    key: r.cityId,
    label: r.own ? `${cityName(r.cityId)} ★` : cityName(r.cityId),
    value: r.value?.value ?? null,
    text: r.value ? valueText(r.value) : "",
    own: r.own,
    published: r.value?.origin.kind === "reference",
  }));
  const row = (r: Row) => (
    <tr key={r.cityId} className={rowClass} data-city={r.cityId} data-own={r.own || undefined}>
      <th scope="row" className={r.own ? "py-2 pr-4 font-bold" : "py-2 pr-4 font-medium"}>
        {cityName(r.cityId)}
        {r.own && <span className="block text-xs font-normal text-slate-600">{t("yours")}</span>}
      </th>
      <td className="py-2 pr-4 text-right tabular-nums">
        {r.value ? (
          <>
            {valueText(r.value)}
            {r.value.count !== null && indicator.type === "rate" && !isCountBasis(r.value.basis) && <span className="block text-xs text-slate-600">{format.number(r.value.count)}</span>}
            <span className="block text-xs text-slate-600" data-testid="basis">
              {t("basisLabel", { basis: basisName(basisOf(r.value, indicator.type)) })}
            </span>
          </>
        ) : (
          <span className="italic text-slate-600">{t("noValue")}</span>
        )}
      </td>
      {targets.map((target) => (
        <td key={target.year} className="py-2 pr-4 text-right tabular-nums">
          {r.value && measured(r.value) ? (
            <>
              {figures.distance(r.value.value - target.value, true)}{" "}
              <span className="text-xs text-slate-600">({meets(compared.direction, r.value.value, target.value) ? t("met") : t("short")})</span>
            </>
          ) : (
            "—"
          )}
        </td>
      ))}
      <td className="py-2">{r.value ? <FigureOrigin value={r.value} own={r.own} /> : null}</td>
    </tr>
  );

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
          {targets.map((target) => {
            const applied = scopeOf(target);
            return (
              <li key={target.year} data-scope={applied?.scope.kind === "ownPlan" ? "own-plan" : "national"}>
                <span className="font-medium">{t("target", { year: target.year, value: figures.value(target.value) })}</span>{" "}
                <span className="text-xs text-slate-600">
                  ({applied?.scope.kind === "ownPlan" ? t("targetOwnPlan", { city: cityName(ownCityId) }) : t("targetNational")}
                  {applied ? `: ${applied.target.sourceTitle}` : ""})
                </span>
              </li>
            );
          })}
          {comparison.unsetTargetYears.map((year) => (
            <li key={`unset-${year}`} className="font-medium" data-scope="national-unset">
              {t("targetUnset", { year })}
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
          targets={chartTargets.map((target) => ({ value: target.value, label: `${target.year}: ${figures.short(target.value)}` }))}
          ticks={ticks(max).map((v) => ({ value: v, label: countChart ? format.number(v) : figures.short(v) }))}
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
          {ranked.map(row)}
          {apartGroups.map((group) => (
            <Fragment key={group.basis ?? "defined"}>
              <tr data-basis-group={group.basis ?? "defined"}>
                <th scope="rowgroup" colSpan={3 + targets.length} className="bg-slate-50 px-2 py-2 text-left text-sm font-semibold">
                  {t("apartHeading", { basis: basisName(group.basis) })}
                  <span className="block text-xs font-normal text-slate-700">{t(`basisReason.${group.basis ?? "defined"}`)}</span>
                </th>
              </tr>
              {group.rows.map(row)}
            </Fragment>
          ))}
        </Table>
      </article>
    </Card>
  );
}
