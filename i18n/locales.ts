import { appTimeZone } from "../lib/format/dates";

export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "vi";
export const localeCookie = "NEXT_LOCALE";

/** Dates and times read as in Vietnam, wherever the server runs (lib/format/dates writes them). */
export const timeZone = appTimeZone;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
