// Which cities a city is compared with. Peers are chosen by a rule (the network's members, the
// same province or region, a similar size) or by hand; the own city is never its own peer.

import { provinceKey, regionOf } from "./regions";

export const peerModes = ["members", "province", "region", "population", "manual"] as const;
export type PeerMode = (typeof peerModes)[number];

export interface PeerCandidate {
  id: string;
  slug: string;
  provinceVi: string;
  provinceEn: string;
  population: number | null;
  gnlcStatus: string;
}

/**
 * City sizes for "a similar population". A band holds populations from its lower bound up to,
 * not including, the next band's: a city of exactly 500,000 is in "500k to 1M".
 */
export const populationBands = [
  { key: "under500k", below: 500_000 },
  { key: "500kTo1m", below: 1_000_000 },
  { key: "1mTo5m", below: 5_000_000 },
  { key: "over5m", below: Infinity },
] as const;
export type PopulationBand = (typeof populationBands)[number]["key"];

/** The band of a population; null when the population is unknown (or not a sensible count). */
export function populationBand(population: number | null): PopulationBand | null {
  if (population === null || !Number.isFinite(population) || population < 0) return null;
  return populationBands.find((band) => population < band.below)!.key;
}

/** A city's region, by its province's Vietnamese name or else its English one. */
export function regionOfCity(city: Pick<PeerCandidate, "provinceVi" | "provinceEn">) {
  return regionOf(city.provinceVi) ?? regionOf(city.provinceEn);
}

/**
 * The peers of `own` among `candidates`, in the candidates' order. A rule the own city cannot be
 * placed by (an unknown region, an unknown population) finds no peers rather than guessing.
 * `manualSlugs` counts only in "manual" mode; unknown slugs are ignored.
 */
export function selectPeers<C extends PeerCandidate>(own: PeerCandidate, candidates: readonly C[], mode: PeerMode, manualSlugs: readonly string[] = []): C[] {
  const others = candidates.filter((c) => c.id !== own.id);
  switch (mode) {
    case "members":
      return others.filter((c) => c.gnlcStatus === "member");
    case "province": {
      const key = provinceKey(own.provinceVi);
      return others.filter((c) => provinceKey(c.provinceVi) === key);
    }
    case "region": {
      const region = regionOfCity(own);
      return region ? others.filter((c) => regionOfCity(c) === region) : [];
    }
    case "population": {
      const band = populationBand(own.population);
      return band ? others.filter((c) => populationBand(c.population) === band) : [];
    }
    case "manual": {
      const chosen = new Set(manualSlugs);
      return others.filter((c) => chosen.has(c.slug));
    }
  }
}
