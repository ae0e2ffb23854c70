import "server-only";
import type { Db } from "../db";

export type FrameworkTitles = { titleVi: string; titleEn: string };

/**
 * The title of each framework code, as lists that name a framework by code show it: from its
 * newest published version, or else its newest retired one. Codes with neither are left out.
 */
export async function frameworkTitles(db: Db, codes: readonly string[]): Promise<Map<string, FrameworkTitles>> {
  if (codes.length === 0) return new Map();
  const versions = await db.framework.findMany({
    where: { code: { in: [...new Set(codes)] }, status: { in: ["published", "retired"] } },
    // Published before retired ("p" < "r"), then the newest version: the first of a code names it.
    orderBy: [{ status: "asc" }, { version: "desc" }],
    select: { code: true, titleVi: true, titleEn: true },
  });
  const titles = new Map<string, FrameworkTitles>();
  for (const v of versions) if (!titles.has(v.code)) titles.set(v.code, { titleVi: v.titleVi, titleEn: v.titleEn });
  return titles;
}
