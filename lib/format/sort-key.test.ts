import { describe, expect, it } from "vitest";
import fc from "fast-check";
import cities from "@/prisma/data/cities.json";
import { generatedUnit } from "@/bench/units";
import { sortKey, type SortKeyLocale } from "./sort-key";

const byKey = (names: string[], locale: SortKeyLocale) => [...names].sort((a, b) => (sortKey(a, locale) < sortKey(b, locale) ? -1 : sortKey(a, locale) > sortKey(b, locale) ? 1 : 0));
const byCollator = (names: string[], locale: SortKeyLocale) => [...names].sort(new Intl.Collator(locale).compare);

describe("city sort keys", () => {
  it("order Vietnamese names by the Vietnamese alphabet, tones deciding last", () => {
    expect(byKey(["Đà Lạt", "Dĩ An", "Ân Thi", "An Khê", "Ăn Quán", "Ô Môn", "Ơn Lâm", "Ong", "Ưng Hòa", "Uông Bí", "Vinh"], "vi")).toEqual([
      "An Khê", "Ăn Quán", "Ân Thi", "Dĩ An", "Đà Lạt", "Ong", "Ô Môn", "Ơn Lâm", "Uông Bí", "Ưng Hòa", "Vinh",
    ]);
    expect(byKey(["Má", "Mà", "Ma", "Mạ", "Mả", "Mã"], "vi")).toEqual(["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]);
  });

  it("put a name before the longer names it begins, and ignore case and repeated spaces", () => {
    expect(byKey(["Phường An Phú", "Phường An", "phường  an bình"], "vi")).toEqual(["Phường An", "phường  an bình", "Phường An Phú"]);
    expect(sortKey("Xã  Tân Phú ", "vi")).toBe(sortKey("xã tân phú", "vi"));
  });

  it("use only lowercase letters, so any database collation keeps their order", () => {
    fc.assert(fc.property(fc.string(), (name) => /^[a-z]*$/.test(sortKey(name, "vi")) && /^[a-z]*$/.test(sortKey(name, "en"))));
  });

  it.each(["vi", "en"] as const)("agree with the %s collator on the seeded and generated place names", (locale) => {
    const seeded = cities.cities.flatMap((c: { nameVi: string; nameEn: string }) => [c.nameVi, c.nameEn]);
    const generated = Array.from({ length: 700 }, (_, n) => generatedUnit(n)).flatMap((u) => [u.nameVi, u.nameEn, u.provinceVi]);
    const names = [...new Set([...seeded, ...generated])];
    expect(byKey(names, locale)).toEqual(byCollator(names, locale));
  });
});
