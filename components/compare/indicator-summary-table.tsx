import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { rowClass, Table } from "@/components/ui/table";
import type { LevelScales } from "@/lib/assessments/score-checklist";
import type { IndicatorComparison } from "@/lib/compare/compare";
import { localized } from "@/lib/localized";
import { figureFormat, type DisplayedIndicator } from "./format";

type SummaryIndicator = DisplayedIndicator & { id: string; code: string; labelVi: string; labelEn: string };

/**
 * Every compared indicator on one line (the compared city's figure, the peers' median, its rank)
 * for a comparison with many peers, where a chart per indicator would repeat every peer dozens
 * of times. Each line opens that indicator's chart and table (`detailHref`).
 */
export async function IndicatorSummaryTable({
  comparisons,
  indicators,
  levelScales,
  peers,
  detailHref,
  openCode,
}: {
  comparisons: IndicatorComparison[];
  indicators: Map<string, SummaryIndicator>;
  levelScales: LevelScales;
  peers: number;
  detailHref: (code: string) => string;
  openCode?: string;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("compare"), getFormatter(), getLocale()]);
  return (
    <Table
      caption={t("overview.caption", { peers })}
      minWidth="48rem"
      columns={[
        { label: t("overview.indicator") },
        { label: t("overview.own"), numeric: true },
        { label: t("overview.median"), numeric: true },
        { label: t("overview.rank"), numeric: true },
        { label: t("overview.withFigure"), numeric: true },
        { label: t("overview.details") },
      ]}
    >
      {comparisons.map((c) => {
        const indicator = indicators.get(c.indicatorId)!;
        const figures = figureFormat(format, t, locale, indicator, levelScales);
        const open = indicator.code === openCode;
        return (
          <tr key={c.indicatorId} className={rowClass} data-testid="overview-row" data-indicator-row={indicator.code}>
            <th scope="row" className="py-2 pr-4 font-medium">
              {indicator.code} {localized(indicator, "label", locale)}
            </th>
            <td className="py-2 pr-4 text-right tabular-nums">{c.own ? figures.value(c.own.value) : <span className="italic text-slate-600">{t("noValue")}</span>}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{c.peerMedian === null ? "—" : figures.value(c.peerMedian)}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{c.rank ? t("overview.rankValue", { position: c.rank.position, of: c.rank.of }) : "—"}</td>
            <td className="py-2 pr-4 text-right tabular-nums">
              {c.peersWithValue}/{peers}
            </td>
            <td className="py-2">
              {open ? (
                <span aria-current="true" className="text-slate-700">
                  {t("overview.shown")}
                </span>
              ) : (
                <Link href={detailHref(indicator.code)} className="text-brand-700 underline">
                  {t("overview.open", { indicator: indicator.code })}
                </Link>
              )}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
