import { z } from "./zod";

/** The text fields that come with an evidence upload; the file itself is checked by its content. */
export const evidenceUploadSchema = z.object({
  assessmentId: z.string().min(1).max(64),
  indicatorId: z.string().min(1).max(64),
});

export const evidenceFileIdSchema = z.object({ fileId: z.string().min(1).max(64) });
