import "server-only";
import { toResultRecord, type ResultRecord } from "@/lib/open-data/records";
import { publishedStatus } from "@/lib/open-data/rules";
import type { OpenDataFilter } from "@/lib/validation/open-data";
import type { Db } from "../db";
import type { OpenDataSource } from "./open-data-source";

/**
 * Approved answers of publishing cities (lib/open-data/rules.ts), one page at a time in a fixed
 * order: city, framework, year, then the framework's own order. Each row passes the same rule
 * again as it is shaped, so nothing but approved work of a publishing city is ever returned.
 */
export function openResults(db: Db, filter: OpenDataFilter): OpenDataSource<ResultRecord> {
  const where = {
    assessment: {
      status: publishedStatus,
      approvedAt: { not: null },
      city: { publishesOpenData: true, ...(filter.city !== undefined && { slug: filter.city }) },
      ...(filter.framework !== undefined && { frameworkCode: filter.framework }),
      ...(filter.year !== undefined && { year: filter.year }),
    },
  };
  return {
    count: () => db.response.count({ where }),
    async batch(offset, limit) {
      const rows = await db.response.findMany({
        where,
        orderBy: [
          { assessment: { city: { slug: "asc" } } },
          { assessment: { frameworkCode: "asc" } },
          { assessment: { year: "asc" } },
          { indicator: { position: "asc" } },
          { id: "asc" },
        ],
        skip: offset,
        take: limit,
        select: {
          numerator: true,
          denominator: true,
          value: true,
          text: true,
          dataYear: true,
          assessment: {
            select: {
              status: true,
              year: true,
              approvedAt: true,
              fromPublications: true,
              cityId: true,
              city: { select: { slug: true, nameVi: true, nameEn: true, publishesOpenData: true } },
              framework: { select: { code: true, version: true, titleVi: true, titleEn: true, levelScales: true } },
            },
          },
          indicator: {
            select: {
              id: true,
              sectionId: true,
              code: true,
              labelVi: true,
              labelEn: true,
              type: true,
              direction: true,
              unitVi: true,
              unitEn: true,
              levelScale: true,
              weight: true,
              required: true,
              section: { select: { path: true } },
              targets: { select: { year: true, value: true, sourceTitle: true, sourceUrl: true, cityId: true } },
            },
          },
        },
      });
      return { records: rows.map(toResultRecord).filter((r) => r !== null), exhausted: rows.length < limit };
    },
  };
}
