import { describe, expect, it } from "vitest";
import { compareQuerySchema, trendsQuerySchema } from "./compare";

describe("compareQuerySchema", () => {
  it("reads a full selection from the address bar", () => {
    expect(compareQuerySchema.parse({ framework: "vn-learning-society", year: "2025", city: "demo-city", peers: "manual", peer: ["ha-noi", "vinh"] })).toEqual({
      framework: "vn-learning-society",
      year: 2025,
      city: "demo-city",
      peers: "manual",
      peer: ["ha-noi", "vinh"],
    });
  });

  it("takes a single peer as a list of one, and drops repeats", () => {
    expect(compareQuerySchema.parse({ peers: "manual", peer: "ha-noi" }).peer).toEqual(["ha-noi"]);
    expect(compareQuerySchema.parse({ peer: ["ha-noi", "ha-noi"] }).peer).toEqual(["ha-noi"]);
  });

  it("falls back to defaults for an empty or hand-edited link, never failing", () => {
    expect(compareQuerySchema.parse({})).toEqual({ framework: undefined, year: undefined, city: undefined, peers: "members", peer: [] });
    const mangled = compareQuerySchema.parse({ framework: "", year: "next year", city: ["a", "b"], peers: "friends", peer: ["", "x".repeat(65), "vinh"] });
    expect(mangled).toEqual({ framework: undefined, year: undefined, city: undefined, peers: "members", peer: ["vinh"] });
    expect(compareQuerySchema.parse({ year: "1850" }).year).toBeUndefined();
    expect(compareQuerySchema.parse({ year: ["2024", "2025"] }).year).toBeUndefined();
  });

  it("keeps at most 200 hand-picked peers", () => {
    const many = Array.from({ length: 250 }, (_, i) => `city-${i}`);
    expect(compareQuerySchema.parse({ peer: many }).peer).toHaveLength(200);
  });
});

describe("trendsQuerySchema", () => {
  it("adds the indicator, ignoring a broken one", () => {
    expect(trendsQuerySchema.parse({ indicator: "LF" }).indicator).toBe("LF");
    expect(trendsQuerySchema.parse({ indicator: ["LF", "LU"] }).indicator).toBeUndefined();
  });
});
