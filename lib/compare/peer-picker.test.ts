import { describe, expect, it } from "vitest";
import { mostFound, peerChoices, searchable, wholePeerList } from "./peer-picker";

const city = (n: number, nameVi = `Xã Tân Phú ${n}`) => ({ slug: `c-${n}`, nameVi, nameEn: `Tan Phu ${n} Commune` });

describe("the hand-picked peer list", () => {
  it("lists every city while there are few", () => {
    const cities = Array.from({ length: wholePeerList }, (_, n) => city(n));
    expect(peerChoices(cities, new Set(), undefined)).toEqual({ mode: "whole", listed: cities, found: 0, moreFound: 0 });
  });

  it("beyond that, lists the picked peers and what a search finds, diacritics and case aside", () => {
    const cities = [...Array.from({ length: 100 }, (_, n) => city(n)), city(500, "Phường Đông Hoà"), city(501, "Xã Đồng Hòa")];
    const picked = new Set(["c-3", "c-7"]);
    expect(peerChoices(cities, picked, undefined)).toMatchObject({ mode: "search", listed: [cities[3], cities[7]], found: 0, moreFound: 0 });
    const found = peerChoices(cities, picked, "dong hoa");
    expect(found.listed.map((c) => c.slug)).toEqual(["c-3", "c-7", "c-500", "c-501"]);
    // Many matches: the first ones listed, the rest counted.
    const many = peerChoices(cities, picked, "TÂN PHÚ");
    expect(many.listed).toHaveLength(2 + mostFound);
    // 98 unpicked communes, and the two others by their English names.
    expect(many.moreFound).toBe(100 - mostFound);
  });

  it("lists only the picked peers when told there are more cities than it was given", () => {
    const picked = [city(3), city(7)];
    expect(peerChoices(picked, new Set(["c-3", "c-7"]), undefined, 3_300)).toEqual({ mode: "search", listed: picked, found: 0, moreFound: 0 });
    expect(peerChoices(picked, new Set(["c-3"]), undefined, wholePeerList).mode).toBe("whole");
  });

  it("reads names without marks", () => {
    expect(searchable("  Xã  Đồng   Hòa ")).toBe("xa dong hoa");
  });
});
