import { describe, expect, it } from "vitest";
import { assessmentCsvQuerySchema, reportsPageQuerySchema, scopeCsvQuerySchema, scopeExportQuerySchema } from "./exports";

describe("export queries", () => {
  it("need a framework and a year for the scope, and default the CSV to the wide table", () => {
    expect(scopeExportQuerySchema.parse({ framework: "vn-learning-society", year: "2024" })).toEqual({ framework: "vn-learning-society", year: 2024 });
    expect(scopeExportQuerySchema.safeParse({ framework: "vn-learning-society", year: "abc" }).success).toBe(false);
    expect(scopeExportQuerySchema.safeParse({ year: "2024" }).success).toBe(false);
    expect(scopeCsvQuerySchema.parse({ framework: "x", year: "2024" }).table).toBe("wide");
    expect(scopeCsvQuerySchema.safeParse({ framework: "x", year: "2024", table: "pivot" }).success).toBe(false);
  });

  it("name one of the assessment's four tables, the answers by default", () => {
    expect(assessmentCsvQuerySchema.parse({ id: "a1" }).table).toBe("responses");
    expect(assessmentCsvQuerySchema.parse({ id: "a1", table: "history" }).table).toBe("history");
    expect(assessmentCsvQuerySchema.safeParse({ id: "a1", table: "users" }).success).toBe(false);
  });

  it("let the reports page drop a stale or mangled choice instead of failing", () => {
    expect(reportsPageQuerySchema.parse({ framework: ["a", "b"], year: "soon" })).toEqual({ framework: undefined, year: undefined });
    expect(reportsPageQuerySchema.parse({ framework: "unesco-kflc", year: "2025" })).toEqual({ framework: "unesco-kflc", year: 2025 });
  });
});
