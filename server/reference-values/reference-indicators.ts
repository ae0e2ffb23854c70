import "server-only";
import { referenceIndicatorTypes } from "@/lib/validation/reference-values";
import type { Db } from "../db";

/**
 * The frameworks figures can be recorded against: the latest published version of each, with
 * its indicators measured by a number, in framework order. Labels for published figures come
 * from here too, so a figure always reads with the current wording of its indicator.
 */
export async function listReferenceIndicators(db: Db) {
  const published = await db.framework.findMany({
    where: { status: "published" },
    orderBy: [{ code: "asc" }, { version: "desc" }],
    select: { id: true, code: true, version: true, titleVi: true, titleEn: true },
  });
  const latest = published.filter((f, i) => i === 0 || published[i - 1].code !== f.code);
  const indicators = await db.indicator.findMany({
    where: { frameworkId: { in: latest.map((f) => f.id) }, type: { in: [...referenceIndicatorTypes] } },
    orderBy: { position: "asc" },
    select: { frameworkId: true, code: true, labelVi: true, labelEn: true, type: true, unitVi: true, unitEn: true },
  });
  return latest.map(({ id, ...framework }) => ({
    ...framework,
    indicators: indicators.filter((i) => i.frameworkId === id),
  }));
}
export type ReferenceFramework = Awaited<ReturnType<typeof listReferenceIndicators>>[number];
export type ReferenceIndicator = ReferenceFramework["indicators"][number];
