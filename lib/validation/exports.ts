import { z } from "./zod";

const frameworkCode = z.string().check(z.trim(), z.minLength(1), z.maxLength(64));
const year = z.coerce.number().check(z.int(), z.gte(1990), z.lte(2100));
const optional = <T extends z.ZodType>(schema: T) => z.catch(z.optional(schema), undefined);

/** The coordinator's scope export: which framework and year, for the cities the caller may read. */
export const scopeExportQuerySchema = z.object({ framework: frameworkCode, year });
export type ScopeExportQuery = z.infer<typeof scopeExportQuerySchema>;

export const scopeCsvTables = ["wide", "long"] as const;
/** The scope as CSV: one of its two tables, the wide one unless asked otherwise. */
export const scopeCsvQuerySchema = z.extend(scopeExportQuerySchema, { table: z._default(z.enum(scopeCsvTables), "wide") });
export type ScopeCsvQuery = z.infer<typeof scopeCsvQuerySchema>;

export const assessmentCsvTables = ["responses", "evidence", "comments", "history"] as const;
export type AssessmentCsvTable = (typeof assessmentCsvTables)[number];
/** One table of an assessment as CSV, the answers unless asked otherwise. */
export const assessmentExportSchema = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });
export const assessmentCsvQuerySchema = z.extend(assessmentExportSchema, { table: z._default(z.enum(assessmentCsvTables), "responses") });

/**
 * The reports page's choice, from the address bar. A stale or hand-edited value is dropped rather
 * than refused, and the page falls back to its defaults.
 */
export const reportsPageQuerySchema = z.object({ framework: optional(frameworkCode), year: optional(year) });
export type ReportsPageQuery = z.infer<typeof reportsPageQuerySchema>;
