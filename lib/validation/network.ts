import { parseAsOf } from "../network/as-of";
import { figureProblems, networkLimits } from "../network/stats";
import { localeNumber, optionalText, sourceFields } from "./form-fields";
import { z } from "./zod";

const whole = (max: number) => z.number().int({ error: "validation.wholeNumber" }).min(0).max(max);

/** A new row of network figures, as an administrator adds it. */
export const addNetworkStatSchema = z
  .object({
    asOf: z
      .string()
      .trim()
      .refine((text) => parseAsOf(text) !== null, { error: "network.errors.asOf" }),
    newMembers: whole(networkLimits.members).nullable(),
    newMemberCountries: whole(networkLimits.countries).nullable(),
    totalMembers: whole(networkLimits.members).min(1),
    countries: whole(networkLimits.countries).min(1),
    citizensReached: whole(networkLimits.citizens).nullable(),
    ...sourceFields,
    noteVi: optionalText(1000),
    noteEn: optionalText(1000),
  })
  .superRefine((input, ctx) => {
    for (const problem of figureProblems(input)) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });
export type AddNetworkStatInput = z.infer<typeof addNetworkStatSchema>;

/** The form's boxes, all text as typed. */
export interface NetworkStatFormValues {
  asOf: string;
  newMembers: string;
  newMemberCountries: string;
  totalMembers: string;
  countries: string;
  citizensReached: string;
  sourceTitle: string;
  sourceUrl: string;
  noteVi: string;
  noteEn: string;
}

export const blankNetworkStat: NetworkStatFormValues = {
  asOf: "",
  newMembers: "",
  newMemberCountries: "",
  totalMembers: "",
  countries: "",
  citizensReached: "",
  sourceTitle: "",
  sourceUrl: "",
  noteVi: "",
  noteEn: "",
};

/** Reads the form in the user's locale and pipes it through `addNetworkStatSchema`, the server's own rules. */
export function networkStatFormSchema(locale: string) {
  return z
    .object({
      asOf: z.string(),
      newMembers: localeNumber(locale, false),
      newMemberCountries: localeNumber(locale, false),
      totalMembers: localeNumber(locale, true),
      countries: localeNumber(locale, true),
      citizensReached: localeNumber(locale, false),
      sourceTitle: z.string(),
      sourceUrl: z.string(),
      noteVi: z.string(),
      noteEn: z.string(),
    })
    // The parsed boxes are exactly the server schema's input; this only tells TypeScript so.
    .transform((form): z.input<typeof addNetworkStatSchema> => form)
    .pipe(addNetworkStatSchema);
}
