import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import type { AnswerField, Change, ShownValue } from "@/lib/history/describe-change";
import { localized } from "@/lib/localized";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { assessmentHistory, historyLimit, type HistoryEvent } from "@/server/history/assessment-history";
import { formatDateTime } from "@/lib/format/dates";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("title") };
}

const selectClass = "mt-1 block w-full max-w-md rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function HistoryPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // The filter form sends an empty value for "all indicators".
  const indicatorId = typeof query.indicator === "string" && query.indicator ? query.indicator : undefined;
  const result = await assessmentHistory(db(), actor, { assessmentId: id, indicatorId });
  if (!result.ok) notFound();
  const [t, tAll, format, locale] = await Promise.all([getTranslations("history"), getTranslations(), getFormatter(), getLocale()]);
  const { assessment, indicators, events, more } = result.value;

  const byId = new Map(indicators.map((i) => [i.id, i]));
  const indicatorName = (id: string) => {
    const indicator = byId.get(id);
    return indicator ? `${indicator.code} ${localized(indicator, "label", locale) ?? ""}` : t("unknownIndicator");
  };
  const statusName = (status: string | null) => (status && tAll.has(`assessments.status.${status}`) ? tAll(`assessments.status.${status}`) : (status ?? "—"));
  const actionText = (change: Change) => {
    const key = change.kind === "value" && change.firstAnswer ? "actions.response.first" : `actions.${change.action}`;
    return t.has(key) ? t(key) : t("otherAction", { action: change.action });
  };
  const valueText = (event: HistoryEvent, field: AnswerField, value: Exclude<ShownValue, null | string[]>) => {
    if (typeof value === "string") return value;
    if (field === "dataYear") return String(value);
    const type = event.indicatorId ? byId.get(event.indicatorId)?.type : undefined;
    if (field === "value" && type === "rate") return format.number(value, { style: "percent", maximumFractionDigits: 1 });
    if (field === "value" && type === "boolean") return tAll(value === 1 ? "checklist.yes" : "checklist.no");
    return format.number(value);
  };
  const shownValue = (event: HistoryEvent, field: AnswerField, value: ShownValue) => {
    if (value === null || (Array.isArray(value) && value.length === 0)) {
      return (
        <>
          <span aria-hidden>—</span>
          <span className="sr-only">{t("emptyValue")}</span>
        </>
      );
    }
    if (Array.isArray(value)) {
      return (
        <ul className="space-y-0.5">
          {value.map((link, i) => (
            <li key={i} className="break-all">
              {link}
            </li>
          ))}
        </ul>
      );
    }
    return <span className="whitespace-pre-wrap break-words">{valueText(event, field, value)}</span>;
  };

  const details = (event: HistoryEvent) => {
    const { change } = event;
    switch (change.kind) {
      case "value":
        if (change.fields.length === 0) return <p className="text-sm text-slate-600">{t("noFieldChanged")}</p>;
        return (
          <Table
            caption={t("changesCaption", { code: event.indicatorId ? (byId.get(event.indicatorId)?.code ?? "") : "" })}
            minWidth="24rem"
            columns={[{ label: t("columns.field") }, { label: t("columns.before") }, { label: t("columns.after") }]}
          >
            {change.fields.map((field) => (
              <tr key={field.field} className={rowClass}>
                <th scope="row" className="py-1.5 pr-4 align-top font-medium">
                  {t(`fields.${field.field}`)}
                </th>
                <td className="py-1.5 pr-4 align-top text-slate-700">{shownValue(event, field.field, field.before)}</td>
                <td className="py-1.5 align-top">{shownValue(event, field.field, field.after)}</td>
              </tr>
            ))}
          </Table>
        );
      case "status":
        return (
          <div className="space-y-1 text-sm">
            <p className="flex flex-wrap items-center gap-1.5">
              <span>{t("status")}:</span>
              <Badge>{statusName(change.from)}</Badge>
              <span aria-hidden>→</span>
              <span className="sr-only">{t("statusTo")}</span>
              <Badge tone="blue">{statusName(change.to)}</Badge>
            </p>
            {change.reason && (
              <p>
                {t("reason")}: <q className="whitespace-pre-wrap">{change.reason}</q>
              </p>
            )}
            {change.flags.length > 0 && (
              <div>
                <p>{t("flagged")}:</p>
                <ul className="ml-5 list-disc">
                  {change.flags.map((flag) => (
                    <li key={flag.indicatorId}>
                      <span className="font-medium">{indicatorName(flag.indicatorId)}</span>: {flag.comment}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        );
      case "evidence":
        return change.fileName ? (
          <p className="text-sm break-all">
            {change.size === null ? change.fileName : t("file", { name: change.fileName, size: format.number(change.size / 1024, { maximumFractionDigits: 1 }) })}
          </p>
        ) : null;
      case "comment":
        return change.body ? <blockquote className="border-l-4 border-slate-200 pl-3 text-sm whitespace-pre-wrap">{change.body}</blockquote> : null;
      case "other":
        return null;
    }
  };

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/assessments/${assessment.id}`} className="text-sm text-brand-700 underline">
          {t("backToChecklist")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">
          {t("context", { city: localized(assessment.city, "name", locale) ?? "", year: assessment.year, framework: `${localized(assessment.framework, "title", locale) ?? ""} · v${assessment.framework.version}` })}
        </p>
      </div>

      <Card>
        {/* Keyed by the filter: a client-side move to "all" must not keep the old choice on screen. */}
        <form key={indicatorId ?? "all"} method="get" className="flex flex-wrap items-end gap-3">
          <label className="min-w-64 flex-1 text-sm font-medium text-slate-800">
            {t("filter.label")}
            <select name="indicator" defaultValue={indicatorId ?? ""} className={selectClass}>
              <option value="">{t("filter.all")}</option>
              {indicators.map((indicator) => (
                <option key={indicator.id} value={indicator.id}>
                  {indicatorName(indicator.id)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            {t("filter.submit")}
          </button>
          {indicatorId && (
            <Link href={`/assessments/${assessment.id}/history`} className="self-center text-sm text-brand-700 hover:underline">
              {t("filter.clear")}
            </Link>
          )}
        </form>
      </Card>

      <Card>
        <h2 id="timeline-heading" className="text-lg font-semibold">
          {indicatorId ? indicatorName(indicatorId) : t("timeline")}
        </h2>
        {more && <p className="mt-1 text-sm text-slate-700">{t("truncated", { count: historyLimit })}</p>}
        {events.length === 0 ? (
          <p className="mt-2 text-slate-700" data-testid="history-empty">
            {indicatorId ? t("emptyIndicator") : t("empty")}
          </p>
        ) : (
          <ol className="mt-3 divide-y divide-slate-100" aria-labelledby="timeline-heading" data-testid="history-timeline">
            {events.map((event) => (
              <li key={event.id} className="space-y-2 py-3" data-testid="history-event" data-action={event.change.action}>
                <p className="text-sm">
                  <time dateTime={event.at.toISOString()} className="tabular-nums text-slate-600">
                    {formatDateTime(event.at)}
                  </time>{" "}
                  <span className="font-medium">{event.actorName ?? t("system")}</span> {actionText(event.change)}
                  {event.indicatorId && (
                    <>
                      {" · "}
                      <Link href={`/assessments/${assessment.id}#indicator-${byId.get(event.indicatorId)?.code ?? ""}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                        {indicatorName(event.indicatorId)}
                      </Link>
                    </>
                  )}
                </p>
                {event.change.kind === "value" && event.change.typedAt && (
                  <p className="text-xs text-slate-600" data-testid="typed-offline">
                    {t("typedOffline", { typed: formatDateTime(event.change.typedAt), received: formatDateTime(event.at) })}
                  </p>
                )}
                {details(event)}
              </li>
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}

