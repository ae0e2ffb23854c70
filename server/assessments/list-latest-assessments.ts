import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import { listedReadiness } from "@/lib/assessments/summary";
import { cityScope, type Actor } from "@/lib/permissions";
import { scopeCondition } from "../cities/scope-sql";
import type { Db } from "../db";
import { rawBoolean, rawDate } from "../raw-values";
import { ensureSummaries } from "./summary/ensure-summaries";

/** One checklist as the lists of checklists show it (components/assessments/assessments-table.tsx). */
export interface ListedAssessment {
  id: string;
  cityId: string;
  frameworkCode: string;
  year: number;
  status: string;
  fromPublications: boolean;
  completedAt: Date | null;
  updatedAt: Date;
  city: { slug: string; nameVi: string; nameEn: string };
  framework: { titleVi: string; titleEn: string; version: number };
  readiness: ReturnType<typeof listedReadiness>;
}

interface RawLatest {
  id: string;
  cityId: string;
  frameworkCode: string;
  year: number | bigint;
  status: string;
  fromPublications: boolean | number | bigint | string;
  completedAt: Date | string | number | null;
  updatedAt: Date | string | number;
  citySlug: string;
  cityNameVi: string;
  cityNameEn: string;
  frameworkTitleVi: string;
  frameworkTitleEn: string;
  frameworkVersion: number | bigint;
  score: number | null;
  coverage: number | null;
  answered: number | bigint | null;
  total: number | bigint | null;
}

/**
 * The latest year of each city's checklist of each framework in the actor's scope, newest first,
 * with its city, framework and stored summary: one statement, where reading every year and
 * dropping the older ones took four (the checklists, then their cities, frameworks and summaries)
 * and grew with the years kept. The dashboard lists these for a scope of a few cities.
 */
export async function listLatestAssessments(db: Db, actor: Actor): Promise<ListedAssessment[]> {
  await ensureSummaries(db);
  const rows = await db.$queryRaw<RawLatest[]>`
    SELECT * FROM (
      SELECT a."id", a."cityId", a."frameworkCode", a."year", a."status", a."fromPublications", a."completedAt", a."updatedAt",
        c."slug" AS "citySlug", c."nameVi" AS "cityNameVi", c."nameEn" AS "cityNameEn",
        f."titleVi" AS "frameworkTitleVi", f."titleEn" AS "frameworkTitleEn", f."version" AS "frameworkVersion",
        s."score", s."coverage", s."answered", s."total",
        ROW_NUMBER() OVER (PARTITION BY a."cityId", a."frameworkCode" ORDER BY a."year" DESC, a."updatedAt" DESC, a."id") AS "newest"
      FROM "Assessment" a
      JOIN "City" c ON c."id" = a."cityId"
      JOIN "Framework" f ON f."id" = a."frameworkId"
      LEFT JOIN "AssessmentSummary" s ON s."assessmentId" = a."id"
      WHERE ${scopeCondition(cityScope(actor), Prisma.sql`a."cityId"`, actor.id)}
    ) latest
    WHERE latest."newest" = 1
    ORDER BY latest."year" DESC, latest."updatedAt" DESC, latest."id"`;
  return rows.map((row) => ({
    id: row.id,
    cityId: row.cityId,
    frameworkCode: row.frameworkCode,
    year: Number(row.year),
    status: row.status,
    fromPublications: rawBoolean(row.fromPublications),
    completedAt: row.completedAt === null ? null : rawDate(row.completedAt),
    updatedAt: rawDate(row.updatedAt),
    city: { slug: row.citySlug, nameVi: row.cityNameVi, nameEn: row.cityNameEn },
    framework: { titleVi: row.frameworkTitleVi, titleEn: row.frameworkTitleEn, version: Number(row.frameworkVersion) },
    readiness: listedReadiness(
      row.answered === null || row.total === null ? null : { score: row.score, coverage: row.coverage, answered: Number(row.answered), total: Number(row.total) },
    ),
  }));
}
