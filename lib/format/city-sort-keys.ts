import { sortKey } from "./sort-key";

type Names = { nameVi?: unknown; nameEn?: unknown };

/**
 * The sort keys that go with whichever names a write to a city sets, so the keys never drift
 * from the names. Other data passes through unchanged.
 */
export function withCitySortKeys<T>(data: T): T {
  if (Array.isArray(data)) return data.map((row) => withCitySortKeys(row)) as T;
  if (!data || typeof data !== "object") return data;
  const names = data as Names;
  return {
    ...data,
    ...(typeof names.nameVi === "string" ? { sortKeyVi: sortKey(names.nameVi, "vi") } : {}),
    ...(typeof names.nameEn === "string" ? { sortKeyEn: sortKey(names.nameEn, "en") } : {}),
  };
}
