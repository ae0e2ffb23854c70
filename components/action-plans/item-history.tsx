import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { changedFields, type ShownValue } from "@/lib/action-plans/item-history";
import { isItemStatus } from "@/lib/action-plans/vocabulary";
import type { PlanItemPage } from "@/server/action-plans/get-plan-item";
import { formatDateTime } from "@/lib/format/dates";

/** Every recorded change to a goal or task: who, when, and each field before and after, in words. */
export async function ItemHistory({ page }: { page: PlanItemPage }) {
  const t = await getTranslations("actionPlans");
  const when = (at: Date) => formatDateTime(at);
  const codeOf = new Map(page.items.map((i) => [i.id, i.code]));
  const statusLabel = (s: unknown) => (typeof s === "string" && isItemStatus(s) ? t(`itemStatus.${s}`) : "—");
  const showValue = (field: string, value: ShownValue) => {
    if (value === null || (Array.isArray(value) && value.length === 0)) return "—";
    if (field === "status") return statusLabel(value);
    if (field === "kind" && (value === "goal" || value === "task")) return t(`kind.${value}`);
    if (field === "ownerId" && typeof value === "string") return page.people[value] ?? value;
    if (field === "parentId" && typeof value === "string") return codeOf.get(value) ?? "—";
    if (field === "progress" && typeof value === "number") return t("percent", { value });
    return Array.isArray(value) ? value.join("; ") : String(value);
  };
  const fieldLabel = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);

  return (
    <Card>
      <h2 className="text-lg font-semibold">{t("history")}</h2>
      {page.history.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("noHistory")}</p>
      ) : (
        <Table caption={t("history")} minWidth="40rem" columns={[{ label: t("columns.when") }, { label: t("columns.who") }, { label: t("columns.change") }]}>
          {page.history.map((event) => (
            <tr key={event.id} className={rowClass} data-testid="history-event">
              <td className="py-2 pr-4 align-top whitespace-nowrap">
                <time dateTime={event.at.toISOString()}>{when(event.at)}</time>
              </td>
              <td className="py-2 pr-4 align-top">{event.actorName ?? t("someone")}</td>
              <td className="py-2 align-top">
                <p className="font-medium">{t.has(`actions.${event.action}`) ? t(`actions.${event.action}`) : event.action}</p>
                {event.action === "planItem.update" && (
                  <ul className="text-sm">
                    {changedFields(event.before, event.after).map((change) => (
                      <li key={change.field}>
                        {fieldLabel(change.field)}: {showValue(change.field, change.before)} → {showValue(change.field, change.after)}
                      </li>
                    ))}
                  </ul>
                )}
                {event.action === "planItem.progress" && (
                  <p className="text-sm">
                    {statusLabel(event.before?.status)} → {statusLabel(event.after?.status)} · {showValue("progress", typeof event.before?.progress === "number" ? event.before.progress : null)} →{" "}
                    {showValue("progress", typeof event.after?.progress === "number" ? event.after.progress : null)}
                  </p>
                )}
                {event.action === "planItem.file" && typeof event.after?.fileName === "string" && <p className="text-sm">{event.after.fileName}</p>}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
