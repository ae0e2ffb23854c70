import { parseAsOf } from "../network/as-of";
import { figureProblems, networkLimits } from "../network/stats";
import { localeNumber, optionalText, sourceFields } from "./form-fields";
import { z } from "./zod";

const whole = (max: number) => z.number().check(z.int({ error: "validation.wholeNumber" }), z.gte(0), z.lte(max));

/** A new row of network figures, as an administrator adds it. */
export const addNetworkStatSchema = z
  .object({
    asOf: z.string().check(
      z.trim(),
      z.refine((text) => parseAsOf(text) !== null, { error: "network.errors.asOf" }),
    ),
    newMembers: z.nullable(whole(networkLimits.members)),
    newMemberCountries: z.nullable(whole(networkLimits.countries)),
    totalMembers: whole(networkLimits.members).check(z.gte(1)),
    countries: whole(networkLimits.countries).check(z.gte(1)),
    citizensReached: z.nullable(whole(networkLimits.citizens)),
    ...sourceFields,
    noteVi: optionalText(1000),
    noteEn: optionalText(1000),
  })
  .check(
    z.superRefine((input, ctx) => {
      for (const problem of figureProblems(input)) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
    }),
  );
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
  const form = z.object({
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
  });
  // The parsed boxes are exactly the server schema's input; the transform only tells TypeScript so.
  return z.pipe(z.pipe(form, z.transform((parsed): z.input<typeof addNetworkStatSchema> => parsed)), addNetworkStatSchema);
}
