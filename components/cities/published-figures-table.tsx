import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Source } from "@/components/ui/source";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import type { ReferenceValueView } from "@/server/reference-values/list-reference-values";

/**
 * Published figures, each always with its source: a rate as a percentage with the count behind
 * it, other figures in their unit. `actions` adds a last column (the administrators' buttons).
 */
export async function PublishedFiguresTable({ caption, values, actions }: { caption: string; values: ReferenceValueView[]; actions?: (value: ReferenceValueView) => ReactNode }) {
  const [t, format, locale] = await Promise.all([getTranslations("referenceData"), getFormatter(), getLocale()]);
  const figure = (value: ReferenceValueView) => {
    if (value.indicator?.type === "rate") return format.number(value.value, { style: "percent", maximumFractionDigits: 1 });
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
            <td className="py-2 pr-4 text-right tabular-nums">{value.count === null ? "–" : format.number(value.count)}</td>
            <td className="py-2 pr-4 last:pr-0">
              <Source label={t("columns.source")} title={value.sourceTitle} url={value.sourceUrl} />
              {note && <p className="mt-1 text-xs text-slate-600">{note}</p>}
            </td>
            {actions && <td className="py-2">{actions(value)}</td>}
          </tr>
        );
      })}
    </Table>
  );
}
