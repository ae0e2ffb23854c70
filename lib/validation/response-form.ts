import { formatForInput, parseLocaleNumber } from "../format/parse-number";
import { responseFieldsSchema, type ResponseFields } from "./assessments";
import { z } from "./zod";

/** The answer form's boxes, all text as typed. */
export interface ResponseFormValues {
  numerator: string;
  denominator: string;
  value: string;
  text: string;
  dataYear: string;
  comment: string;
  evidenceNote: string;
  /** One link per line. */
  evidenceLinks: string;
}

const blankToNull = (s: string) => (s.trim() === "" ? null : s);

/**
 * Reads the answer form into the fields the server's `saveResponseSchema` takes, and pipes the
 * result through the very same schema. Numbers are read in the user's locale.
 */
export function responseFormSchema(locale: string) {
  const number = z.pipe(z.string(), z.transform((text: string, ctx) => {
    const parsed = parseLocaleNumber(text, locale);
    if (parsed !== null && Number.isNaN(parsed)) {
      ctx.issues.push({ code: "custom", input: text, message: "checks.notANumber" });
      return z.NEVER;
    }
    return parsed;
  }));
  const blankAsNull = z.pipe(z.string(), z.transform(blankToNull));
  return z.pipe(
    z.object({
      numerator: number,
      denominator: number,
      value: number,
      text: blankAsNull,
      dataYear: number,
      comment: blankAsNull,
      evidenceNote: blankAsNull,
      evidenceLinks: z.pipe(z.string(), z.transform((s: string) => s.split(/\s+/).filter(Boolean))),
    }),
    responseFieldsSchema,
  );
}

export function toFormValues(fields: ResponseFields, locale: string): ResponseFormValues {
  return {
    numerator: formatForInput(fields.numerator, locale),
    denominator: formatForInput(fields.denominator, locale),
    value: formatForInput(fields.value, locale),
    text: fields.text ?? "",
    dataYear: fields.dataYear === null ? "" : String(fields.dataYear),
    comment: fields.comment ?? "",
    evidenceNote: fields.evidenceNote ?? "",
    evidenceLinks: fields.evidenceLinks.join("\n"),
  };
}
