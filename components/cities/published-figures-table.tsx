import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Source } from "@/components/ui/source";
import { rowClass, Table } from "@/components/ui/table";
import { publishedDate } from "@/components/compare/format";
import { isCountBasis, readBasis } from "@/lib/compare/basis";
import { localized } from "@/lib/localized";
import type { ReferenceValueView } from "@/server/reference-values/list-reference-values";

/**
 * Published figures, each always with its source, its dates and its basis (a share of the total,
 * of those registered, or a count): a rate as a percentage with the count behind it, a count
 * basis and other figures as numbers in their unit. `actions` adds a last column (the
 * administrators' buttons).
 */
export async function PublishedFiguresTable({ caption, values, actions }: { caption: string; values: ReferenceValueView[]; actions?: (value: ReferenceValueView) => ReactNode }) {
  const [t, tc, format, locale] = await Promise.all([getTranslations("referenceData"), getTranslations("compare"), getFormatter(), getLocale()]);
  const basisOf = (value: ReferenceValueView) => readBasis(value.basis, value.indicator?.type ?? "");
  const figure = (value: ReferenceValueView) => {
    if (value.indicator?.type === "rate" && !isCountBasis(basisOf(value))) return format.number(value.value, { style: "percent", maximumFractionDigits: 1 });
    const unit = value.indicator && localized(value.indicator, "unit", locale);
    return `${format.number(value.value)}${unit ? ` ${unit}` : ""}`;
  };
  return (
    <Table
      caption={caption}
      minWidth="44rem"
      columns={[
        { label: t("columns.indicator") },
        { label: t("columns.year"), numeric: true },
        { label: t("columns.value"), numeric: true },
        { label: t("columns.count"), numeric: true },
        { label: t("columns.basis") },
        { label: t("columns.source") },
        ...(actions ? [{ label: t("columns.actions") }] : []),
      ]}
    >
      {values.map((value) => {
        const note = localized(value, "note", locale);
        return (
          <tr key={value.id} className={rowClass} data-testid="published-figure">
            <th scope="row" className="py-2 pr-4 font-medium">
              {value.indicator ? localized(value.indicator, "label", locale) : value.indicatorCode}
              <div className="text-xs font-normal text-slate-600">
                {value.framework ? localized(value.framework, "title", locale) : value.frameworkCode} · {value.indicatorCode}
              </div>
            </th>
            <td className="py-2 pr-4 text-right tabular-nums">{value.year}</td>
            <td className="py-2 pr-4 text-right font-semibold tabular-nums">{figure(value)}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{value.count === null || isCountBasis(basisOf(value)) ? "–" : format.number(value.count)}</td>
            <td className="py-2 pr-4 text-sm" data-testid="basis">
              {tc(`basis.${basisOf(value) ?? "defined"}`)}
            </td>
            <td className="py-2 pr-4 last:pr-0">
              <Source label={t("columns.source")} title={value.sourceTitle} url={value.sourceUrl} />
              {(value.asOf || value.publishedOn) && (
                <p className="text-xs text-slate-600">
                  {[value.asOf && tc("asOf", { date: publishedDate(locale, value.asOf) }), value.publishedOn && tc("publishedOn", { date: publishedDate(locale, value.publishedOn) })].filter(Boolean).join("; ")}
                </p>
              )}
              {note && <p className="mt-1 text-xs text-slate-600">{note}</p>}
            </td>
            {actions && <td className="py-2">{actions(value)}</td>}
          </tr>
        );
      })}
    </Table>
  );
}
