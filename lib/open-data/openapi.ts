// The OpenAPI 3.1 description of the open-data API, served at /api/open-data/v1/openapi.json.
// A typed object rather than a file, so that the parameter names, the page size and the record
// fields are the same constants the routes use; lib/open-data/openapi.test.ts checks that every
// path here has its route file and every route file its path.

import { attainmentStatuses } from "../readiness/attainment";
import { defaultPageSize, maxPageSize } from "../validation/open-data";
import { cacheSeconds, publishedStatus } from "./rules";

/** The subset of JSON Schema (2020-12, as OpenAPI 3.1 uses it) this document needs. */
export interface JsonSchema {
  $ref?: string;
  type?: "object" | "array" | "string" | "number" | "integer" | "boolean" | "null" | ("string" | "number" | "integer" | "boolean" | "null" | "object")[];
  description?: string;
  format?: string;
  pattern?: string;
  enum?: readonly (string | number | null)[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  examples?: readonly unknown[];
}

export interface Parameter {
  name: string;
  in: "query" | "header";
  description: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface MediaType {
  schema: JsonSchema;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
  content?: Record<string, MediaType>;
}

export interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  parameters?: ({ $ref: string } | Parameter)[];
  responses: Record<string, ResponseObject | { $ref: string }>;
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string; license?: { name: string; identifier?: string; url?: string } };
  servers: { url: string; description?: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: Operation }>;
  components: {
    parameters: Record<string, Parameter>;
    schemas: Record<string, JsonSchema>;
    responses: Record<string, ResponseObject>;
  };
}

/** Where the API lives; the paths below are relative to it. */
export const apiBasePath = "/api/open-data/v1";

const ref = (kind: "parameters" | "schemas" | "responses", name: string) => ({ $ref: `#/components/${kind}/${name}` });
const text = (description: string): JsonSchema => ({ type: "string", description });
const nullableText = (description: string): JsonSchema => ({ type: ["string", "null"], description });
const nullableNumber = (description: string): JsonSchema => ({ type: ["number", "null"], description });
const object = (properties: Record<string, JsonSchema>, description?: string): JsonSchema => ({
  type: "object",
  description,
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

const cityRef = object({
  slug: text("The city's identifier in this API and in the app's addresses."),
  nameVi: text("Name in Vietnamese."),
  nameEn: text("Name in English."),
});

const publicHeaders: ResponseObject["headers"] = {
  "Access-Control-Allow-Origin": { description: "Always `*`: any web page may read the open data.", schema: { type: "string" } },
  "Cache-Control": { description: `\`public, max-age=${cacheSeconds}\`.`, schema: { type: "string" } },
};

const json = (schema: JsonSchema, description: string): ResponseObject => ({ description, headers: publicHeaders, content: { "application/json": { schema } } });
const csv = (description: string): ResponseObject => ({
  description,
  headers: { ...publicHeaders, "Content-Disposition": { description: "`attachment` with a file name naming the filters.", schema: { type: "string" } } },
  content: { "text/csv; charset=utf-8": { schema: { type: "string", description: "UTF-8 with a byte-order mark, RFC 4180, CRLF line ends, one header row." } } },
});

const page = (itemSchema: string): JsonSchema =>
  object({
    data: { type: "array", items: ref("schemas", itemSchema) },
    page: object({
      limit: { type: "integer", description: "Rows asked for." },
      offset: { type: "integer", description: "Rows skipped." },
      total: { type: "integer", description: "Rows matching the filters, over all pages." },
      next: { type: ["string", "null"], description: "The address of the next page (relative to the server), or null on the last page." },
    }),
  });

const filterParameters = [ref("parameters", "city"), ref("parameters", "framework"), ref("parameters", "year"), ref("parameters", "lang")];
const pageParameters = [...filterParameters, ref("parameters", "limit"), ref("parameters", "offset")];
const errors = { "400": ref("responses", "BadRequest") };

const description = `Learning-city results that cities have chosen to publish, for anyone to reuse: no sign-in, read-only (GET), open to any origin (CORS), cached by browsers and proxies for ${cacheSeconds / 60} minutes.

**What is published**
- *Results*: the answers of assessments a coordinator has approved (status \`${publishedStatus}\`), one record per indicator, of cities that have chosen to publish (each city decides on its profile; nothing is published by default). Drafts, submitted, returned and resubmitted assessments are never published, nor comments, evidence, review notes or who entered the figures. When a city stops publishing, its results leave the API at once (a cached copy may live up to ${cacheSeconds / 60} minutes). When a coordinator re-opens an approved assessment, it leaves the API until it is approved again.
- *Reference values*: figures a city or the press has already published (at a city's admission to the network, in a plan, in the news), each with its source. These are public for **every** city, whether or not it publishes its own results: they were public before the app recorded them, and the app shows them beside every comparison.

**Conventions**
- Field names are English and stable; names and labels come in Vietnamese (\`…Vi\`) and English (\`…En\`).
- Values are numbers, never formatted: rates are fractions (0.67 is 67%) with their numerator and denominator; levels are their place on the scale with the scale's top; yes/no answers are 1 or 0. Dates and times are ISO 8601 (UTC).
- Filters are optional and combine; a filter that matches nothing (a city that does not publish, an unknown framework) gives an empty list, never an error, so the API does not tell which cities use the app.
- Lists are paged: \`limit\` (default ${defaultPageSize}, at most ${maxPageSize}) and \`offset\`; \`page.next\` is the next page's address. CSV downloads hold every matching row.
- A malformed parameter, or one the endpoint does not know, gives 400 with a message in Vietnamese or English (\`lang\`, else \`Accept-Language\`).`;

export const openApiDocument: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "Learning-city open data", version: "1.0.0", description },
  servers: [{ url: apiBasePath, description: "This server" }],
  tags: [
    { name: "cities", description: "Cities that publish their approved results." },
    { name: "results", description: "Approved assessment results of publishing cities." },
    { name: "reference values", description: "Figures cities or the press have published, with their sources." },
    { name: "description", description: "This document." },
  ],
  paths: {
    "/cities": {
      get: {
        operationId: "listCities",
        summary: "Cities that publish open data",
        description: "Every city that has chosen to publish, with the frameworks and years of its approved results, by slug, a page at a time like the other lists.",
        tags: ["cities"],
        parameters: [ref("parameters", "lang"), ref("parameters", "limit"), ref("parameters", "offset")],
        responses: { "200": json(page("City"), "A page of publishing cities."), ...errors },
      },
    },
    "/results": {
      get: {
        operationId: "listResults",
        summary: "Approved results",
        description: "One record per answered indicator of each approved assessment of a publishing city, ordered by city, framework, year and the framework's own order.",
        tags: ["results"],
        parameters: pageParameters,
        responses: { "200": json(page("Result"), "A page of results."), ...errors },
      },
    },
    "/results.csv": {
      get: {
        operationId: "downloadResults",
        summary: "Approved results as CSV",
        description: "The same rows as `/results`, every page, one column per field (nested fields joined with `_`, e.g. `target_source_title`).",
        tags: ["results"],
        parameters: filterParameters,
        responses: { "200": csv("The results as a CSV file."), ...errors },
      },
    },
    "/reference-values": {
      get: {
        operationId: "listReferenceValues",
        summary: "Published reference values",
        description: "Figures published by or about any city, each with its source, ordered by city, framework code, indicator code and year.",
        tags: ["reference values"],
        parameters: pageParameters,
        responses: { "200": json(page("ReferenceValue"), "A page of reference values."), ...errors },
      },
    },
    "/reference-values.csv": {
      get: {
        operationId: "downloadReferenceValues",
        summary: "Published reference values as CSV",
        description: "The same rows as `/reference-values`, every page.",
        tags: ["reference values"],
        parameters: filterParameters,
        responses: { "200": csv("The reference values as a CSV file."), ...errors },
      },
    },
    "/openapi.json": {
      get: {
        operationId: "describeApi",
        summary: "This description",
        tags: ["description"],
        responses: { "200": json({ type: "object", description: "An OpenAPI 3.1 document." }, "The OpenAPI description of this API.") },
      },
    },
  },
  components: {
    parameters: {
      city: { name: "city", in: "query", description: "A city's slug, as `/cities` lists them.", schema: { type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,63}$", examples: ["demo-city"] } },
      framework: {
        name: "framework",
        in: "query",
        description: "A framework's code (every version of it).",
        schema: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$", examples: ["happy-schools"] },
      },
      year: { name: "year", in: "query", description: "The year assessed, or the year a figure describes.", schema: { type: "integer", minimum: 1900, maximum: 2100, examples: [2025] } },
      lang: { name: "lang", in: "query", description: "The language of error messages; without it, `Accept-Language` decides (Vietnamese by default). Data always carry both languages.", schema: { type: "string", enum: ["vi", "en"] } },
      limit: { name: "limit", in: "query", description: `Rows per page, at most ${maxPageSize}.`, schema: { type: "integer", minimum: 1, maximum: maxPageSize, default: defaultPageSize } },
      offset: { name: "offset", in: "query", description: "Rows to skip.", schema: { type: "integer", minimum: 0, default: 0 } },
    },
    schemas: {
      City: object({
        slug: text("The city's identifier."),
        nameVi: text("Name in Vietnamese."),
        nameEn: text("Name in English."),
        provinceVi: text("Province in Vietnamese."),
        provinceEn: text("Province in English."),
        country: text("ISO 3166-1 alpha-2 code."),
        gnlc: object(
          {
            status: { type: "string", enum: ["member", "candidate", "none"] },
            admittedYear: { type: ["integer", "null"], description: "The year the city joined the network." },
          },
          "Membership of the UNESCO Global Network of Learning Cities.",
        ),
        approvedResults: {
          type: "array",
          description: "The approved assessments the city publishes, by framework and year.",
          items: object({
            framework: object({ code: text("Framework code."), version: { type: "integer" }, titleVi: text("Title in Vietnamese."), titleEn: text("Title in English.") }),
            year: { type: "integer" },
            approvedAt: { type: "string", format: "date-time", description: "When a coordinator approved it, in Vietnam time with its offset: 2026-12-02T14:05:09+07:00." },
          }),
        },
        links: object(
          {
            results: text("This city's results (JSON)."),
            resultsCsv: text("This city's results (CSV)."),
            referenceValues: text("This city's reference values (JSON)."),
            referenceValuesCsv: text("This city's reference values (CSV)."),
          },
          "Addresses relative to the server.",
        ),
      }),
      Result: object({
        city: cityRef,
        framework: object({ code: text("Framework code."), version: { type: "integer", description: "The version the assessment was made with." }, titleVi: text("Title in Vietnamese."), titleEn: text("Title in English.") }),
        year: { type: "integer", description: "The year assessed." },
        approvedAt: { type: "string", format: "date-time", description: "When a coordinator approved the assessment, in Vietnam time with its offset: 2026-12-02T14:05:09+07:00." },
        fromPublications: { type: "boolean", description: "The figures were taken from the city's publications rather than entered by the city." },
        indicator: object({
          code: text("Indicator code, unique within the framework."),
          section: text("The codes of its sections, outermost first, joined with `/`."),
          labelVi: text("Label in Vietnamese."),
          labelEn: text("Label in English."),
          type: { type: "string", enum: ["rate", "count", "number", "boolean", "level", "date", "text", "evidence"] },
          direction: { type: "string", enum: ["higher", "lower"], description: "Whether a higher or a lower value is better." },
          unitVi: nullableText("Unit in Vietnamese."),
          unitEn: nullableText("Unit in English."),
        }),
        value: nullableNumber("Rate as a fraction, count, number, level, or 1/0 for yes/no; null for text, date and evidence answers and for no answer."),
        rate: {
          type: ["object", "null"],
          description: "For rates: the two counts and their quotient.",
          properties: { numerator: nullableNumber("The count of what is measured."), denominator: nullableNumber("The count of all."), value: nullableNumber("numerator / denominator.") },
          required: ["numerator", "denominator", "value"],
          additionalProperties: false,
        },
        level: {
          type: ["object", "null"],
          description: "For levels: the level reached, the top of the scale and the level's name.",
          properties: { value: { type: "number" }, max: nullableNumber("The top of the scale."), labelVi: nullableText("Level name in Vietnamese."), labelEn: nullableText("Level name in English.") },
          required: ["value", "max", "labelVi", "labelEn"],
          additionalProperties: false,
        },
        text: nullableText("Text answers, and dates as YYYY-MM-DD."),
        dataYear: { type: ["integer", "null"], description: "The year the figure describes, when it is not the assessed year." },
        target: {
          type: ["object", "null"],
          description: "The target the value is judged against in the assessed year (the next one due, or the last one passed), with its source.",
          properties: {
            year: { type: "integer" },
            value: { type: "number" },
            sourceTitle: text("The decision or plan that sets the target."),
            sourceUrl: nullableText("A link to it."),
            scope: { type: "string", enum: ["national", "city-plan"], description: "national: a national target, for every city; city-plan: the city's own plan, which applies to it alone." },
          },
          required: ["year", "value", "sourceTitle", "sourceUrl", "scope"],
          additionalProperties: false,
        },
        attainment: object({
          status: { type: "string", enum: attainmentStatuses, description: "met, onTrack (ahead of the straight line to the target), behind, noData, or notScored (no target or not measurable)." },
          score: nullableNumber("0 to 1: how far along the way to the target (levels: the place on the scale)."),
        }),
      }),
      ReferenceValue: object({
        city: cityRef,
        framework: object({ code: text("Framework code.") }),
        indicator: object({
          code: text("Indicator code."),
          labelVi: nullableText("Label in the framework's latest published version, in Vietnamese; null when the indicator is no longer there."),
          labelEn: nullableText("The same in English."),
          type: { type: ["string", "null"], enum: ["rate", "count", "number", null] },
          unitVi: nullableText("Unit in Vietnamese."),
          unitEn: nullableText("Unit in English."),
        }),
        year: { type: "integer", description: "The year the figure describes." },
        value: { type: "number", description: "In the indicator's unit; rates as fractions." },
        count: nullableNumber("For rates, the count behind the share when it was published."),
        basis: {
          type: ["string", "null"],
          enum: ["share-of-households", "share-of-registered-households", "count-of-registered-models", "count-of-recognised-titles", null],
          description:
            "What the figure is measured against: a share of all households (or clans, communities, units), a share of those registered for the title, a count of registered models, a count of recognised titles; null for the indicator's own definition. Figures of different bases are not comparable.",
        },
        asOf: nullableText("The date the figure stands at (YYYY-MM-DD, YYYY-MM or YYYY); null when the publication gives none."),
        source: object({ title: text("Where the figure was published."), url: nullableText("A link to it."), publishedOn: nullableText("The publication's date (YYYY-MM-DD or YYYY-MM).") }),
        noteVi: nullableText("A note on the figure, in Vietnamese."),
        noteEn: nullableText("The same in English."),
      }),
      Error: object({
        error: { type: "string", enum: ["invalid"] },
        message: text("What is wrong, in the language asked for."),
        problems: {
          type: "array",
          items: object({ parameter: text("The parameter at fault."), message: text("Its problem.") }),
        },
      }),
    },
    responses: {
      BadRequest: { description: "A parameter is malformed, repeated or unknown.", content: { "application/json": { schema: ref("schemas", "Error") } } },
    },
  },
};
