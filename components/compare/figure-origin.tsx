import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Source } from "@/components/ui/source";
import type { CityValue } from "@/lib/compare/compare";
import { localized } from "@/lib/localized";
import { publishedDate } from "./format";

/**
 * Where a figure comes from, beside it: a published figure's source (always), or an assessment's
 * review status, so that the compared city's own draft never reads as a settled figure.
 */
export async function FigureOrigin({ value, own }: { value: CityValue; own: boolean }) {
  const [t, ta, locale] = await Promise.all([getTranslations("compare"), getTranslations("assessments"), getLocale()]);
  const { origin } = value;
  if (origin.kind === "reference") {
    const note = localized(origin, "note", locale);
    return (
      <div>
        <Source label={t("source")} title={origin.sourceTitle} url={origin.sourceUrl} />
        {(origin.asOf || origin.publishedOn) && (
          <p className="text-xs text-slate-600">{[origin.asOf && t("asOf", { date: publishedDate(locale, origin.asOf) }), origin.publishedOn && t("publishedOn", { date: publishedDate(locale, origin.publishedOn) })].filter(Boolean).join("; ")}</p>
        )}
        {note && <p className="text-xs text-slate-600">{note}</p>}
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <span className="inline-flex flex-wrap items-center gap-2">
        <Badge tone={origin.status === "approved" ? "green" : "amber"}>{ta(`status.${origin.status}`)}</Badge>
        {own && (
          <Link href={`/assessments/${origin.assessmentId}`} className="text-sm text-brand-700 underline">
            {t("openChecklist")}
          </Link>
        )}
      </span>
      {origin.sourceNote && <p className="text-xs text-slate-600">{origin.sourceNote}</p>}
    </div>
  );
}
