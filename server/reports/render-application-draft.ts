import "server-only";
import type { Actor } from "@/lib/permissions";
import { formatNumber, type FigureLocale } from "@/lib/reports/figures";
import { heading, labelled, paragraph, signatureBlock } from "@/lib/reports/pdf/blocks";
import { createPdf, finishPdf } from "@/lib/reports/pdf/document";
import { table } from "@/lib/reports/pdf/table";
import { translatorFor, type Translate } from "@/i18n/translator";
import { fail, ok, type Result } from "@/lib/result";
import type { Db } from "../db";
import type { AssessmentReport, ReportIndicator } from "@/lib/reports/report-model";
import { loadAssessmentReport } from "./assessment-report";
import { pdfFonts } from "./pdf-fonts";
import { answerText } from "./render-assessment-content";
import type { PdfFile } from "./render-pdf-response";

/** The framework whose checklists are drafts of the GNLC application form. */
export const applicationFrameworkCode = "gnlc-application";

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

function cityProfile(report: AssessmentReport, t: Translate, locale: FigureLocale) {
  const { city } = report.cover;
  const r = (key: string, values?: Record<string, string | number>) => t(`applicationDraft.${key}`, values);
  const missing = t("city.noData");
  const population = city.population === null ? missing : formatNumber(city.population, locale);
  return [
    { label: r("nameVi"), value: city.name.vi },
    { label: r("nameEn"), value: city.name.en },
    { label: t("city.province"), value: locale === "en" ? city.province.en : city.province.vi },
    { label: t("city.population"), value: city.populationYear && city.population !== null ? t("city.valueInYear", { value: population, year: city.populationYear }) : population },
    { label: t("city.area"), value: city.areaKm2 === null ? missing : t("city.areaValue", { value: formatNumber(city.areaKm2, locale) }) },
    {
      label: t("city.gnlc"),
      value: city.gnlcStatus === "member" && city.gnlcAdmittedYear ? t("gnlc.memberSince", { year: city.gnlcAdmittedYear }) : t(`gnlc.${city.gnlcStatus === "member" || city.gnlcStatus === "candidate" ? city.gnlcStatus : "none"}`),
    },
  ];
}

/** The GNLC application draft as a PDF in `lang`: the city's profile, then the form's parts in order, marked as a draft. */
export async function renderApplicationDraftPdf(report: AssessmentReport, lang: string): Promise<Uint8Array> {
  const { locale, t } = translatorFor(lang);
  const r = (key: string, values?: Record<string, string | number>) => t(`applicationDraft.${key}`, values);
  const pick = (text: { vi: string; en: string }) => (locale === "en" ? text.en : text.vi);
  const city = pick(report.cover.city.name);
  const doc = createPdf({
    title: r("title"),
    subject: r("subject", { city, year: report.cover.year }),
    lang: locale,
    pageLabel: (page, pages) => t("assessmentReport.page", { page, pages }),
    footerNote: r("draftFooter"),
    watermark: r("watermark"),
    fonts: pdfFonts(),
  });

  heading(doc, r("title"));
  paragraph(doc, city, { bold: true, size: 14 });
  paragraph(doc, r("draftNotice", { year: report.cover.year, status: t(`assessments.status.${report.cover.status}`) }), { muted: true });
  doc.moveDown(0.5);

  heading(doc, r("profileHeading"), 2);
  labelled(doc, cityProfile(report, t, locale));

  // Parts of the form in the framework's order: figures as a table, statements in full.
  const parts: { heading: string; indicators: ReportIndicator[] }[] = [];
  for (const indicator of report.indicators) {
    const title = `${indicator.section.code}. ${pick(indicator.section.title)}`;
    if (parts.at(-1)?.heading !== title) parts.push({ heading: title, indicators: [] });
    parts.at(-1)!.indicators.push(indicator);
  }
  for (const part of parts) {
    heading(doc, part.heading);
    const figures = part.indicators.filter((i) => i.type !== "text");
    if (figures.length) {
      table(
        doc,
        [{ header: r("item"), width: 4 }, { header: r("answer"), width: 2, align: "right" }, { header: r("dataYear"), width: 1.2, align: "right" }],
        figures.map((i) => [`${i.code} ${pick(i.label)}`, answerText(i, t, locale), i.answer.dataYear === null ? "—" : String(i.answer.dataYear)]),
      );
    }
    for (const statement of part.indicators.filter((i) => i.type === "text")) {
      heading(doc, `${statement.code} ${pick(statement.label)}`, 3);
      const text = statement.answer.text?.trim();
      paragraph(doc, text || r("toWrite"), { muted: !text });
      if (text && statement.maxWords) paragraph(doc, r("wordCount", { count: words(text), max: statement.maxWords }), { muted: true, size: 8 });
      doc.moveDown(0.4);
    }
  }

  doc.moveDown(1);
  signatureBlock(doc, { title: r("signatureHeading"), lines: [r("signerName"), r("signerTitle"), r("signedOn")] });
  paragraph(doc, r("signatureHint"), { muted: true, size: 8 });
  return finishPdf(doc);
}

/**
 * The application draft of an assessment the actor may read. Only a checklist of the GNLC
 * application framework has one; any other reads as missing, with a message saying why.
 */
export async function applicationDraftPdf(db: Db, actor: Actor, assessmentId: string, lang: string): Promise<Result<PdfFile>> {
  const report = await loadAssessmentReport(db, actor, assessmentId);
  if (!report) return fail("notFound");
  if (report.cover.framework.code !== applicationFrameworkCode) return fail("notFound", { _form: "applicationDraft.notApplication" });
  const { t } = translatorFor(lang);
  const fileName = t("applicationDraft.fileName", { city: report.cover.city.slug, year: report.cover.year });
  return ok({ bytes: await renderApplicationDraftPdf(report, lang), fileName });
}
