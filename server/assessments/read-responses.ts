import "server-only";
import { Prisma, type Response } from "@/generated/sqlite/client";
import type { Db } from "../db";
import { rawDate } from "../raw-values";

type RawTx = Pick<Db, "$queryRaw">;

type RawResponse = Omit<Response, "dataYear" | "revision" | "updatedAt"> & { dataYear: number | bigint | null; revision: number | bigint; updatedAt: Date | string | number };

const columns = Prisma.sql`"id", "assessmentId", "indicatorId", "numerator", "denominator", "value", "text", "dataYear", "comment", "evidenceNote", "evidenceLinks", "revision", "updatedById", "updatedAt"`;

function toResponse(row: RawResponse): Response {
  return {
    ...row,
    numerator: row.numerator === null ? null : Number(row.numerator),
    denominator: row.denominator === null ? null : Number(row.denominator),
    value: row.value === null ? null : Number(row.value),
    dataYear: row.dataYear === null ? null : Number(row.dataYear),
    revision: Number(row.revision),
    updatedAt: rawDate(row.updatedAt),
  };
}

// Saving an answer reads the answer and then every answer of its checklist for the summary: the
// commonest request there is, so both reads are plain statements (about a third of the query
// builder's work per call), giving the same rows as `response.findUnique` and `findMany`.

/** One stored answer, or null before its first save. */
export async function storedResponse(tx: RawTx, assessmentId: string, indicatorId: string): Promise<Response | null> {
  const [row] = await tx.$queryRaw<RawResponse[]>`SELECT ${columns} FROM "Response" WHERE "assessmentId" = ${assessmentId} AND "indicatorId" = ${indicatorId}`;
  return row ? toResponse(row) : null;
}

/** Every stored answer of the given assessments (at most 500 ids). */
export async function storedResponses(tx: RawTx, assessmentIds: readonly string[]): Promise<Response[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await tx.$queryRaw<RawResponse[]>`SELECT ${columns} FROM "Response" WHERE "assessmentId" IN (${Prisma.join(assessmentIds)})`;
  return rows.map(toResponse);
}
