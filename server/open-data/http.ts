import "server-only";
import type { z } from "@/lib/validation/zod";
import { translatorFor } from "@/i18n/translator";
import { csvFileName, nextPageHref } from "@/lib/open-data/links";
import { parseQuery, pickLanguage, type QueryProblem } from "@/lib/open-data/query";
import type { CsvColumn } from "@/lib/open-data/records";
import { cacheSeconds } from "@/lib/open-data/rules";
import { csvBom, csvLine, csvMimeType, textStream } from "@/lib/reports/csv";
import { maxPageSize, openDataCitiesSchema, openDataFilterSchema, openDataPageSchema, type OpenDataCitiesPage, type OpenDataFilter, type OpenDataPage } from "@/lib/validation/open-data";
import type { OpenDataSource } from "./open-data-source";

// The open-data API's answers. It is public: no session is read, any origin may call it, and
// shared caches may keep an answer briefly. Its messages follow `?lang=` or Accept-Language
// rather than the app's language cookie, because callers are scripts and other sites.

const publicHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": `public, max-age=${cacheSeconds}`,
  // Error messages follow the caller's language.
  Vary: "Accept-Language",
  "X-Content-Type-Options": "nosniff",
};

export function openJson(body: unknown): Response {
  return Response.json(body, { headers: publicHeaders });
}

/** A refused request: 400, what is wrong with each parameter, in the caller's language; never cached. */
export function badRequest(request: Request, problems: QueryProblem[]): Response {
  const url = new URL(request.url);
  const locale = pickLanguage(url.searchParams.get("lang"), request.headers.get("accept-language"));
  const { t, has } = translatorFor(locale, "openData.api.errors");
  const message = ({ key, parameter }: QueryProblem) => {
    const name = key.replace(/^openData\.api\.errors\./, "");
    return has(name) ? t(name, { max: maxPageSize, parameter }) : t("invalid");
  };
  const listed = problems.map((p) => ({ parameter: p.parameter, message: message(p) }));
  return Response.json(
    { error: "invalid", message: listed.map((p) => p.message).join(" ") || t("invalid"), problems: listed },
    { status: 400, headers: { ...publicHeaders, "Cache-Control": "no-store" } },
  );
}

/** Reads the query string with `schema`, then answers with `respond`, or with 400. */
export async function withQuery<Schema extends z.ZodType>(request: Request, schema: Schema, respond: (query: z.output<Schema>) => Promise<Response> | Response) {
  const parsed = parseQuery(schema, new URL(request.url).searchParams);
  return parsed.ok ? respond(parsed.data) : badRequest(request, parsed.problems);
}

/** One page of a list as JSON, with the total and the next page's address. */
export function servePage<T>(request: Request, endpoint: "results" | "reference-values", source: (filter: OpenDataFilter) => OpenDataSource<T>) {
  return withQuery(request, openDataPageSchema, (page) => answerPage(endpoint, page, source(page)));
}

/** The publishing cities, a page at a time: the same answer as the other lists, without filters. */
export function serveCitiesPage(request: Request, source: OpenDataSource<unknown>) {
  return withQuery(request, openDataCitiesSchema, (page) => answerPage("cities", page, source));
}

async function answerPage<T>(endpoint: string, page: OpenDataCitiesPage & Partial<OpenDataPage>, list: OpenDataSource<T>) {
  const [{ records }, total] = await Promise.all([list.batch(page.offset, page.limit), list.count()]);
  return openJson({ data: records, page: { limit: page.limit, offset: page.offset, total, next: nextPageHref(endpoint, page, total) } });
}

/**
 * A whole list as a CSV download (the reports' CSV writer: RFC 4180, UTF-8 with a byte-order mark,
 * formulas defused), streamed: the rows are read a page at a time as the client takes the file, so
 * a large download never sits in memory.
 */
export function serveCsv<T>(request: Request, endpoint: "results" | "reference-values", columns: CsvColumn<T>[], source: (filter: OpenDataFilter) => OpenDataSource<T>) {
  return withQuery(request, openDataFilterSchema, (filter) => {
    const list = source(filter);
    async function* chunks() {
      yield csvBom + csvLine(columns.map((c) => c.header));
      for (let offset = 0; ; offset += maxPageSize) {
        const { records, exhausted } = await list.batch(offset, maxPageSize);
        if (records.length) yield records.map((record) => csvLine(columns.map((c) => c.cell(record)))).join("");
        if (exhausted) return;
      }
    }
    return new Response(textStream(chunks()), {
      headers: { ...publicHeaders, "Content-Type": csvMimeType, "Content-Disposition": `attachment; filename="${csvFileName(endpoint, filter)}"` },
    });
  });
}

/** Browsers ask before a cross-origin call with custom headers; the API allows GET only. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: { ...publicHeaders, "Access-Control-Allow-Methods": "GET, OPTIONS", "Access-Control-Allow-Headers": "Accept, Accept-Language", "Access-Control-Max-Age": "86400", Allow: "GET, OPTIONS" },
  });
}
