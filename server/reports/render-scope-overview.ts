import "server-only";
import type { Actor } from "@/lib/permissions";
import { formatCalendarDay } from "@/lib/format/dates";
import { formatDate, formatFigure, formatNumber, formatScore } from "@/lib/reports/figures";
import { bullets, heading, paragraph } from "@/lib/reports/pdf/blocks";
import { createPdf, finishPdf } from "@/lib/reports/pdf/document";
import { table } from "@/lib/reports/pdf/table";
import { translatorFor } from "@/i18n/translator";
import { ok, type Result } from "@/lib/result";
import type { Db } from "../db";
import { pdfFonts } from "./pdf-fonts";
import type { PdfFile } from "./render-pdf-response";
import { loadScopeOverview, overviewStatuses, type OverviewCity, type ScopeOverview } from "./scope-overview";

/** The coordinator's overview as a PDF in `lang` ("vi" unless "en"). */
export async function renderScopeOverviewPdf(overview: ScopeOverview, lang: string): Promise<Uint8Array> {
  const { locale, t } = translatorFor(lang);
  const r = (key: string, values?: Record<string, string | number>) => t(`overviewReport.${key}`, values);
  const pick = (text: { vi: string; en: string }) => (locale === "en" ? text.en : text.vi);
  const statusLabel = (status: string) => (status === "notStarted" ? t("review.queue.notStarted") : t(`assessments.status.${status}`));
  const due = (city: OverviewCity) => {
    if (!city.dueOn) return t("review.queue.noCycle");
    const when = formatCalendarDay(city.dueOn);
    if (city.daysToDue === null) return when;
    return `${when} (${city.overdue ? t("review.queue.daysLate", { days: -city.daysToDue }) : t("review.queue.daysLeft", { days: city.daysToDue })})`;
  };

  const framework = `${pick(overview.framework.title)} (${overview.framework.code})`;
  const doc = createPdf({
    title: r("title"),
    subject: r("subject", { framework: overview.framework.code, year: overview.year }),
    lang: locale,
    pageLabel: (page, pages) => t("assessmentReport.page", { page, pages }),
    footerNote: r("generated", { at: formatDate(overview.generatedAt) }),
    fonts: pdfFonts(),
  });

  heading(doc, r("title"));
  paragraph(doc, r("scope", { framework, year: overview.year }), { bold: true, size: 12 });
  paragraph(doc, r("generated", { at: formatDate(overview.generatedAt) }), { muted: true });
  doc.moveDown(0.5);

  heading(doc, r("countsHeading"), 2);
  table(
    doc,
    [{ header: r("status"), width: 3 }, { header: r("cities"), width: 1, align: "right" }],
    [
      ...overviewStatuses.filter((s) => overview.counts[s] > 0).map((s) => [statusLabel(s), formatNumber(overview.counts[s], locale)]),
      [r("total"), formatNumber(overview.cities.length, locale)],
    ],
    { boldRows: new Set([overviewStatuses.filter((s) => overview.counts[s] > 0).length]) },
  );

  const overdue = overview.cities.filter((c) => c.overdue);
  heading(doc, r("overdueHeading"), 2);
  if (overdue.length === 0) paragraph(doc, r("noOverdue"));
  else bullets(doc, overdue.map((c) => ({ text: `${pick(c.city.name)} – ${statusLabel(c.status)}, ${due(c)}` })));
  doc.moveDown(0.5);

  heading(doc, r("citiesHeading"), 2);
  if (overview.cities.length === 0) paragraph(doc, r("noCities"));
  else
    table(
      doc,
      [
        { header: r("city"), width: 2.3 },
        { header: r("status"), width: 1.2 },
        { header: r("answered"), width: 1.1, align: "right" },
        { header: r("readiness"), width: 1.4, align: "right" },
        { header: r("due"), width: 1.7 },
        { header: r("topGaps"), width: 3.8 },
      ],
      overview.cities.map((c) => [
        pick(c.city.name),
        statusLabel(c.status),
        formatScore(c.completeness, locale),
        formatScore(c.readiness, locale),
        due(c),
        c.topGaps.length
          ? c.topGaps
              .map((g) => `${g.code} ${pick(g.label)}: ${formatFigure(g.type, g.value, locale)}${g.target ? ` / ${formatFigure(g.type, g.target.value, locale)} (${g.target.year})` : ""}`)
              .join("\n")
          : "—",
      ]),
      { fontSize: 8 },
    );
  return finishPdf(doc);
}

/** The overview of the actor's scope as a PDF file; an unknown framework reads as missing. */
export async function scopeOverviewPdf(db: Db, actor: Actor, input: { frameworkCode: string; year: number }, lang: string): Promise<Result<PdfFile>> {
  const overview = await loadScopeOverview(db, actor, input);
  if (!overview.ok) return overview;
  const { t } = translatorFor(lang);
  return ok({ bytes: await renderScopeOverviewPdf(overview.value, lang), fileName: t("overviewReport.fileName", { framework: input.frameworkCode, year: input.year }) });
}
