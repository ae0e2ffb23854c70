import { describe, expect, it } from "vitest";
import { populationBand, selectPeers, type PeerCandidate } from "./peers";

const city = (slug: string, overrides: Partial<PeerCandidate> = {}): PeerCandidate => ({
  id: slug,
  slug,
  provinceVi: "Tỉnh mẫu",
  provinceEn: "Demo province",
  population: null,
  gnlcStatus: "none",
  ...overrides,
});

const demo = city("demo-city", { population: 412_000, gnlcStatus: "candidate", provinceVi: "Đồng Tháp", provinceEn: "Dong Thap" });
const cities = [
  demo,
  city("sa-dec", { provinceVi: "Đồng Tháp", provinceEn: "Dong Thap", gnlcStatus: "member", population: 213_000 }),
  city("cao-lanh", { provinceVi: "Tỉnh Đồng Tháp", provinceEn: "Dong Thap", gnlcStatus: "member" }),
  city("can-tho", { provinceVi: "Thành phố Cần Thơ", provinceEn: "Can Tho", population: 1_250_000 }),
  city("ha-noi", { provinceVi: "Thành phố Hà Nội", provinceEn: "Hanoi", gnlcStatus: "member", population: 8_700_000 }),
  city("vinh", { provinceVi: "Nghệ An", provinceEn: "Nghe An", gnlcStatus: "member", population: 500_000 }),
];
const slugs = (peers: PeerCandidate[]) => peers.map((p) => p.slug);

describe("populationBand", () => {
  it("puts a population in the band from its lower bound up to the next", () => {
    expect(populationBand(0)).toBe("under500k");
    expect(populationBand(499_999)).toBe("under500k");
    expect(populationBand(500_000)).toBe("500kTo1m");
    expect(populationBand(1_000_000)).toBe("1mTo5m");
    expect(populationBand(5_000_000)).toBe("over5m");
  });

  it("has no band for an unknown or impossible population", () => {
    expect(populationBand(null)).toBeNull();
    expect(populationBand(-1)).toBeNull();
    expect(populationBand(Number.NaN)).toBeNull();
  });
});

describe("selectPeers", () => {
  it("picks the network's members, never the city itself", () => {
    expect(slugs(selectPeers(demo, cities, "members"))).toEqual(["sa-dec", "cao-lanh", "ha-noi", "vinh"]);
    const saDec = cities[1];
    expect(slugs(selectPeers(saDec, cities, "members"))).toEqual(["cao-lanh", "ha-noi", "vinh"]);
  });

  it("picks the same province, however it is written", () => {
    expect(slugs(selectPeers(demo, cities, "province"))).toEqual(["sa-dec", "cao-lanh"]);
  });

  it("picks the same region, and nobody for a province it does not know", () => {
    expect(slugs(selectPeers(demo, cities, "region"))).toEqual(["sa-dec", "cao-lanh", "can-tho"]);
    expect(selectPeers(city("x"), cities, "region")).toEqual([]);
  });

  it("picks the same population band, and nobody for an unknown population", () => {
    expect(slugs(selectPeers(demo, cities, "population"))).toEqual(["sa-dec"]);
    expect(selectPeers(cities[2], cities, "population")).toEqual([]);
  });

  it("picks by hand, ignoring unknown slugs and the city itself", () => {
    expect(slugs(selectPeers(demo, cities, "manual", ["ha-noi", "nowhere", "demo-city", "vinh"]))).toEqual(["ha-noi", "vinh"]);
    expect(selectPeers(demo, cities, "manual")).toEqual([]);
  });

  it("ignores hand-picked slugs under a rule", () => {
    expect(slugs(selectPeers(demo, cities, "province", ["ha-noi"]))).toEqual(["sa-dec", "cao-lanh"]);
  });
});
