import { describe, expect, it } from "vitest";
import { compareQuerySchema, trendsQuerySchema } from "../validation/compare";
import { selectionHref } from "./url";

/** Reads a query string as Next.js hands it to a page: repeated parameters as arrays. */
function searchParams(href: string) {
  const params = new URLSearchParams(href.split("?")[1]);
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

describe("selectionHref", () => {
  it("carries the whole selection, so the link reproduces the view", () => {
    const selection = { framework: "vn-learning-society", year: 2025, city: "demo-city", peers: "manual" as const, peer: ["ha-noi", "vinh"] };
    const href = selectionHref("/compare", selection);
    expect(href).toBe("/compare?framework=vn-learning-society&year=2025&city=demo-city&peers=manual&peer=ha-noi&peer=vinh");
    expect(compareQuerySchema.parse(searchParams(href))).toEqual(selection);
  });

  it("keeps a single hand-picked peer and the trend's indicator", () => {
    const selection = { framework: "unesco-kflc", city: "demo-city", peers: "manual" as const, peer: ["ha-noi"], indicator: "1.1.1" };
    const href = selectionHref("/compare/trends", selection);
    expect(trendsQuerySchema.parse(searchParams(href))).toEqual({ ...selection, year: undefined });
  });

  it("leaves out what a rule-based selection does not need", () => {
    expect(selectionHref("/compare", { framework: "f", city: "c", peers: "members", peer: [] })).toBe("/compare?framework=f&city=c&peers=members");
  });
});
