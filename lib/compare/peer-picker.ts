import { withoutMarks } from "../format/without-marks";

// Which cities the hand-picked peer list offers. A few dozen are listed whole; beyond that the
// list holds the peers already picked and the cities a search by name finds, so a national scope
// of 3,300 units is not 3,300 checkboxes on every comparison.

/** Up to this many cities to pick from are listed whole. */
export const wholePeerList = 60;
/** The most search results listed at once. */
export const mostFound = 40;

/** Lowercase, without Vietnamese marks (đ as d), spaces collapsed: "Xã  Tân Phú" → "xa tan phu". */
export function searchable(text: string): string {
  return withoutMarks(text).toLowerCase().replace(/\s+/g, " ").trim();
}

export interface PeerChoices<City> {
  /** "whole": every city is listed; "search": the picked ones and what the search found. */
  mode: "whole" | "search";
  listed: City[];
  /** Cities the search found and lists. */
  found: number;
  /** Cities the search matched beyond those listed. */
  moreFound: number;
}

/**
 * The list for `cities` to pick from. `total` is how many there are in all when `cities` holds
 * only those the list can show (the picked ones, or what a search needs): a caller that loads
 * every city only when there are few, or when searching.
 */
export function peerChoices<City extends { slug: string; nameVi: string; nameEn: string }>(cities: readonly City[], picked: ReadonlySet<string>, find: string | undefined, total = cities.length): PeerChoices<City> {
  if (total <= wholePeerList) return { mode: "whole", listed: [...cities], found: 0, moreFound: 0 };
  const needle = searchable(find ?? "");
  const chosen = cities.filter((c) => picked.has(c.slug));
  const found = needle ? cities.filter((c) => !picked.has(c.slug) && (searchable(c.nameVi).includes(needle) || searchable(c.nameEn).includes(needle))) : [];
  const shown = found.slice(0, mostFound);
  return { mode: "search", listed: [...chosen, ...shown], found: shown.length, moreFound: found.length - shown.length };
}
