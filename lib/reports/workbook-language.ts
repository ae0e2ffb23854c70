import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import type { FigureLocale } from "./figures";

/** Any message of the app by its full key ("assessments.status.approved"), with its values. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The language an export is written in: its locale for names and labels, and its messages. */
export interface ExportLanguage {
  locale: FigureLocale;
  t: Translate;
  /** Whether a message exists, for keys built from stored data (an audit event's action). */
  has: (key: string) => boolean;
}

/**
 * Exports are written outside React (route handlers, the benchmark, tests), so they take their
 * messages straight from the files rather than from the request.
 */
export function exportLanguage(locale: string): ExportLanguage {
  const chosen: FigureLocale = locale === "en" ? "en" : "vi";
  const translator = createTranslator({ locale: chosen, messages: chosen === "en" ? en : vi });
  // An export asks for the same few labels (statuses, types) on every one of its rows: look each up once.
  const plain = new Map<string, string>();
  const t: Translate = (key, values) => {
    if (values) return translator(key as never, values as never);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = translator(key as never)));
    return text;
  };
  return { locale: chosen, t, has: (key) => translator.has(key as never) };
}
