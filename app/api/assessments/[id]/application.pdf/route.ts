import { applicationDraftPdf } from "@/server/reports/render-application-draft";
import { assessmentPdfRoute } from "@/server/reports/render-pdf-response";

/** The GNLC application draft of a GNLC application checklist, as a PDF, for whoever may read it. */
export const GET = assessmentPdfRoute(applicationDraftPdf);
