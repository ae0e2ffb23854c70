import "server-only";
import type { Db } from "./db";

type Tx = Pick<Db, "$executeRaw">;

// Counting rows and adding one must not interleave with another request doing the same, or two
// requests that each see 9 files both add a tenth. Inside a transaction, these statements take the
// parent row's write lock first (an UPDATE that changes nothing: PostgreSQL locks the row until the
// transaction ends; SQLite takes its write lock), so a second transaction waits here, and its count
// runs after the first one's insert is committed. One statement per table keeps the SQL fixed.

/** Holds the assessment until the transaction ends (evidence files of its answers). */
export async function lockAssessment(tx: Tx, assessmentId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Assessment" SET "status" = "status" WHERE "id" = ${assessmentId}`;
}

/** Holds the progress update until the transaction ends (the files attached to it). */
export async function lockPlanUpdate(tx: Tx, updateId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "PlanUpdate" SET "note" = "note" WHERE "id" = ${updateId}`;
}
