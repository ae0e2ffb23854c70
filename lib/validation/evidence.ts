import { z } from "./zod";

/** The text fields that come with an evidence upload; the file itself is checked by its content. */
export const evidenceUploadSchema = z.object({
  assessmentId: z.string().check(z.minLength(1), z.maxLength(64)),
  indicatorId: z.string().check(z.minLength(1), z.maxLength(64)),
});

export const evidenceFileIdSchema = z.object({ fileId: z.string().check(z.minLength(1), z.maxLength(64)) });
