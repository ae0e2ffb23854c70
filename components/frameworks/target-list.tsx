import { getFormatter, getTranslations } from "next-intl/server";

interface Target {
  year: number;
  value: number;
  sourceTitle: string;
}

/** A rate's targets as percentages, other targets as plain numbers, each with its source. */
export async function TargetList({ type, targets, unit }: { type: string; targets: Target[]; unit: string | null }) {
  const [t, format] = await Promise.all([getTranslations("frameworks"), getFormatter()]);
  if (targets.length === 0) return <span className="text-slate-500">{t("noTargets")}</span>;
  const value = (v: number) =>
    type === "rate" ? format.number(v, { style: "percent", maximumFractionDigits: 1 }) : `${format.number(v)}${unit ? ` ${unit}` : ""}`;
  return (
    <ul className="space-y-0.5">
      {targets.map((target) => (
        <li key={target.year}>
          <span className="font-medium tabular-nums">{t("targetInYear", { year: target.year, value: value(target.value) })}</span>{" "}
          <span className="text-xs text-slate-600">({target.sourceTitle})</span>
        </li>
      ))}
    </ul>
  );
}
