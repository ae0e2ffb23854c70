import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "../validation/zod";
import { openDataCitiesSchema, openDataFilterSchema, openDataPageSchema } from "../validation/open-data";
import { apiBasePath, openApiDocument, type JsonSchema, type Parameter } from "./openapi";
import { toCityRecord, toReferenceValueRecord, toResultRecord } from "./records";
import { approvedAt, city, resultRow, targets } from "./sample-rows";

const routesDir = path.join(import.meta.dirname, "../../app", apiBasePath);

/** Every folder under the API's root with a route.ts, as the path it serves. */
function routeFiles(dir = routesDir, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const here = `${prefix}/${entry.name}`;
      const own = existsSync(path.join(dir, entry.name, "route.ts")) ? [here] : [];
      return [...own, ...routeFiles(path.join(dir, entry.name), here)];
    });
}

function resolve<T>(item: T | { $ref: string }): T {
  if (typeof item !== "object" || item === null || !("$ref" in item)) return item as T;
  const found = item.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], openApiDocument);
  if (!found) throw new Error(`unresolved ${item.$ref}`);
  return found as T;
}

const querySchemas: Record<string, z.ZodObject | null> = {
  "/cities": openDataCitiesSchema,
  "/results": openDataPageSchema,
  "/results.csv": openDataFilterSchema,
  "/reference-values": openDataPageSchema,
  "/reference-values.csv": openDataFilterSchema,
  "/openapi.json": null,
};

/** Checks that a record has exactly the properties its schema documents, all the way down. */
function expectShape(schema: JsonSchema, value: unknown, where: string) {
  const resolved = resolve(schema);
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) expectShape(resolved.items!, item, `${where}[]`);
    return;
  }
  expect(Object.keys(value).sort(), where).toEqual(Object.keys(resolved.properties ?? {}).sort());
  expect([...(resolved.required ?? [])].sort(), where).toEqual(Object.keys(resolved.properties ?? {}).sort());
  for (const [key, child] of Object.entries(value)) expectShape(resolved.properties![key], child, `${where}.${key}`);
}

describe("the OpenAPI description", () => {
  it("is OpenAPI 3.1 and documents every route file of the API, and nothing else", () => {
    expect(openApiDocument.openapi).toBe("3.1.0");
    expect(Object.keys(openApiDocument.paths).sort()).toEqual(routeFiles().sort());
  });

  it("documents a GET handler for every path", () => {
    for (const route of Object.keys(openApiDocument.paths)) {
      expect(readFileSync(path.join(routesDir, route, "route.ts"), "utf8"), route).toMatch(/export (async )?function GET\(/);
    }
  });

  it("lists exactly the query parameters each route accepts", () => {
    expect(Object.keys(querySchemas).sort()).toEqual(Object.keys(openApiDocument.paths).sort());
    for (const [route, item] of Object.entries(openApiDocument.paths)) {
      const documented = (item.get.parameters ?? []).map((p) => resolve<Parameter>(p).name).sort();
      expect(documented, route).toEqual(Object.keys(querySchemas[route]?.shape ?? {}).sort());
    }
  });

  it("resolves every reference", () => {
    const refs = JSON.stringify(openApiDocument).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(() => resolve({ $ref: JSON.parse(`{${ref}}`).$ref })).not.toThrow();
  });

  it("describes the records exactly as the API writes them", () => {
    const { schemas } = openApiDocument.components;
    for (const row of [resultRow({ numerator: 1, denominator: 4, value: 0.25, targets }), resultRow({ type: "level", levelScale: "happy-school-3", value: 3 })]) {
      expectShape(schemas.Result, toResultRecord(row), "Result");
    }
    const figure = { frameworkCode: "f", indicatorCode: "i", year: 2025, value: 1, count: null, basis: null, asOf: null, publishedOn: null, sourceTitle: "s", sourceUrl: null, noteVi: null, noteEn: null, city };
    expectShape(schemas.ReferenceValue, toReferenceValueRecord(figure, { labelVi: "a", labelEn: "b", type: "count", unitVi: null, unitEn: null }), "ReferenceValue");
    const registered = { ...figure, value: 0.8906, basis: "share-of-registered-households", asOf: "2024-12-19", publishedOn: "2024-12-19" };
    expectShape(schemas.ReferenceValue, toReferenceValueRecord(registered, { labelVi: "a", labelEn: "b", type: "rate", unitVi: null, unitEn: null }), "ReferenceValue");
    const framework = { code: "f", version: 1, titleVi: "a", titleEn: "b" };
    const cityRow = { ...city, provinceVi: "p", provinceEn: "p", country: "VN", gnlcStatus: "member", gnlcAdmittedYear: 2025, assessments: [{ status: "approved", year: 2025, approvedAt, framework }] };
    expectShape(schemas.City, toCityRecord(cityRow), "City");
  });
});
