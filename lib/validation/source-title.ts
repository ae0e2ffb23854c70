import { hasInternalNote } from "../format/internal-note";
import { z } from "./zod";

// Users read a figure's or a target's source beside it, in the PDF and workbook, and through the
// open-data API. It names a publication or a document, never one of the project's working notes
// ("seed 001", "reference notes"): every schema an administrator or an official types a source
// through refuses one, with the same translated message.

/** The check a source's title passes: it carries no internal note. */
export const notAnInternalNote = z.refine<string>((text) => !hasInternalNote(text), { error: "validation.internalNote" });

/** A required source title of at most `max` characters. */
export const sourceTitle = (max: number) => z.string().check(z.trim(), z.minLength(1, { error: "validation.required" }), z.maxLength(max), notAnInternalNote);
