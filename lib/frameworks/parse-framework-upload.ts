import { unstorableTextPath } from "../validation/storable-text";
import { frameworkFileSchema, type FrameworkFile } from "./framework-file";

/** One thing wrong with an uploaded file: where (`sections[2].indicators[0].code`, "" for the whole file) and a translation key. */
export interface UploadProblem {
  path: string;
  message: string;
}

export type ParsedUpload = { ok: true; file: FrameworkFile } | { ok: false; problems: UploadProblem[] };

/** A zod issue path as an administrator would look it up in the file. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
}

/**
 * Reads an uploaded framework file. Every problem comes back at once, each with its place in the
 * file, so that one round of corrections can fix them all.
 */
export function parseFrameworkUpload(text: string): ParsedUpload {
  let data: unknown;
  try {
    // Editors on Windows often save JSON with a byte-order mark, which JSON.parse refuses.
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, problems: [{ path: "", message: "validation.notJson" }] };
  }
  const parsed = frameworkFileSchema.safeParse(data);
  if (parsed.success) {
    // JSON escapes ("\u0000", "\ud800") can spell text that no database stores as written.
    const unstorable = unstorableTextPath(parsed.data);
    return unstorable ? { ok: false, problems: [{ path: formatIssuePath(unstorable), message: "validation.invalidCharacters" }] } : { ok: true, file: parsed.data };
  }
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })) };
}
