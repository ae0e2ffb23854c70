import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import type { Db } from "../../db";
import { rawDate } from "../../raw-values";

export type LockTx = Pick<Db, "$queryRaw">;

/** What computing an assessment's summary needs of its own row, read as the row is locked. */
export interface LockedAssessment {
  id: string;
  cityId: string;
  frameworkId: string;
  year: number;
  updatedAt: Date;
  /** The framework version's last change: whether the scoring kept in memory is still its own. */
  frameworkUpdatedAt: Date;
  /** The stored summary's last activity, null before the first summary. */
  summaryLastActivityAt: Date | null;
}

type RawRow = { id: string; cityId: string; frameworkId: string; year: number | bigint; updatedAt: Date | string | number };
type RawStamps = { id: string; frameworkUpdatedAt: Date | string | number; summaryLastActivityAt: Date | string | number | null };

/**
 * Holds the given assessments until the transaction ends and reads what their summaries are
 * computed from besides the answers (at most 500 ids), in two statements.
 *
 * The lock (an UPDATE that changes nothing: PostgreSQL locks the rows until the transaction ends,
 * SQLite takes its write lock) makes two saves of different answers of one checklist compute one
 * after the other, so the later summary includes both answers. Its RETURNING gives the rows as
 * they are once locked. The framework's stamp and the stored summary come in a second statement:
 * PostgreSQL reads other tables in a statement as they were when it began, so within the UPDATE
 * they could miss what a transaction that held the lock meanwhile committed.
 */
export async function lockForSummary(tx: LockTx, assessmentIds: readonly string[]): Promise<LockedAssessment[]> {
  if (assessmentIds.length === 0) return [];
  const ids = Prisma.join(assessmentIds);
  const rows = await tx.$queryRaw<RawRow[]>`
    UPDATE "Assessment" SET "status" = "status" WHERE "id" IN (${ids})
    RETURNING "id", "cityId", "frameworkId", "year", "updatedAt"`;
  const stamps = await tx.$queryRaw<RawStamps[]>`
    SELECT a."id", f."updatedAt" AS "frameworkUpdatedAt", s."lastActivityAt" AS "summaryLastActivityAt"
    FROM "Assessment" a JOIN "Framework" f ON f."id" = a."frameworkId" LEFT JOIN "AssessmentSummary" s ON s."assessmentId" = a."id"
    WHERE a."id" IN (${ids})`;
  const byId = new Map(stamps.map((row) => [row.id, row]));
  return rows.map((row) => {
    const stamp = byId.get(row.id)!;
    return {
      id: row.id,
      cityId: row.cityId,
      frameworkId: row.frameworkId,
      year: Number(row.year),
      updatedAt: rawDate(row.updatedAt),
      frameworkUpdatedAt: rawDate(stamp.frameworkUpdatedAt),
      summaryLastActivityAt: stamp.summaryLastActivityAt === null ? null : rawDate(stamp.summaryLastActivityAt),
    };
  });
}
