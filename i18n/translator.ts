import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { timeZone, type Locale } from "./locales";

/** Any message of the app by its key (under the translator's namespace, if it has one), with its values. */
export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** The app's messages in one language, for code outside React. */
export interface Translator {
  locale: Locale;
  t: Translate;
  /** Whether a message exists, for keys built from stored data (an audit event's action). */
  has: (key: string) => boolean;
}

/**
 * Messages for code that runs outside React (route handlers, exports, e-mails, the benchmark,
 * tests), taken straight from the files rather than from the request. `locale` is "en" or else
 * Vietnamese; with a `namespace` ("mail"), keys are read below it.
 */
export function translatorFor(locale: string, namespace?: string): Translator {
  const chosen: Locale = locale === "en" ? "en" : "vi";
  const translator = createTranslator({ locale: chosen, messages: chosen === "en" ? en : vi, timeZone });
  const full = namespace ? (key: string) => `${namespace}.${key}` : (key: string) => key;
  // Exports ask for the same few labels (statuses, types) on every one of their rows: look each up once.
  const plain = new Map<string, string>();
  const t: Translate = (key, values) => {
    if (values) return translator(full(key) as never, values as never);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = translator(full(key) as never)));
    return text;
  };
  return { locale: chosen, t, has: (key) => translator.has(full(key) as never) };
}
