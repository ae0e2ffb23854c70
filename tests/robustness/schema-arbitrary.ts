import fc from "fast-check";
import type { z } from "@/lib/validation/zod";
import { hostileNumber, hostileString, hostileValue, numberLikeText, storableHostileText } from "./arbitraries";

// Reads a zod schema's own definition, so that every schema gets input shaped like what it expects
// (its keys, enum values, nesting) with hostile values inside, and its accepted output can be held
// to the limits it declares. Only the zod 4 definition kinds the app uses are named; anything else
// gets arbitrary hostile input and no limit checks.

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  checks?: { _zod: { def: CheckDef } }[];
};
type CheckDef = { check: string; maximum?: number; minimum?: number; value?: number; inclusive?: boolean; format?: string };

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const checksOf = (schema: z.ZodType) => (defOf(schema).checks ?? []).map((c) => c._zod.def);
const wrappers = new Set(["optional", "nullable", "default", "prefault", "catch", "readonly", "nonoptional"]);

export const isZodSchema = (value: unknown): value is z.ZodType =>
  typeof value === "object" && value !== null && "_zod" in value && typeof (value as { safeParse?: unknown }).safeParse === "function";

/** Text that passes common formats (ids, dates, e-mails, links, codes), some with a payload inside. */
const plausibleText = fc.constantFrom(
  "x",
  "1",
  "1.2",
  "2025-06-30",
  "2025-02-30",
  "2025-6-3",
  "vi",
  "en",
  "a@b.vn",
  "<script>@example.com",
  "https://example.vn/?q=<script>alert(1)</script>",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "0".repeat(64),
  "on",
  "true",
);

/** Values shaped like what `schema` takes, hostile at every level. */
export function inputFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const anything = depth > 4 ? fc.constant(null) : hostileValue;
  return fc.oneof({ weight: 1, arbitrary: anything }, { weight: 4, arbitrary: shapedInput(schema, depth) });
}

function shapedInput(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 5) return hostileValue;
  switch (def.type) {
    case "string":
      return fc.oneof(hostileString, storableHostileText, plausibleText, fc.string({ maxLength: 12 }));
    case "number":
      return fc.oneof(hostileNumber, fc.integer({ min: -5, max: 2100 }), numberLikeText);
    case "boolean":
      return fc.oneof(fc.boolean(), fc.constantFrom("on", "true", "false", 0, 1));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case "literal":
      return fc.constantFrom(...(def.values ?? [null]));
    case "object": {
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      if (keys.length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 3 });
      return fc.record(Object.fromEntries(keys.map((key) => [key, inputFor(shape[key], depth + 1)])), { requiredKeys: [] });
    }
    case "array":
      return fc.array(inputFor(def.element!, depth + 1), { maxLength: 6 });
    case "union":
      return fc.oneof(...def.options!.map((option) => shapedInput(option, depth + 1)));
    case "pipe":
      // A preprocess is a transform piped into the real schema: shape the input after the latter.
      return shapedInput(defOf(def.in!).type === "transform" ? def.out! : def.in!, depth + 1);
    default:
      if (wrappers.has(def.type)) return fc.oneof(fc.constantFrom(null, undefined, ""), shapedInput(def.innerType!, depth + 1));
      return hostileValue;
  }
}

/**
 * Where an accepted output breaks a limit its schema declares (maximum length, range, whole or
 * finite number, enum membership, no unknown keys), as "path: problem"; empty when it keeps them.
 */
export function boundProblems(schema: z.ZodType, value: unknown, path = "$"): string[] {
  const def = defOf(schema);
  if (wrappers.has(def.type)) return value === null || value === undefined ? [] : boundProblems(def.innerType!, value, path);
  const at = (problem: string) => [`${path}: ${problem}`];
  switch (def.type) {
    case "pipe":
      return defOf(def.out!).type === "transform" ? [] : boundProblems(def.out!, value, path);
    case "string": {
      if (typeof value !== "string") return at(`expected a string, got ${typeof value}`);
      // zod counts code points, not UTF-16 units, so an emoji is one character.
      const length = Array.from(value).length;
      const max = checksOf(schema).find((c) => c.check === "max_length")?.maximum;
      return max !== undefined && length > max ? at(`${length} characters, more than ${max}`) : [];
    }
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value)) return at(`expected a finite number, got ${String(value)}`);
      const problems: string[] = [];
      for (const check of checksOf(schema)) {
        const limit = check.value!;
        if (check.check === "less_than" && !(check.inclusive ? value <= limit : value < limit)) problems.push(`${value} above ${limit}`);
        if (check.check === "greater_than" && !(check.inclusive ? value >= limit : value > limit)) problems.push(`${value} below ${limit}`);
        if (check.check === "number_format" && check.format === "safeint" && !Number.isSafeInteger(value)) problems.push(`${value} not whole`);
      }
      return problems.flatMap(at);
    }
    case "boolean":
      return typeof value === "boolean" ? [] : at(`expected a boolean, got ${typeof value}`);
    case "enum":
      return Object.values(def.entries ?? {}).includes(value as string) ? [] : at(`${String(value)} is not one of the choices`);
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return at("expected an object");
      const shape = def.shape ?? {};
      const extra = Object.keys(value).filter((key) => !(key in shape));
      return [...extra.map((key) => `${path}.${key}: not in the schema`), ...Object.keys(shape).flatMap((key) => boundProblems(shape[key], (value as Record<string, unknown>)[key], `${path}.${key}`))];
    }
    case "array": {
      if (!Array.isArray(value)) return at("expected an array");
      const max = checksOf(schema).find((c) => c.check === "max_length")?.maximum;
      const tooMany = max !== undefined && value.length > max ? at(`${value.length} entries, more than ${max}`) : [];
      return [...tooMany, ...value.flatMap((item, i) => boundProblems(def.element!, item, `${path}[${i}]`))];
    }
    case "union": {
      const perOption = def.options!.map((option) => boundProblems(option, value, path));
      return perOption.some((problems) => problems.length === 0) ? [] : perOption[0];
    }
    default:
      return [];
  }
}

// Tried in turn on each field a schema refuses; together they satisfy the app's formats and ranges.
const repairs: unknown[] = ["x", 1, "2025-06-30", 2025, "a@b.vn", "https://example.vn/", "correct-horse-battery", true, null, [], {}, "0".repeat(64)];

function setAt(root: unknown, path: readonly PropertyKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy: unknown = typeof root === "object" && root !== null ? (Array.isArray(root) ? [...(root as unknown[])] : { ...root }) : typeof head === "number" ? [] : {};
  const node = copy as Record<PropertyKey, unknown>;
  node[head] = setAt(node[head], rest, value);
  return node;
}

/**
 * `input` with the fields `schema` refuses swapped for plausible values, one attempt at a time,
 * so that the hostile values it does take reach its output. May still be refused.
 */
export function repaired(schema: z.ZodType, input: unknown, attempts = 16): unknown {
  let current: unknown = typeof input === "object" && input !== null ? input : {};
  const tried = new Map<string, number>();
  for (let i = 0; i < attempts; i++) {
    const result = schema.safeParse(current);
    if (result.success) break;
    for (const issue of result.error.issues) {
      const key = JSON.stringify(issue.path);
      const next = tried.get(key) ?? 0;
      if (next >= repairs.length) continue;
      tried.set(key, next + 1);
      current = setAt(current, issue.path, repairs[next]);
    }
  }
  return current;
}
