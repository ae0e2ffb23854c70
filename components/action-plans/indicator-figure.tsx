import { useFormatter, useLocale, useTranslations } from "next-intl";
import { meetsTarget } from "@/lib/action-plans/indicator-link";
import { localized } from "@/lib/localized";
import type { PlanItemView } from "@/server/action-plans/plan-view";

/** A linked indicator: the city's latest figure (with its year) beside the target (with its year). */
export function IndicatorFigure({ item }: { item: Pick<PlanItemView, "indicator" | "indicatorCode" | "frameworkCode" | "targetValue" | "targetYear"> }) {
  const t = useTranslations("actionPlans.indicator");
  const format = useFormatter();
  const locale = useLocale();
  if (!item.indicatorCode) return null;
  const indicator = item.indicator;
  const show = (value: number) =>
    indicator?.type === "rate" ? format.number(value, { style: "percent", maximumFractionDigits: 1 }) : format.number(value, { maximumFractionDigits: 2 });
  const figure = indicator?.figure ?? null;
  const reached = figure && item.targetValue !== null && indicator ? meetsTarget(figure.value, item.targetValue, indicator.direction) : null;
  return (
    <div className="text-sm" data-testid="indicator-figure">
      <p className="font-medium">{indicator ? `${localized(indicator, "label", locale)} (${item.indicatorCode})` : `${item.frameworkCode} / ${item.indicatorCode}`}</p>
      <p>
        {figure ? t("latest", { value: show(figure.value), year: figure.year }) : t("noFigure")}
        {figure && !figure.approved && <span className="text-slate-600"> {t("notApproved")}</span>}
        {item.targetValue !== null && (
          <>
            {" · "}
            {item.targetYear ? t("targetBy", { value: show(item.targetValue), year: item.targetYear }) : t("target", { value: show(item.targetValue) })}
          </>
        )}
        {reached !== null && <span className={reached ? "text-emerald-800" : "text-amber-900"}> · {reached ? t("reached") : t("notReached")}</span>}
      </p>
    </div>
  );
}
