import "server-only";
import type { Db } from "../db";

interface RawRange {
  code: string;
  first: number | bigint | null;
  last: number | bigint | null;
}

/**
 * The first and last year with a checklist, for every framework code: two index lookups per code
 * (the index on framework code and year), however many checklists there are. It reads every
 * city's checklists, so it says only which years exist, never whose they are.
 */
export async function checklistYearRanges(db: Db): Promise<Map<string, { first: number; last: number }>> {
  const raw = await db.$queryRaw<RawRange[]>`
    SELECT f."code" AS "code",
      (SELECT MIN(a."year") FROM "Assessment" a WHERE a."frameworkCode" = f."code") AS "first",
      (SELECT MAX(a."year") FROM "Assessment" a WHERE a."frameworkCode" = f."code") AS "last"
    FROM (SELECT DISTINCT "code" FROM "Framework") f`;
  return new Map(raw.flatMap((r) => (r.first === null || r.last === null ? [] : [[r.code, { first: Number(r.first), last: Number(r.last) }] as const])));
}
