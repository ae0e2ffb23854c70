import type { OpenDataCitiesPage, OpenDataFilter, OpenDataPage } from "../validation/open-data";
import { apiBasePath } from "./openapi";

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The address of the page after this one, with the same filters, or null when this is the last. */
export function nextPageHref(endpoint: string, page: OpenDataCitiesPage & Partial<OpenDataPage>, total: number): string | null {
  const offset = page.offset + page.limit;
  if (offset >= total) return null;
  const { city, framework, year, lang, limit } = page;
  return `${apiBasePath}/${endpoint}${query({ city, framework, year, lang, limit, offset })}`;
}

/** A download's file name, naming its filters: open-data-results-demo-city-2025.csv. */
export function csvFileName(endpoint: "results" | "reference-values", filter: OpenDataFilter): string {
  return [`open-data-${endpoint}`, filter.city, filter.framework, filter.year].filter((part) => part !== undefined).join("-") + ".csv";
}

/** Where one city's open data is, as the city list, the public page and the profile link to it. */
export function cityLinks(slug: string) {
  const forCity = query({ city: slug });
  return {
    results: `${apiBasePath}/results${forCity}`,
    resultsCsv: `${apiBasePath}/results.csv${forCity}`,
    referenceValues: `${apiBasePath}/reference-values${forCity}`,
    referenceValuesCsv: `${apiBasePath}/reference-values.csv${forCity}`,
  };
}
