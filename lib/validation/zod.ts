import { config } from "zod/mini";
import * as z from "./zod-api";

// Every schema imports zod from here (zod/mini, the parts named in ./zod-api.ts) so that any issue
// without its own message still carries a translation key (under `validation` in messages/*.json)
// rather than zod's English text. The same keys reach the browser through react-hook-form and the
// server through server actions.
config({
  // In the browser zod would probe `new Function` to compile fast parsers; the content security
  // policy forbids eval, and the refused probe shows up as a policy violation. Servers keep it.
  jitless: typeof window !== "undefined",
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null || issue.input === ""
          ? "validation.required"
          : "validation.invalid";
      case "too_small":
        return issue.origin === "string" ? "validation.tooShort" : "validation.tooSmall";
      case "too_big":
        return issue.origin === "string" ? "validation.tooLong" : "validation.tooBig";
      case "invalid_format":
        return issue.format === "email" ? "validation.email" : "validation.invalid";
      default:
        return "validation.invalid";
    }
  },
});

export { z };

/** Field name → translation key of its first problem; `_form` for problems with no field. */
export type FieldErrors = Record<string, string>;

export function fieldErrors(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "_form";
    out[field] ??= issue.message;
  }
  return out;
}

/** A web address readers will open: z.url() alone accepts javascript: and other schemes too. */
export const webUrl = () => z.url({ protocol: /^https?$/, error: "validation.url" }).check(z.maxLength(2000));

/** A form's empty text box means "no answer", not zero. */
export const optionalNumber = (inner: z.ZodNumber) =>
  z.preprocess((v) => (v === "" || v === null || v === undefined ? undefined : Number(v)), z.optional(inner));

/** Checkboxes post "on" when ticked and nothing when not. */
/** A page number in an address (`?page=3`): anything that is not one reads as the first page. */
export const pageNumber = () => z._default(z.catch(z.coerce.number().check(z.int(), z.gte(1), z.lte(100_000)), 1), 1);

export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
