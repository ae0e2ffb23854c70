import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

const lookup = (messages: unknown, key: string) =>
  key.split(".").reduce<unknown>((node, part) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined), messages);

/** Whether `key` names a text in both languages, so a user reads a sentence rather than a key. */
export const isMessageKey = (key: string) => typeof lookup(vi, key) === "string" && typeof lookup(en, key) === "string";
