import "server-only";
import { toCityRecord, type CityRecord } from "@/lib/open-data/records";
import { publishedStatus } from "@/lib/open-data/rules";
import type { Db } from "../db";

/** Every city that publishes open data, by slug, with the approved assessments it publishes. */
export async function listPublishingCities(db: Db): Promise<CityRecord[]> {
  const rows = await db.city.findMany({
    where: { publishesOpenData: true },
    orderBy: { slug: "asc" },
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
  return rows.map(toCityRecord).filter((city) => city !== null);
}
