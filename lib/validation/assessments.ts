import { webUrl, z } from "./zod";

const id = z.string().min(1).max(64);

export const createAssessmentSchema = z.object({
  cityId: id,
  frameworkId: id,
  year: z.coerce.number({ error: "validation.required" }).int({ error: "validation.wholeNumber" }).min(2000).max(2100),
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;

const amount = z.number().finite().nullable();

/**
 * What an official types for one indicator. Structure only: a value that is wrong for its
 * indicator (a numerator above the denominator, say) is still saved as a draft, and
 * lib/assessments/check-response.ts reports it. Nothing typed is refused for being wrong.
 */
export const responseFieldsSchema = z.object({
  numerator: amount,
  denominator: amount,
  value: amount,
  text: z.string().max(20_000).nullable(),
  dataYear: z.number().int().min(1900).max(2100).nullable(),
  comment: z.string().max(2_000).nullable(),
  evidenceNote: z.string().max(4_000).nullable(),
  // Only web addresses (http, https): anything else would turn up as a link on the report and in the PDF.
  evidenceLinks: z.array(z.string().trim().pipe(webUrl())).max(20),
});
export type ResponseFields = z.infer<typeof responseFieldsSchema>;

export const saveResponseSchema = responseFieldsSchema.extend({
  assessmentId: id,
  indicatorId: id,
  /** The revision the editor last saw; a different one on the server means someone else saved since. */
  revision: z.number().int().min(0),
});
export type SaveResponseInput = z.infer<typeof saveResponseSchema>;

export const completeAssessmentSchema = z.object({ assessmentId: id });
