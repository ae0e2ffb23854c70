import "server-only";
import { toCityRecord, type CityRecord } from "@/lib/open-data/records";
import { publishedStatus } from "@/lib/open-data/rules";
import type { Db } from "../db";
import type { OpenDataSource } from "./open-data-source";

const publishing = { publishesOpenData: true } as const;

/**
 * The cities that publish open data, by slug, a page at a time, each with the approved
 * assessments it publishes. Paged like the other lists: with every commune and ward of the
 * country publishing, one answer holding them all would run to megabytes.
 */
export function openCities(db: Db): OpenDataSource<CityRecord> {
  return {
    count: () => db.city.count({ where: publishing }),
    async batch(offset, limit) {
      const rows = await db.city.findMany({
        where: publishing,
        orderBy: { slug: "asc" },
        skip: offset,
        take: limit,
        select: {
          slug: true,
          nameVi: true,
          nameEn: true,
          provinceVi: true,
          provinceEn: true,
          country: true,
          gnlcStatus: true,
          gnlcAdmittedYear: true,
          publishesOpenData: true,
          assessments: {
            where: { status: publishedStatus, approvedAt: { not: null } },
            select: { status: true, year: true, approvedAt: true, framework: { select: { code: true, version: true, titleVi: true, titleEn: true } } },
          },
        },
      });
      return { records: rows.map(toCityRecord).filter((city) => city !== null), exhausted: rows.length < limit };
    },
  };
}
