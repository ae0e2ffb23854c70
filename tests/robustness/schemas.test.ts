import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "@/lib/validation/zod";
import { hostileValue } from "./arbitraries";
import { isMessageKey } from "./messages";
import { boundProblems, inputFor, isZodSchema, repaired } from "./schema-arbitrary";

// Every schema in lib/validation, found by importing each module, so a new schema is covered
// without touching this file. Schema factories (exported functions named *Schema, such as the
// forms' locale-aware readers) are built for each locale and, where they take a lookup of the
// indicator's type, for each numeric type and for none.

const validationDir = path.resolve(import.meta.dirname, "../../lib/validation");
const moduleFiles = readdirSync(validationDir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

const schemas: { name: string; schema: z.ZodType }[] = [];
for (const file of moduleFiles) {
  const exports: Record<string, unknown> = await import(path.join(validationDir, file));
  for (const [name, value] of Object.entries(exports)) {
    if (isZodSchema(value)) schemas.push({ name: `${file}:${name}`, schema: value });
    else if (typeof value === "function" && name.endsWith("Schema")) {
      const lookups = value.length > 1 ? ["rate", "count", undefined] : [undefined];
      for (const locale of ["vi", "en"]) {
        for (const answer of lookups) {
          const built: unknown = value(locale, () => answer);
          if (isZodSchema(built)) schemas.push({ name: `${file}:${name}(${locale}${value.length > 1 ? `, ${answer}` : ""})`, schema: built });
        }
      }
    }
  }
}

// A parse of a 10^6-character string may take some milliseconds; a regular expression that
// backtracks takes seconds. The limit is loose because the test machine is shared.
const slowParseMs = 1_000;

function check(schema: z.ZodType, input: unknown) {
  const started = performance.now();
  const result = schema.safeParse(input);
  const elapsed = performance.now() - started;
  expect(elapsed, "parse time (ms)").toBeLessThan(slowParseMs);
  if (result.success) {
    expect(boundProblems(schema, result.data)).toEqual([]);
  } else {
    for (const issue of result.error.issues) {
      expect(isMessageKey(issue.message), `"${issue.message}" at ${issue.path.join(".")} is a key in both message files`).toBe(true);
    }
  }
}

describe("every zod schema in lib/validation, on hostile input", () => {
  it("finds the schemas of every module, factories included", () => {
    expect(schemas.map((s) => s.name)).toEqual(
      expect.arrayContaining(["assessments.ts:saveResponseSchema", "users.ts:createUserSchema", "response-form.ts:responseFormSchema(vi)", "reference-values.ts:referenceValueFormSchema(en, rate)"]),
    );
  });

  // Each input is tried as generated, mostly refused, and with its refused fields made plausible,
  // so that the hostile values a schema does take reach its output too.
  it.each(schemas.map((s) => [s.name, s.schema] as const))("%s: never throws, answers quickly, refuses with message keys, accepts only values within its limits", (_name, schema) => {
    fc.assert(
      fc.property(fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 5, arbitrary: inputFor(schema) }), (input) => {
        check(schema, input);
        check(schema, repaired(schema, input));
      }),
      { numRuns: 100 },
    );
  });
});
