import type { z } from "../validation/zod";
import type { Locale } from "../../i18n/locales";

/** One thing wrong with a request: the parameter (or parameters) and the translation key of the problem. */
export interface QueryProblem {
  parameter: string;
  key: string;
}

export type ParsedQuery<T> = { ok: true; data: T } | { ok: false; problems: QueryProblem[] };

/**
 * Reads a query string with one of the open-data schemas. A parameter given twice is refused as
 * that parameter's problem (it reaches the schema as a list), rather than one of the values
 * silently winning.
 */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, params: URLSearchParams): ParsedQuery<z.output<Schema>> {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    input[key] = values.length === 1 ? values[0] : values;
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      parameter: issue.code === "unrecognized_keys" ? issue.keys.join(", ") : String(issue.path[0] ?? ""),
      key: issue.message,
    })),
  };
}

/**
 * The language of the API's messages: `?lang=` when it is one the app speaks, else the first of
 * them in Accept-Language by preference (q-values), else Vietnamese.
 */
export function pickLanguage(lang: string | null, acceptLanguage: string | null): Locale {
  if (lang === "vi" || lang === "en") return lang;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...options] = part.trim().split(";");
      const q = options.map((o) => o.trim()).find((o) => o.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const found = ranked.find((entry) => entry.language === "vi" || entry.language === "en");
  return (found?.language as Locale | undefined) ?? "vi";
}
