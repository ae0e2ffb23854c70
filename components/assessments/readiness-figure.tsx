import { getFormatter, getTranslations } from "next-intl/server";
import { wholePercentDown } from "@/lib/reports/figures";

/** A readiness score with how much of the scored checklist it rests on, both cut down to whole percentages (lib/reports/figures). */
export async function ReadinessFigure({ score, coverage }: { score: number | null; coverage: number | null }) {
  const [t, format] = await Promise.all([getTranslations("readiness"), getFormatter()]);
  const percent = (v: number) => format.number(wholePercentDown(v), { style: "percent", maximumFractionDigits: 0 });
  if (score === null) return <span className="text-slate-500">{t("noScore")}</span>;
  return (
    <span>
      <span className="font-semibold tabular-nums">{percent(score)}</span>
      {coverage !== null && coverage < 1 && <span className="ml-1 text-xs text-slate-600">{t("coverage", { coverage: percent(coverage) })}</span>}
    </span>
  );
}
