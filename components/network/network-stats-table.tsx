import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Source } from "@/components/ui/source";
import { rowClass, Table } from "@/components/ui/table";
import { localized } from "@/lib/localized";
import { formatAsOf } from "@/lib/network/as-of";
import type { NetworkStatRow } from "@/server/network/list-network-stats";

/** Every row of network figures with its source and note: what the growth chart draws, and more. */
export async function NetworkStatsTable({ stats }: { stats: NetworkStatRow[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("network"), getFormatter(), getLocale()]);
  const number = (value: number | null) => (value === null ? "–" : format.number(value));
  return (
    <Table
      caption={t("growth.tableCaption")}
      minWidth="48rem"
      columns={[
        { label: t("columns.asOf") },
        { label: t("columns.newMembers"), numeric: true },
        { label: t("columns.totalMembers"), numeric: true },
        { label: t("columns.countries"), numeric: true },
        { label: t("columns.citizensReached"), numeric: true },
        { label: t("columns.source") },
      ]}
    >
      {stats.map((stat) => {
        const note = localized(stat, "note", locale);
        return (
          <tr key={stat.id} className={rowClass} data-testid="network-stat-row">
            <th scope="row" className="py-2 pr-4 font-medium whitespace-nowrap">
              {stat.parsedAsOf ? formatAsOf(stat.parsedAsOf, locale) : stat.asOf}
            </th>
            <td className="py-2 pr-4 text-right tabular-nums">
              {stat.newMembers !== null && stat.newMemberCountries !== null
                ? t("newMembersFrom", { members: format.number(stat.newMembers), countries: format.number(stat.newMemberCountries) })
                : number(stat.newMembers)}
            </td>
            <td className="py-2 pr-4 text-right tabular-nums">{number(stat.totalMembers)}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{number(stat.countries)}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{number(stat.citizensReached)}</td>
            <td className="py-2">
              <Source label={t("columns.source")} title={stat.sourceTitle} url={stat.sourceUrl} />
              {note && <p className="mt-1 text-xs text-slate-600">{note}</p>}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
