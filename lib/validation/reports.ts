import { locales } from "../../i18n/locales";
import { z } from "./zod";

// The PDF reports' inputs. `lang` picks the report's language; without it (or with a value the
// app has no messages for) the reader's own interface language applies.

const lang = z.enum(locales).optional().catch(undefined);

/** One assessment's report or application draft: its id from the path, `?lang=` from the query. */
export const assessmentReportQuerySchema = z.object({ id: z.string().min(1).max(64), lang });
export type AssessmentReportQuery = z.infer<typeof assessmentReportQuerySchema>;

/** The coordinator's overview: every city in scope for a framework and year. */
export const overviewReportQuerySchema = z.object({
  framework: z.string().trim().min(1, { error: "validation.required" }).max(64),
  year: z.coerce.number().int().min(1990).max(2100),
  lang,
});
export type OverviewReportQuery = z.infer<typeof overviewReportQuerySchema>;
