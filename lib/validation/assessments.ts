import { webUrl, z } from "./zod";

const id = z.string().check(z.minLength(1), z.maxLength(64));

export const createAssessmentSchema = z.object({
  cityId: id,
  frameworkId: id,
  year: z.coerce.number({ error: "validation.required" }).check(z.int({ error: "validation.wholeNumber" }), z.gte(2000), z.lte(2100)),
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;

const amount = z.nullable(z.number());

/** The longest texts an answer keeps, in characters, and the most evidence links; the checklist shows each near its limit. */
export const responseLimits = { text: 20_000, comment: 2_000, evidenceNote: 4_000, evidenceLinks: 20 } as const;

/**
 * What an official types for one indicator. Structure only: a value that is wrong for its
 * indicator (a numerator above the denominator, say) is still saved as a draft, and
 * lib/assessments/check-response.ts reports it. Nothing typed is refused for being wrong.
 */
export const responseFieldsSchema = z.object({
  numerator: amount,
  denominator: amount,
  value: amount,
  text: z.nullable(z.string().check(z.maxLength(responseLimits.text))),
  dataYear: z.nullable(z.number().check(z.int(), z.gte(1900), z.lte(2100))),
  comment: z.nullable(z.string().check(z.maxLength(responseLimits.comment))),
  evidenceNote: z.nullable(z.string().check(z.maxLength(responseLimits.evidenceNote))),
  // Only web addresses (http, https): anything else would turn up as a link on the report and in the PDF.
  evidenceLinks: z.array(z.pipe(z.string().check(z.trim()), webUrl())).check(z.maxLength(responseLimits.evidenceLinks)),
});
export type ResponseFields = z.infer<typeof responseFieldsSchema>;

export const saveResponseSchema = z.extend(responseFieldsSchema, {
  assessmentId: id,
  indicatorId: id,
  /** The revision the editor last saw; a different one on the server means someone else saved since. */
  revision: z.number().check(z.int(), z.gte(0)),
  /** When the answer was typed, if that was earlier than it is sent: typed offline and sent when the network came back. */
  typedAt: z.optional(z.iso.datetime({ offset: true })),
});
export type SaveResponseInput = z.infer<typeof saveResponseSchema>;

export const completeAssessmentSchema = z.object({ assessmentId: id });

/** The assessments list's address: which page. Anything else reads as the first. */
export const assessmentsPageQuerySchema = z.object({
  page: z._default(z.catch(z.coerce.number().check(z.int(), z.gte(1), z.lte(1_000_000)), 1), 1),
});
