import "server-only";
import type { z } from "@/lib/validation/zod";
import { unstorableTextErrors } from "@/lib/validation/storable-text";
import { fieldErrors } from "@/lib/validation/zod";
import { failureResponse } from "./json-response";

// Room for the multipart envelope around the largest allowed file.
const envelopeBytes = 64 * 1024;

type UploadRead<T> = { ok: true; data: T; file: File } | { ok: false; response: Response };

/**
 * The common front of every upload route: refuses an oversized body before reading it, then reads
 * the multipart form, parses its other fields with the shared schema and checks the file is there
 * and within the limit. Each refusal is the translated JSON failure, never a thrown error.
 */
export async function readUpload<Schema extends z.ZodType>(
  request: Request,
  options: { maxBytes: number; schema: Schema; fields: (form: FormData) => unknown; messages: { missing: string; tooLarge: string } },
): Promise<UploadRead<z.output<Schema>>> {
  const { maxBytes, schema, messages } = options;
  const refuse = async (reason: "invalid" | "tooLarge", errors: Record<string, string>) => ({ ok: false as const, response: await failureResponse({ reason, fieldErrors: errors }) });
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes + envelopeBytes) return refuse("tooLarge", { file: messages.tooLarge });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse("invalid", { file: messages.missing });
  }
  const parsed = schema.safeParse(options.fields(form));
  if (!parsed.success) return refuse("invalid", fieldErrors(parsed.error));
  const unstorable = unstorableTextErrors(parsed.data);
  if (unstorable) return refuse("invalid", unstorable);
  const file = form.get("file");
  if (!(file instanceof File)) return refuse("invalid", { file: messages.missing });
  if (file.size > maxBytes) return refuse("tooLarge", { file: messages.tooLarge });
  return { ok: true, data: parsed.data, file };
}
