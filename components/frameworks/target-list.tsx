import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/localized";
import { unsetTargetYears } from "@/lib/readiness/target-scope";

interface Target {
  year: number;
  value: number;
  sourceTitle: string;
  cityId?: string | null;
  /** The city whose own plan sets the target; absent or null for a national target. */
  city?: { nameVi: string; nameEn: string } | null;
}

/**
 * A rate's targets as percentages, other targets as plain numbers, each with its source and its
 * scope: a city's own plan is labelled as that city's, and a year only such a plan sets reads as
 * having no national target yet.
 */
export async function TargetList({ type, targets, unit }: { type: string; targets: Target[]; unit: string | null }) {
  const [t, format, locale] = await Promise.all([getTranslations("frameworks"), getFormatter(), getLocale()]);
  if (targets.length === 0) return <span className="text-slate-500">{t("noTargets")}</span>;
  const value = (v: number) =>
    type === "rate" ? format.number(v, { style: "percent", maximumFractionDigits: 1 }) : `${format.number(v)}${unit ? ` ${unit}` : ""}`;
  const unset = unsetTargetYears(targets, null);
  return (
    <ul className="space-y-0.5">
      {targets.map((target) => (
        <li key={`${target.year}-${target.cityId ?? ""}`} data-scope={target.cityId ? "own-plan" : "national"}>
          <span className="font-medium tabular-nums">{t("targetInYear", { year: target.year, value: value(target.value) })}</span>{" "}
          {target.city && <span className="text-xs font-medium text-slate-700">{t("ownPlan", { city: localized(target.city, "name", locale) ?? "" })} </span>}
          <span className="text-xs text-slate-600">({target.sourceTitle})</span>
        </li>
      ))}
      {unset.map((year) => (
        <li key={`unset-${year}`} data-scope="national-unset" className="text-slate-600">
          {t("nationalUnset", { year })}
        </li>
      ))}
    </ul>
  );
}
