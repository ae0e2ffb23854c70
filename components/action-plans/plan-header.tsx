import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Source } from "@/components/ui/source";
import { webLink } from "@/lib/format/web-link";
import { localized } from "@/lib/localized";
import type { PlanView } from "@/server/action-plans/get-plan";
import { CalendarDay } from "./calendar-day";
import { PlanStatusBadge } from "./status-badges";

/** A plan's title, city and period, its legal basis and source, description, and links to its other views. */
export async function PlanHeader({ plan }: { plan: PlanView }) {
  const [t, locale] = await Promise.all([getTranslations("actionPlans"), getLocale()]);
  return (
    <div className="space-y-2">
      <Link href="/action-plans" className="text-sm text-brand-700 hover:underline">
        ← {t("backToPlans")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{localized(plan, "title", locale) ?? ""}</h1>
        <PlanStatusBadge status={plan.status} />
        {plan.city.isReference && <Badge tone="slate">{t("referenceCity")}</Badge>}
      </div>
      <p className="text-slate-700">
        {localized(plan.city, "name", locale)} · {t("period", { start: plan.startYear, end: plan.endYear })}
      </p>
      {(plan.legalBasisNumber || plan.legalBasisDate) && (
        <p className="text-sm">
          {t("legalBasis")}:{" "}
          {webLink(plan.legalBasisUrl) ? (
            <a href={webLink(plan.legalBasisUrl)} className="text-brand-700 underline" rel="noreferrer noopener" target="_blank">
              {plan.legalBasisNumber ?? t("legalBasisLink")}
            </a>
          ) : (
            plan.legalBasisNumber
          )}
          {plan.legalBasisDate && (
            <>
              {" "}
              ({t("dated")} <CalendarDay date={plan.legalBasisDate} />)
            </>
          )}
        </p>
      )}
      {plan.sourceTitle && <Source label={t("source")} title={plan.sourceTitle} url={plan.sourceUrl} className="text-slate-700" />}
      {localized(plan, "description", locale) && <p className="max-w-3xl whitespace-pre-line text-slate-800">{localized(plan, "description", locale)}</p>}
      <nav aria-label={t("views")} className="flex flex-wrap gap-4 text-sm">
        <Link href={`/action-plans/${plan.id}/timeline`} className="text-brand-700 hover:underline">
          {t("timelineLink")}
        </Link>
        <Link href={`/action-plans/${plan.id}/spreadsheet`} className="text-brand-700 hover:underline">
          {plan.mayEdit ? t("spreadsheetLinkEdit") : t("spreadsheetLink")}
        </Link>
      </nav>
    </div>
  );
}
