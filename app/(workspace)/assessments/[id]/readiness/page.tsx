import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReadinessFigure } from "@/components/assessments/readiness-figure";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { rowClass, Table } from "@/components/ui/table";
import { parseLevelScales, scoreChecklist } from "@/lib/assessments/score-checklist";
import { localized } from "@/lib/localized";
import { approvedLastYear, rateTrend } from "@/lib/readiness/past-years";
import { yearOverYear, type AttainmentStatus } from "@/lib/readiness/score";
import { getChecklist } from "@/server/assessments/get-checklist";
import { requireActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("readiness"))("title") };
}

const statusTone: Record<AttainmentStatus, "green" | "blue" | "amber" | "slate" | "red"> = {
  met: "green",
  onTrack: "blue",
  behind: "red",
  noData: "amber",
  notScored: "slate",
};

export default async function ReadinessPage({ params }: Props) {
  const actor = await requireActor();
  const checklist = await getChecklist(db(), actor, (await params).id);
  if (!checklist) notFound();
  const [t, format, locale] = await Promise.all([getTranslations("readiness"), getFormatter(), getLocale()]);
  const { assessment, sections, indicators, answers, history } = checklist;
  const result = scoreChecklist(sections, indicators, answers, parseLevelScales(assessment.framework.levelScales), assessment.year, assessment.cityId);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const valueOf = new Map(answers.map((a) => [a.indicatorId, a.value]));
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const shown = (type: string, v: number | null) => (v === null ? "—" : type === "rate" ? percent(v) : format.number(v));
  const label = (id: string) => {
    const i = byId.get(id)!;
    return `${i.code} ${localized(i, "label", locale)}`;
  };
  // Compared with last year's approved checklist, and the trend drawn through approved years only, as in the PDF.
  const previous = approvedLastYear(history, assessment.year);
  const topSections = sections.filter((s) => !s.parentId);
  const rates = indicators.filter((i) => i.type === "rate");

  return (
    <div className="space-y-6">
      <div>
        <Link href={`/assessments/${assessment.id}`} className="text-sm text-brand-700 underline">
          {t("backToChecklist")}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">{t("heading", { city: localized(assessment.city, "name", locale) ?? "", year: assessment.year })}</h1>
        <p className="text-sm text-slate-600">{localized(assessment.framework, "title", locale)}</p>
      </div>

      <Card>
        <h2 className="text-lg font-semibold">{t("overall")}</h2>
        <p className="mt-2 text-3xl" data-testid="overall-readiness">
          <ReadinessFigure score={result.overall.score} coverage={result.overall.coverage} />
        </p>
        <p className="mt-1 text-sm text-slate-700">{t("explain")}</p>
        <ul className="mt-3 flex flex-wrap gap-2 text-sm">
          {(["met", "onTrack", "behind", "noData", "notScored"] as const).map((status) => (
            <li key={status}>
              <Badge tone={statusTone[status]}>{t("count", { status: t(`status.${status}`), count: result.overall.counts[status] })}</Badge>
            </li>
          ))}
        </ul>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t("gaps")}</h2>
        {result.gaps.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("noGaps")}</p>
        ) : (
          <ol className="mt-2 space-y-2" data-testid="gaps">
            {result.gaps.map((gap) => {
              const indicator = byId.get(gap.indicatorId)!;
              const attainment = result.indicators.get(gap.indicatorId)!;
              return (
                <li key={gap.indicatorId} className="flex flex-wrap items-baseline gap-2">
                  <Badge tone={statusTone[gap.status]}>{t(`status.${gap.status}`)}</Badge>
                  <Link href={`/assessments/${assessment.id}#indicator-${indicator.code}`} className="font-medium text-brand-700 hover:underline">
                    {label(gap.indicatorId)}
                  </Link>
                  {attainment.target && (
                    <span className="text-sm text-slate-700">
                      {t("gapDetail", {
                        value: shown(indicator.type, valueOf.get(gap.indicatorId) ?? null),
                        target: shown(indicator.type, attainment.target.value),
                        year: attainment.target.year,
                      })}
                    </span>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t("sections")}</h2>
        <div className="mt-2">
          <Table caption={t("sections")} minWidth="32rem" cardsOnPhone columns={[{ label: t("section") }, { label: t("score") }, { label: t("answered"), numeric: true }]}>
            {topSections.map((section) => {
              const score = result.sections.get(section.path);
              return (
                <tr key={section.id} className={rowClass}>
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {section.code} {localized(section, "title", locale)}
                  </th>
                  <td className="py-2 pr-4" data-label={t("score")}>
                    <div className="flex items-center gap-2">
                      {/* The bar repeats the number beside it, for sighted readers at a glance. */}
                      <div className="h-3 w-32 rounded bg-slate-200" aria-hidden>
                        <div className="h-3 rounded bg-brand-700" style={{ width: `${(score?.score ?? 0) * 100}%` }} />
                      </div>
                      <ReadinessFigure score={score?.score ?? null} coverage={score?.coverage ?? null} />
                    </div>
                  </td>
                  <td className="py-2 text-right tabular-nums" data-label={t("answered")}>
                    {score?.answered ?? 0}/{score?.total ?? 0}
                  </td>
                </tr>
              );
            })}
          </Table>
        </div>
      </Card>

      {rates.length > 0 && (
        <Card>
          <h2 className="text-lg font-semibold">{t("trend")}</h2>
          <p className="mt-1 text-sm text-slate-700">{previous ? t("comparedWith", { year: previous.year }) : t("noPreviousYear", { year: assessment.year - 1 })}</p>
          <div className="mt-2">
            <Table
              caption={t("trend")}
              minWidth="40rem"
              cardsOnPhone
              columns={[{ label: t("indicator") }, { label: String(assessment.year), numeric: true }, { label: previous ? String(previous.year) : "—", numeric: true }, { label: t("change"), numeric: true }, { label: t("projection"), numeric: true }]}
            >
              {rates.map((indicator) => {
                const now = valueOf.get(indicator.id) ?? null;
                const before = previous?.values[indicator.code] ?? null;
                const change = yearOverYear(now, before).change;
                const projection = rateTrend(history, assessment.year, indicator.code, now);
                return (
                  <tr key={indicator.id} className={rowClass}>
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {label(indicator.id)}
                    </th>
                    <td className="py-2 pr-4 text-right tabular-nums" data-label={String(assessment.year)}>
                      {shown("rate", now)}
                    </td>
                    <td className="py-2 pr-4 text-right tabular-nums" data-label={previous ? String(previous.year) : String(assessment.year - 1)}>
                      {shown("rate", before)}
                    </td>
                    <td className="py-2 pr-4 text-right tabular-nums" data-label={t("change")}>
                      {change === null ? "—" : format.number(change * 100, { signDisplay: "always", maximumFractionDigits: 1 })}
                    </td>
                    <td className="py-2 text-right tabular-nums" data-label={t("projection")}>
                      {projection ? percent(projection.value) : t("needTwoYears")}
                    </td>
                  </tr>
                );
              })}
            </Table>
          </div>
        </Card>
      )}
    </div>
  );
}
