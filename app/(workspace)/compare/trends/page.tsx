import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { figureFormat, summaryText } from "@/components/compare/format";
import { LineChart, type LineSeries } from "@/components/compare/line-chart";
import { SelectionForm } from "@/components/compare/selection-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Source } from "@/components/ui/source";
import { rowClass, Table } from "@/components/ui/table";
import { definedBasis, isCountBasis } from "@/lib/compare/basis";
import { basisOf, type CityValue } from "@/lib/compare/compare";
import { axisMax, ticks } from "@/lib/compare/scale";
import { chartedPoints, trendSummary, type TrendSeries } from "@/lib/compare/trends";
import { selectionHref } from "@/lib/compare/url";
import { localized } from "@/lib/localized";
import { applicableTargets, unsetTargetYears } from "@/lib/readiness/target-scope";
import { trendsQuerySchema } from "@/lib/validation/compare";
import { requireActor } from "@/server/auth/current-actor";
import { loadTrends } from "@/server/compare/load-trends";
import { db } from "@/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trends"))("title") };
}

export default async function TrendsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = trendsQuerySchema.parse(await searchParams);
  const [t, tc, ta, format, locale, result] = await Promise.all([
    getTranslations("trends"),
    getTranslations("compare"),
    getTranslations("assessments"),
    getFormatter(),
    getLocale(),
    loadTrends(db(), actor, query),
  ]);
  const header = (back: string | null) => (
    <div>
      {back && (
        <Link href={back} className="text-sm text-brand-700 underline">
          {t("backToCompare")}
        </Link>
      )}
      <h1 className="mt-1 text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
    </div>
  );
  if (!result.ok) {
    return (
      <div className="space-y-6">
        {header("/compare")}
        <Card>
          <p>{result.reason === "forbidden" ? tc("forbidden") : tc("noFrameworks")}</p>
        </Card>
      </div>
    );
  }

  const view = result.value;
  const { own, peers, selection, indicator, ownSeries } = view;
  const back = selectionHref("/compare", selection);
  const options = view.indicators.map((i) => ({ code: i.code, label: `${i.code} ${localized(i, "label", locale)}` }));
  if (!indicator || !ownSeries) {
    return (
      <div className="space-y-6">
        {header(back)}
        <Card>
          <SelectionForm action="/compare/trends" view={view} indicators={{ options, value: "" }} find={query.find} />
        </Card>
        <Card>
          <p>{t("noIndicator")}</p>
        </Card>
      </div>
    );
  }

  const names = new Map([own, ...peers].map((c) => [c.id, localized(c, "name", locale) ?? ""]));
  const cityName = (id: string) => names.get(id) ?? "";
  const figures = figureFormat(format, tc, locale, indicator, view.levelScales);
  const label = `${indicator.code} ${localized(indicator, "label", locale)}`;
  const all: (TrendSeries & { own: boolean })[] = [{ ...ownSeries, own: true }, ...view.peerSeries.map((s) => ({ ...s, own: false }))];
  // The chart draws only figures measured as the indicator defines them, against the targets that
  // apply to the compared city; figures of another basis stay in the table, labelled.
  const targets = applicableTargets(indicator.targets, own.id);
  const unset = unsetTargetYears(indicator.targets, own.id);
  const max = axisMax(
    indicator.compared.type,
    [...all.flatMap((s) => chartedPoints(indicator.type, s).map((p) => p.value.value)), ...targets.map((x) => x.target.value)],
    indicator.compared.topLevel,
  );
  const lines: LineSeries[] = all.map((s) => ({
    key: s.cityId,
    label: s.own ? `${cityName(s.cityId)} ★` : cityName(s.cityId),
    own: s.own,
    points: chartedPoints(indicator.type, s).map((p) => ({ year: p.year, value: p.value.value, text: figures.short(p.value.value) })),
  }));
  const cell = (value: CityValue | undefined, own: boolean) => {
    if (!value) return <span className="text-slate-500">—</span>;
    const { origin } = value;
    const basis = basisOf(value, indicator.type);
    return (
      <div className="space-y-0.5">
        <span className="tabular-nums">{isCountBasis(basis) ? format.number(value.value) : figures.value(value.value)}</span>
        {basis !== definedBasis(indicator.type) && (
          <span className="block text-xs text-slate-600" data-testid="basis">
            {tc("basisLabel", { basis: tc(`basis.${basis ?? "defined"}`) })}
          </span>
        )}
        {origin.kind === "reference" ? (
          <Source label={tc("source")} title={origin.sourceTitle} url={origin.sourceUrl} className="text-xs" />
        ) : (
          own && origin.status !== "approved" && (
            <div>
              <Badge tone="amber">{ta(`status.${origin.status}`)}</Badge>
            </div>
          )
        )}
      </div>
    );
  };

  return (
    <div className="space-y-6">
      {header(back)}
      <Card>
        <SelectionForm action="/compare/trends" view={view} indicators={{ options, value: indicator.code }} find={query.find} />
      </Card>
      <Card>
        <article aria-labelledby="trend-heading" className="space-y-3" data-indicator={indicator.code}>
          <h2 id="trend-heading" className="text-lg font-semibold">
            {label}
          </h2>
          <p id="trend-summary" className="text-sm text-slate-800">
            {summaryText(trendSummary(indicator.compared, ownSeries, view.peerSeries, own.id), t, format, figures, { city: cityName })}
          </p>
          <p className="text-xs text-slate-600">{t("legend")}</p>
          <LineChart
            labelledBy="trend-summary"
            years={view.chartYears}
            max={max}
            ticks={ticks(max).map((v) => ({ value: v, label: figures.short(v) }))}
            series={lines}
            targets={targets.map(({ target: x }) => ({ year: x.year, value: x.value, label: figures.short(x.value) }))}
          />
          <Table
            caption={t("tableCaption", { indicator: label })}
            minWidth={`${12 + view.chartYears.length * 8}rem`}
            columns={[{ label: tc("columns.city") }, ...view.chartYears.map((year) => ({ label: String(year) }))]}
          >
            {all.map((s) => (
              <tr key={s.cityId} className={rowClass} data-city={s.cityId} data-own={s.own || undefined}>
                <th scope="row" className={s.own ? "py-2 pr-4 font-bold" : "py-2 pr-4 font-medium"}>
                  {cityName(s.cityId)}
                </th>
                {view.chartYears.map((year) => (
                  <td key={year} className="py-2 pr-4 align-top">
                    {cell(s.points.find((p) => p.year === year)?.value, s.own)}
                  </td>
                ))}
              </tr>
            ))}
            <tr className={rowClass}>
              <th scope="row" className="py-2 pr-4 font-medium">
                {t("targetRow")}
              </th>
              {view.chartYears.map((year) => {
                const applied = targets.find((x) => x.target.year === year);
                return (
                  <td key={year} className="py-2 pr-4 align-top" data-scope={applied ? (applied.scope.kind === "ownPlan" ? "own-plan" : "national") : unset.includes(year) ? "national-unset" : undefined}>
                    {applied ? (
                      <>
                        <span className="tabular-nums">{figures.value(applied.target.value)}</span>
                        <span className="block text-xs text-slate-600">
                          {applied.scope.kind === "ownPlan" ? tc("targetOwnPlan", { city: cityName(own.id) }) : tc("targetNational")}: {applied.target.sourceTitle}
                        </span>
                      </>
                    ) : unset.includes(year) ? (
                      <span className="text-slate-600">{tc("targetUnset", { year })}</span>
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                  </td>
                );
              })}
            </tr>
          </Table>
        </article>
      </Card>
    </div>
  );
}
