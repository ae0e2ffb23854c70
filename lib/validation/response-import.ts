import { z } from "./zod";

const id = z.string().check(z.minLength(1), z.maxLength(64));

/** The assessment whose answer template is downloaded. */
export const responseTemplateSchema = z.object({ assessmentId: id });

export const responseImportChoices = ["validOnly", "allOrNothing"] as const;
export type ResponseImportChoice = (typeof responseImportChoices)[number];

/**
 * The form fields that come with an uploaded answer spreadsheet: a preview, or applying what was
 * previewed (its digest) with the user's choice of all valid rows or all rows or none.
 */
export const responseImportFormSchema = z.discriminatedUnion("mode", [
  z.object({ assessmentId: id, mode: z.literal("preview") }),
  z.object({
    assessmentId: id,
    mode: z.literal("apply"),
    digest: z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: "responseImport.errors.previewFirst" })),
    choice: z.enum(responseImportChoices, { error: "responseImport.errors.choice" }),
  }),
]);
export type ResponseImportForm = z.infer<typeof responseImportFormSchema>;
