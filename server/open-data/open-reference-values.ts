import "server-only";
import { toReferenceValueRecord, type IndicatorWording, type ReferenceValueRecord } from "@/lib/open-data/records";
import type { OpenDataFilter } from "@/lib/validation/open-data";
import type { Db } from "../db";
import { listReferenceIndicators } from "../reference-values/reference-indicators";
import type { OpenDataSource } from "./open-data-source";

/**
 * Published figures of every city, publishing or not (lib/open-data/rules.ts says why), in a
 * fixed order: city, framework, indicator, year. Each reads with its indicator's current wording.
 */
export function openReferenceValues(db: Db, filter: OpenDataFilter): OpenDataSource<ReferenceValueRecord> {
  const where = {
    ...(filter.city !== undefined && { city: { slug: filter.city } }),
    ...(filter.framework !== undefined && { frameworkCode: filter.framework }),
    ...(filter.year !== undefined && { year: filter.year }),
  };
  // Loaded once per list: a CSV download reads many batches against the same wording.
  let wording: Promise<Map<string, IndicatorWording>> | null = null;
  const loadWording = async () =>
    new Map((await listReferenceIndicators(db)).flatMap((framework) => framework.indicators.map((indicator) => [`${framework.code}/${indicator.code}`, indicator] as const)));
  return {
    count: () => db.referenceValue.count({ where }),
    async batch(offset, limit) {
      wording ??= loadWording();
      const [rows, byKey] = await Promise.all([
        db.referenceValue.findMany({
          where,
          orderBy: [{ city: { slug: "asc" } }, { frameworkCode: "asc" }, { indicatorCode: "asc" }, { year: "asc" }, { id: "asc" }],
          skip: offset,
          take: limit,
          select: {
            frameworkCode: true,
            indicatorCode: true,
            year: true,
            value: true,
            count: true,
            basis: true,
            asOf: true,
            publishedOn: true,
            sourceTitle: true,
            sourceUrl: true,
            noteVi: true,
            noteEn: true,
            city: { select: { slug: true, nameVi: true, nameEn: true } },
          },
        }),
        wording,
      ]);
      return { records: rows.map((row) => toReferenceValueRecord(row, byKey.get(`${row.frameworkCode}/${row.indicatorCode}`))), exhausted: rows.length < limit };
    },
  };
}
