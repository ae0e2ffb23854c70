import { checkbox, pageNumber, z } from "./zod";

/** A city's choice to publish its approved results as open data, as the profile form sends it. */
export const cityOpenDataSchema = z.object({
  cityId: z.string().check(z.minLength(1), z.maxLength(64)),
  publishesOpenData: checkbox,
});
export type CityOpenDataInput = z.infer<typeof cityOpenDataSchema>;

/** The most rows one page of the JSON API returns; CSV downloads stream every row in batches of this size. */
export const maxPageSize = 500;
export const defaultPageSize = 100;

// The API reads query strings, so every parameter arrives as text and is checked as text first:
// "2025abc" is refused rather than read as 2025. Each problem names its own translation key, which
// the API answers with in the caller's language (messages: openData.api.errors).
const problem = (key: string) => ({ error: `openData.api.errors.${key}` });
const digits = (key: string, max: number) => z.pipe(z.string(problem(key)).check(z.regex(new RegExp(`^\\d{1,${max}}$`), problem(key))), z.transform(Number));

const filterShape = {
  city: z.optional(z.string(problem("city")).check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, problem("city")))),
  framework: z.optional(z.string(problem("framework")).check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, problem("framework")))),
  year: z.optional(z.pipe(digits("year", 4), z.number().check(z.gte(1900, problem("year")), z.lte(2100, problem("year"))))),
  lang: z.optional(z.enum(["vi", "en"], problem("lang"))),
};
const pageShape = {
  limit: z._default(z.pipe(digits("limit", 6), z.number().check(z.gte(1, problem("limit")), z.lte(maxPageSize, problem("limit")))), defaultPageSize),
  offset: z._default(digits("offset", 9), 0),
};
// A misspelt parameter (`citty=`) would otherwise quietly widen the answer to everything.
const strict = { error: (issue: { code: string }) => (issue.code === "unrecognized_keys" ? problem("unknownParameter").error : undefined) };

/** The CSV downloads: the same filters as the JSON lists, every matching row. */
export const openDataFilterSchema = z.strictObject(filterShape, strict);
/** The JSON lists: filters (all optional) and a page. */
export const openDataPageSchema = z.strictObject({ ...filterShape, ...pageShape }, strict);
/** The list of publishing cities takes the language and a page, no filters. */
export const openDataCitiesSchema = z.strictObject({ lang: filterShape.lang, ...pageShape }, strict);

export type OpenDataFilter = z.output<typeof openDataFilterSchema>;
export type OpenDataPage = z.output<typeof openDataPageSchema>;
export type OpenDataCitiesPage = z.output<typeof openDataCitiesSchema>;

/** The public open-data page's address: which page of the publishing cities. Anything else reads as the first. */
export const openDataListingQuerySchema = z.object({
  page: pageNumber(),
});
