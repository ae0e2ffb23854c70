import "server-only";
import type { Db } from "../../db";
import { recountApprovals } from "../../review/recount-approvals";
import { refreshSummaries } from "./refresh-summaries";

/**
 * Recomputes the stored summary of every assessment (or of those that have none), 500 at a time,
 * each batch in its own transaction, and counts the approved checklists afresh: after an upgrade,
 * a bulk load, or to check nothing drifted. Returns how many summaries it wrote.
 */
export async function recomputeAllSummaries(db: Db, options: { onlyMissing?: boolean } = {}): Promise<number> {
  let written = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db.assessment.findMany({
      where: { ...(after ? { id: { gt: after } } : {}), ...(options.onlyMissing ? { summary: null } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
      take: 500,
    });
    if (batch.length === 0) {
      await recountApprovals(db);
      return written;
    }
    const ids = batch.map((a) => a.id);
    await db.$transaction((tx) => refreshSummaries(tx, ids), { timeout: 120_000 });
    written += ids.length;
    after = ids.at(-1);
  }
}
