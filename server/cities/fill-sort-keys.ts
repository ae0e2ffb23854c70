import "server-only";
import { sortKey } from "@/lib/format/sort-key";
import type { Db } from "../db";

/**
 * Gives every city that has none its sort keys (cities stored before the keys existed); the
 * database client keeps them with the names from then on (server/db.ts). Returns how many.
 */
export async function fillCitySortKeys(db: Db): Promise<number> {
  const missing = await db.city.findMany({ where: { OR: [{ sortKeyVi: "" }, { sortKeyEn: "" }] }, select: { id: true, nameVi: true, nameEn: true } });
  for (const city of missing) {
    await db.city.update({ where: { id: city.id }, data: { sortKeyVi: sortKey(city.nameVi, "vi"), sortKeyEn: sortKey(city.nameEn, "en") } });
  }
  return missing.length;
}
