// The size of the network at a date, and the checks a new row of figures must pass. The
// figures need not grow from one row to the next (a source may count differently), but they
// must fit together.

import { compareAsOf, parseAsOf, type AsOf } from "./as-of";

export interface NetworkFigures {
  newMembers: number | null;
  newMemberCountries: number | null;
  totalMembers: number;
  countries: number;
  citizensReached: number | null;
}

export const networkLimits = {
  members: 100_000,
  // More than the world's countries and territories, so any real figure fits.
  countries: 300,
  // The database column is a 32-bit integer.
  citizens: 2_147_483_647,
} as const;

export type FigureField = keyof NetworkFigures;

/** Figures that contradict each other, by the field to correct; message keys under `network.errors`. */
export function figureProblems(figures: NetworkFigures): { field: FigureField; message: string }[] {
  const problems: { field: FigureField; message: string }[] = [];
  const { newMembers, newMemberCountries, totalMembers, countries } = figures;
  // Every country in the network has at least one member city.
  if (countries > totalMembers) problems.push({ field: "countries", message: "network.errors.moreCountriesThanMembers" });
  if (newMembers !== null && newMembers > totalMembers) problems.push({ field: "newMembers", message: "network.errors.moreNewThanTotal" });
  if (newMemberCountries !== null) {
    if (newMembers === null) problems.push({ field: "newMembers", message: "network.errors.newMembersNeeded" });
    else if (newMemberCountries > newMembers) problems.push({ field: "newMemberCountries", message: "network.errors.moreCountriesThanMembers" });
    if (newMemberCountries > countries) problems.push({ field: "newMemberCountries", message: "network.errors.moreNewThanTotal" });
  }
  return problems;
}

export interface GrowthPoint {
  asOf: AsOf;
  totalMembers: number;
  countries: number;
}

/** Members and countries over time, oldest first; rows whose date cannot be read are left out. */
export function growthSeries(stats: readonly { asOf: string; totalMembers: number; countries: number }[]): GrowthPoint[] {
  return stats
    .flatMap((s) => {
      const asOf = parseAsOf(s.asOf);
      return asOf ? [{ asOf, totalMembers: s.totalMembers, countries: s.countries }] : [];
    })
    .sort((a, b) => compareAsOf(a.asOf, b.asOf));
}
