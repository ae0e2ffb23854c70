import "server-only";
import { mayReadCityProfile, type Actor } from "@/lib/permissions";
import type { Db } from "../db";
import { listReferenceIndicators } from "./reference-indicators";

/**
 * Published figures, of the given cities or of all, limited to cities whose profile the actor
 * may read; each with its indicator's and framework's wording from the latest published
 * version (null when the indicator is no longer there). In bulk: a fixed number of queries
 * however many cities. Ordered by city, then as the frameworks list their indicators, then
 * newest year first.
 */
export async function listReferenceValues(db: Db, actor: Actor, options: { cityIds?: string[] } = {}) {
  const [rows, frameworks] = await Promise.all([
    db.referenceValue.findMany({
      where: options.cityIds ? { cityId: { in: options.cityIds } } : {},
      include: { city: { select: { id: true, slug: true, nameVi: true, nameEn: true, isReference: true } } },
    }),
    listReferenceIndicators(db),
  ]);
  const indicatorByKey = new Map(
    frameworks.flatMap((framework, f) =>
      framework.indicators.map((indicator, i) => [
        `${framework.code}/${indicator.code}`,
        { indicator, framework: { code: framework.code, titleVi: framework.titleVi, titleEn: framework.titleEn }, rank: f * 10_000 + i },
      ]),
    ),
  );
  const found = (row: (typeof rows)[number]) => indicatorByKey.get(`${row.frameworkCode}/${row.indicatorCode}`);
  const rank = (row: (typeof rows)[number]) => found(row)?.rank ?? Number.MAX_SAFE_INTEGER;
  return rows
    .filter((row) => mayReadCityProfile(actor, row.city))
    .sort(
      (a, b) =>
        a.city.nameVi.localeCompare(b.city.nameVi, "vi") ||
        rank(a) - rank(b) ||
        `${a.frameworkCode}/${a.indicatorCode}`.localeCompare(`${b.frameworkCode}/${b.indicatorCode}`) ||
        b.year - a.year,
    )
    .map((row) => ({ ...row, indicator: found(row)?.indicator ?? null, framework: found(row)?.framework ?? null }));
}
export type ReferenceValueView = Awaited<ReturnType<typeof listReferenceValues>>[number];
