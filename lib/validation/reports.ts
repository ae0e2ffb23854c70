import { locales } from "../../i18n/locales";
import { z } from "./zod";

// The PDF reports' inputs. `lang` picks the report's language; without it (or with a value the
// app has no messages for) the reader's own interface language applies.

const lang = z.catch(z.optional(z.enum(locales)), undefined);

/** One assessment's report or application draft: its id from the path, `?lang=` from the query. */
export const assessmentReportQuerySchema = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)), lang });
export type AssessmentReportQuery = z.infer<typeof assessmentReportQuerySchema>;

/** The coordinator's overview: every city in scope for a framework and year. */
export const overviewReportQuerySchema = z.object({
  framework: z.string().check(z.trim(), z.minLength(1, { error: "validation.required" }), z.maxLength(64)),
  year: z.coerce.number().check(z.int(), z.gte(1990), z.lte(2100)),
  lang,
});
export type OverviewReportQuery = z.infer<typeof overviewReportQuerySchema>;
