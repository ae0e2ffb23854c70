import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { IndicatorCard } from "@/components/compare/indicator-card";
import { IndicatorSummaryTable } from "@/components/compare/indicator-summary-table";
import { RadarChart, RadarLegend } from "@/components/compare/radar-chart";
import { SelectionForm } from "@/components/compare/selection-form";
import { summaryText } from "@/components/compare/format";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { areaSummary } from "@/lib/compare/summary";
import { selectionHref } from "@/lib/compare/url";
import { localized } from "@/lib/localized";
import { compareQuerySchema } from "@/lib/validation/compare";
import { requireActor } from "@/server/auth/current-actor";
import { loadComparison } from "@/server/compare/load-comparison";
import { db } from "@/server/db";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") };
}

// Up to this many peers, every indicator shows its chart and table at once.
const detailedPeerLimit = 10;
// A radar needs at least three spokes to be a shape.
const minRadarAxes = 3;

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = compareQuerySchema.parse(await searchParams);
  const [t, format, locale, result] = await Promise.all([getTranslations("compare"), getFormatter(), getLocale(), loadComparison(db(), actor, query)]);
  const header = (
    <PageHeader title={t("heading")} intro={t("intro")} />
  );
  if (!result.ok) {
    return (
      <div className="space-y-6">
        {header}
        <Card>
          <p>{result.reason === "forbidden" ? t("forbidden") : t("noFrameworks")}</p>
        </Card>
      </div>
    );
  }

  const view = result.value;
  const { own, peers, selection } = view;
  const names = new Map([own, ...peers].map((c) => [c.id, localized(c, "name", locale) ?? ""]));
  const cityName = (id: string) => names.get(id) ?? "";
  const sectionByPath = new Map(view.sections.map((s) => [s.path, s]));
  const areaName = (path: string) => {
    const section = sectionByPath.get(path);
    return section ? `${section.code} ${localized(section, "title", locale)}` : path;
  };
  const indicatorById = new Map(view.indicators.map((i) => [i.id, i]));
  const comparedById = new Map(view.compared.map((i) => [i.id, i]));
  const shown = view.comparisons.filter((c) => c.own || c.peersWithValue > 0 || c.peersOtherBasis > 0);
  const empty = view.comparisons.filter((c) => !shown.includes(c));
  const percent = (v: number | null) => (v === null ? "—" : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  const trendsHref = (code: string) => selectionHref("/compare/trends", { ...selection, year: undefined, indicator: code });
  // With many peers, a chart and a table per indicator would repeat every peer for each one: the
  // page opens with one line per indicator, and the charts of the one asked for (or all of them).
  const detailed = peers.length <= detailedPeerLimit || query.detail === "all";
  const cards = detailed ? shown : shown.filter((c) => indicatorById.get(c.indicatorId)?.code === query.detail);
  const detailHref = (code: string) => `${selectionHref("/compare", selection)}&detail=${encodeURIComponent(code)}${code === "all" ? "" : `#heading-${encodeURIComponent(code)}`}`;

  return (
    <div className="space-y-6">
      {header}
      <Card>
        <SelectionForm action="/compare" view={view} find={query.find} />
      </Card>

      <div className="space-y-2">
        <p className="font-medium" data-testid="comparing">
          {t("comparing", { city: cityName(own.id), count: peers.length, year: selection.year })}
        </p>
        {peers.length === 0 ? (
          <p className="text-slate-700">{t("noPeers")}</p>
        ) : (
          <p className="text-sm text-slate-700">{peers.map((p) => cityName(p.id)).join(", ")}</p>
        )}
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">{t("legend.heading")}</summary>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
            <li>{t("legend.own")}</li>
            <li>{t("legend.peer")}</li>
            <li>{t("legend.published")}</li>
            <li>{t("legend.targets")}</li>
            <li>{t("legend.basis")}</li>
          </ul>
        </details>
      </div>

      {/* Self-rated levels (the UNESCO key features) read best by area; rates have their own bars. */}
      {view.compared.some((i) => i.type === "level") && view.areas.length >= minRadarAxes && (
        <Card>
          <section aria-labelledby="areas-heading" className="space-y-3">
            <h2 id="areas-heading" className="text-lg font-semibold">
              {t("areas.heading")}
            </h2>
            <p className="text-sm text-slate-700">{t("areas.intro")}</p>
            <p id="areas-summary" className="text-sm text-slate-800">
              {summaryText(areaSummary(view.areas, own.id), t, format, null, { city: cityName, area: areaName })}
            </p>
            <div className="flex flex-wrap items-start gap-6">
              <RadarChart
                labelledBy="areas-summary"
                axes={view.areas.map((a) => sectionByPath.get(a.path)?.code ?? a.path)}
                series={[
                  { key: "peers", values: view.areas.map((a) => a.peerMedian), own: false },
                  { key: "own", values: view.areas.map((a) => a.own), own: true },
                ]}
                rings={[0.25, 0.5, 0.75, 1].map((v) => ({ value: v, label: percent(v) }))}
              />
              <RadarLegend own={cityName(own.id)} peers={t("areas.peerMedian")} />
            </div>
            <Table
              caption={t("areas.tableCaption")}
              minWidth="36rem"
              columns={[{ label: t("areas.area") }, { label: cityName(own.id), numeric: true }, { label: t("areas.peerMedian"), numeric: true }, { label: t("areas.peersWithScore"), numeric: true }]}
            >
              {view.areas.map((area) => (
                <tr key={area.path} className={rowClass}>
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {areaName(area.path)}
                  </th>
                  <td className="py-2 pr-4 text-right tabular-nums">{percent(area.own)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{percent(area.peerMedian)}</td>
                  <td className="py-2 text-right tabular-nums">
                    {area.peersWithScore}/{peers.length}
                  </td>
                </tr>
              ))}
            </Table>
          </section>
        </Card>
      )}

      {!detailed && (
        <Card>
          <section aria-labelledby="overview-heading" className="space-y-3">
            <h2 id="overview-heading" className="text-lg font-semibold">
              {t("overview.heading")}
            </h2>
            <p className="text-sm text-slate-700">{t("overview.intro", { peers: peers.length })}</p>
            <IndicatorSummaryTable comparisons={shown} indicators={indicatorById} levelScales={view.levelScales} peers={peers.length} detailHref={detailHref} openCode={query.detail} />
            <p className="text-sm">
              <Link href={detailHref("all")} className="text-brand-700 underline">
                {t("overview.openAll")}
              </Link>
            </p>
          </section>
        </Card>
      )}

      {cards.map((comparison) => {
        const indicator = indicatorById.get(comparison.indicatorId)!;
        return (
          <IndicatorCard
            key={comparison.indicatorId}
            comparison={comparison}
            indicator={indicator}
            compared={comparedById.get(comparison.indicatorId)!}
            cityName={cityName}
            ownCityId={own.id}
            levelScales={view.levelScales}
            year={selection.year}
            trendsHref={trendsHref(indicator.code)}
          />
        );
      })}

      {empty.length > 0 && (
        <Card>
          <h2 className="text-lg font-semibold">{t("noDataHeading", { year: selection.year })}</h2>
          <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
            {empty.map((comparison) => {
              const indicator = indicatorById.get(comparison.indicatorId)!;
              return (
                <li key={indicator.id}>
                  {indicator.code} {localized(indicator, "label", locale)}
                </li>
              );
            })}
          </ul>
        </Card>
      )}
    </div>
  );
}
