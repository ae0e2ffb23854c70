import "server-only";
import type { Db } from "../db";

type Tx = Pick<Db, "$executeRaw">;

/**
 * Moves the kept count of approved checklists of one framework and year by `delta` (+1 for an
 * approval, -1 for a re-opening), inside the caller's transaction. One statement that adds to the
 * stored count, so approvals running at the same time each add theirs.
 */
export async function countApproval(tx: Tx, at: { frameworkCode: string; year: number }, delta: 1 | -1): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ApprovedTally" ("frameworkCode", "year", "count") VALUES (${at.frameworkCode}, ${at.year}, ${Math.max(0, delta)})
    ON CONFLICT ("frameworkCode", "year") DO UPDATE SET "count" = "ApprovedTally"."count" + ${delta}`;
}
