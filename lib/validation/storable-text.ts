import type { FieldErrors } from "./zod";

// Two kinds of character no browser sends from a form but any client can put in JSON ("\u0000",
// "\ud800"): the NUL character, which PostgreSQL refuses in text, and a lone half of a UTF-16
// surrogate pair, which has no UTF-8 form at all and makes Prisma throw on either database.

const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorableAll = new RegExp(unstorable.source, "g");

const isPlainObject = (value: object) => {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * The path to the first string inside `value` (plain objects and arrays, keys included) that a
 * database cannot store as typed, or null when every string is storable.
 */
export function unstorableTextPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === "string") return unstorable.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableTextPath(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === "object" && value !== null && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorable.test(key) ? [...path, key] : unstorableTextPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** The field holding text no database can store as typed, as a form's problem, or null. */
export function unstorableTextErrors(data: unknown): FieldErrors | null {
  const path = unstorableTextPath(data);
  return path ? { [path.length ? String(path[0]) : "_form"]: "validation.invalidCharacters" } : null;
}

/**
 * `value` with every such character replaced by U+FFFD, as a UTF-8 encoder would, in plain
 * objects and arrays; other objects (dates, bytes, Prisma's own markers) are left as they are.
 * Returns `value` itself when nothing needed replacing.
 */
export function toStorableText<T>(value: T): T {
  if (typeof value === "string") return (unstorable.test(value) ? value.replace(unstorableAll, "\uFFFD") : value) as T;
  if (Array.isArray(value)) {
    const items = value.map(toStorableText);
    return (items.some((item, i) => item !== value[i]) ? items : value) as T;
  }
  if (typeof value === "object" && value !== null && isPlainObject(value)) {
    const entries = Object.entries(value);
    const replaced = entries.map(([key, item]) => [toStorableText(key), toStorableText(item)] as const);
    return (replaced.some(([key, item], i) => key !== entries[i][0] || item !== entries[i][1]) ? Object.fromEntries(replaced) : value) as T;
  }
  return value;
}
