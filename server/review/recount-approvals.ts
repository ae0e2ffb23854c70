import "server-only";
import { databaseKind } from "@/prisma/database-url";
import type { Db } from "../db";

/**
 * Counts the approved checklists of every framework and year afresh into the kept tally: after an
 * upgrade or a bulk load that wrote statuses outside the review acts. On PostgreSQL the tally is
 * locked first, so an approval under way either lands before the count (and is in it) or waits
 * and adds itself after; SQLite's one writer gives the same.
 */
export async function recountApprovals(db: Db): Promise<void> {
  await db.$transaction(async (tx) => {
    if (databaseKind() === "postgresql") await tx.$executeRaw`LOCK TABLE "ApprovedTally" IN EXCLUSIVE MODE`;
    await tx.$executeRaw`DELETE FROM "ApprovedTally"`;
    await tx.$executeRaw`
      INSERT INTO "ApprovedTally" ("frameworkCode", "year", "count")
      SELECT "frameworkCode", "year", COUNT(*) FROM "Assessment" WHERE "status" = 'approved' AND "fromPublications" = false
      GROUP BY "frameworkCode", "year"`;
  });
}
