import { assessmentReportPdf } from "@/server/reports/render-assessment-report";
import { assessmentPdfRoute } from "@/server/reports/render-pdf-response";

/** The assessment's report as a PDF, for whoever may read the assessment. */
export const GET = assessmentPdfRoute(assessmentReportPdf);
