import { parseLocaleNumber } from "../format/parse-number";
import { sourceTitle } from "./source-title";
import { webUrl, z } from "./zod";

// Pieces shared by the forms for reference data. Each accepts the text a form box holds as well
// as the value it becomes, so a browser form's parsed output passes the server's schema again.

const blankToNull = (v: string) => (v === "" ? null : v);

/** Free text that may be left empty (stored as null). */
export const optionalText = (max: number) => z.nullable(z.pipe(z.string().check(z.trim(), z.maxLength(max)), z.transform(blankToNull)));

/** Where a figure comes from: a title (a publication, never an internal note) is required, a web address is optional. */
export const sourceFields = {
  sourceTitle: sourceTitle(300),
  sourceUrl: z.nullable(z.pipe(z.pipe(z.string().check(z.trim()), z.transform(blankToNull)), z.nullable(webUrl()))),
};

/**
 * A number box read as the user typed it ("1.420.000" or "67,5" in Vietnamese): a number, null
 * for an empty optional box, or a translated problem.
 */
export function localeNumber(locale: string, required: true): z.ZodType<number, string>;
export function localeNumber(locale: string, required: false): z.ZodType<number | null, string>;
export function localeNumber(locale: string, required: boolean): z.ZodType<number | null, string> {
  return z.pipe(z.string(), z.transform((text: string, ctx): number | null => {
    const parsed = parseLocaleNumber(text, locale);
    if (parsed === null && !required) return null;
    if (parsed === null || Number.isNaN(parsed)) {
      ctx.issues.push({ code: "custom", input: text, message: parsed === null ? "validation.required" : "checks.notANumber" });
      return z.NEVER;
    }
    return parsed;
  }));
}
