import "server-only";
import { barChart } from "@/lib/reports/pdf/bar-chart";
import { bullets, heading, labelled, paragraph, stamp } from "@/lib/reports/pdf/blocks";
import { contentWidth, createPdf, ensureSpace, finishPdf, type Pdf } from "@/lib/reports/pdf/document";
import { table } from "@/lib/reports/pdf/table";
import type { Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import { translatorFor } from "@/i18n/translator";
import type { Db } from "../db";
import type { AssessmentReport } from "@/lib/reports/report-model";
import { loadAssessmentReport } from "./assessment-report";
import { pdfFonts } from "./pdf-fonts";
import { assessmentReportContent, type ContentTable } from "./render-assessment-content";
import type { PdfFile } from "./render-pdf-response";

const contentTable = (doc: Pdf, content: ContentTable) => table(doc, content.columns, content.rows);

/** The assessment report as a PDF in `lang` ("vi" unless "en"); also what the benchmark times. */
export async function renderAssessmentReportPdf(report: AssessmentReport, lang: string): Promise<Uint8Array> {
  const content = assessmentReportContent(report, lang);
  const doc = createPdf({ title: content.title, subject: content.subject, lang: content.locale, pageLabel: content.pageLabel, footerNote: content.generated, fonts: pdfFonts() });

  heading(doc, content.title);
  paragraph(doc, content.cover.heading, { bold: true, size: 14 });
  doc.moveDown(0.5);
  labelled(doc, content.cover.fields);
  doc.moveDown(1);
  stamp(doc, content.cover.stamp);

  heading(doc, content.readiness.heading);
  paragraph(doc, content.readiness.overall, { bold: true, size: 13 });
  paragraph(doc, content.readiness.explain, { muted: true });
  paragraph(doc, content.readiness.counts.join(" · "));
  doc.moveDown(0.5);
  heading(doc, content.readiness.chartCaption, 3);
  barChart(doc, content.readiness.bars);
  contentTable(doc, content.readiness.sections);

  heading(doc, content.gaps.heading);
  if (content.gaps.empty) paragraph(doc, content.gaps.empty);
  else contentTable(doc, content.gaps.table);

  heading(doc, content.comparison.heading);
  paragraph(doc, content.comparison.intro);
  doc.moveDown(0.3);
  if (content.comparison.table.rows.length) contentTable(doc, content.comparison.table);

  heading(doc, content.plans.heading);
  if (content.plans.empty) paragraph(doc, content.plans.empty);
  else contentTable(doc, content.plans.table);

  heading(doc, content.history.heading);
  if (content.history.empty) paragraph(doc, content.history.empty);
  else contentTable(doc, content.history.table);

  doc.addPage();
  heading(doc, content.indicators.heading);
  for (const item of content.indicators.items) {
    if (item.sectionHeading) heading(doc, item.sectionHeading, 2);
    ensureSpace(doc, 70);
    heading(doc, item.heading, 3);
    labelled(doc, item.fields);
    if (item.narrative) {
      doc.moveDown(0.2);
      paragraph(doc, item.narrative);
    }
    if (item.evidence.length) {
      paragraph(doc, content.indicators.evidenceLabel, { bold: true });
      bullets(doc, item.evidence);
    }
    if (item.reviewComments.length) {
      paragraph(doc, content.indicators.reviewLabel, { bold: true });
      bullets(doc, item.reviewComments.map((text) => ({ text })));
    }
    doc.moveDown(0.4);
    const y = doc.y;
    doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.margins.left + contentWidth(doc), y).lineWidth(0.3).strokeColor("#e2e8f0").stroke();
    doc.moveDown(0.4);
  }
  return finishPdf(doc);
}

/** The report of an assessment the actor may read, as a PDF file in `lang`; another city's reads as missing. */
export async function assessmentReportPdf(db: Db, actor: Actor, assessmentId: string, lang: string): Promise<Result<PdfFile>> {
  const report = await loadAssessmentReport(db, actor, assessmentId);
  if (!report) return fail("notFound");
  const { t } = translatorFor(lang);
  const fileName = t("assessmentReport.fileName", { city: report.cover.city.slug, framework: report.cover.framework.code, year: report.cover.year });
  return ok({ bytes: await renderAssessmentReportPdf(report, lang), fileName });
}
