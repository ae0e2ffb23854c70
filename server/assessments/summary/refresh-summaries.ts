import "server-only";
import { inBatches } from "../../in-batches";
import { summariesOf, type SummaryTx } from "./compute-summaries";
import { lockForSummary } from "./lock-for-summary";

/**
 * Writes the stored summary of each given assessment from a fresh computation. Call it inside the
 * transaction of the change that can alter a summary (an answer, a status, a target), after the
 * change, so the list pages never show figures the checklist no longer has.
 *
 * The assessment's row is locked first (./lock-for-summary): two saves of different answers at
 * once would otherwise each read the answers without the other's (PostgreSQL reads what was
 * committed), and the later write would store a summary missing one of them. Locked, the second
 * computes after the first has committed.
 */
export async function refreshSummaries(tx: SummaryTx, assessmentIds: readonly string[], known: { lastActivityAt?: Date } = {}): Promise<void> {
  const computedAt = new Date();
  if (assessmentIds.length === 1) {
    // One checklist, as every save does: the lock brings what the computation needs besides the
    // answers, and one statement writes the result.
    const [locked] = await lockForSummary(tx, assessmentIds);
    if (!locked) return;
    const [{ assessmentId, ...figures }] = await summariesOf(tx, [locked], known);
    // A known time came from this request's own event. A parallel save may have taken its time a
    // moment earlier but its turn at the lock later; the stored time then only moves forward.
    const stored = known.lastActivityAt ? locked.summaryLastActivityAt : null;
    const lastActivityAt = stored && stored > figures.lastActivityAt ? stored : figures.lastActivityAt;
    const row = { ...figures, lastActivityAt, computedAt };
    await tx.assessmentSummary.upsert({ where: { assessmentId }, create: { assessmentId, ...row }, update: row });
    return;
  }
  // Many at once (a recomputation, a target edit): locked and read 500 at a time, replaced in chunks.
  const summaries = await inBatches(assessmentIds, async (batch) => summariesOf(tx, await lockForSummary(tx, batch), known));
  for (let start = 0; start < summaries.length; start += 500) {
    const chunk = summaries.slice(start, start + 500);
    await tx.assessmentSummary.deleteMany({ where: { assessmentId: { in: chunk.map((s) => s.assessmentId) } } });
    await tx.assessmentSummary.createMany({ data: chunk.map((s) => ({ ...s, computedAt })) });
  }
}

/** The same for one assessment. */
export const refreshSummary = (tx: SummaryTx, assessmentId: string, known: { lastActivityAt?: Date } = {}) => refreshSummaries(tx, [assessmentId], known);
