import "server-only";
import { inBatches } from "../../in-batches";
import { lockAssessments } from "../../row-lock";
import { computeSummaries, type SummaryTx } from "./compute-summaries";

/**
 * Writes the stored summary of each given assessment from a fresh computation. Call it inside the
 * transaction of the change that can alter a summary (an answer, a status, a target), after the
 * change, so the list pages never show figures the checklist no longer has.
 *
 * The assessment's row is locked first: two saves of different answers at once would otherwise
 * each read the answers without the other's (PostgreSQL reads what was committed), and the later
 * write would store a summary missing one of them. Locked, the second computes after the first
 * has committed.
 */
export async function refreshSummaries(tx: SummaryTx, assessmentIds: readonly string[], known: { lastActivityAt?: Date } = {}): Promise<void> {
  await inBatches(assessmentIds, async (batch) => {
    await lockAssessments(tx, batch);
    return [];
  });
  const summaries = await computeSummaries(tx, assessmentIds, known);
  const computedAt = new Date();
  if (summaries.length === 1) {
    const [{ assessmentId, ...figures }] = summaries;
    if (!known.lastActivityAt) {
      await tx.assessmentSummary.upsert({ where: { assessmentId }, create: { assessmentId, ...figures, computedAt }, update: { ...figures, computedAt } });
      return;
    }
    // A known time came from this request's own event. A parallel save may have taken its time a
    // moment earlier but its turn at the lock later; the stored time then only moves forward.
    const { lastActivityAt, ...rest } = figures;
    await tx.assessmentSummary.upsert({ where: { assessmentId }, create: { assessmentId, ...figures, computedAt }, update: { ...rest, computedAt } });
    await tx.assessmentSummary.updateMany({ where: { assessmentId, lastActivityAt: { lt: lastActivityAt } }, data: { lastActivityAt } });
    return;
  }
  // Many at once (a recomputation, a target edit): replaced in chunks rather than one upsert each.
  for (let start = 0; start < summaries.length; start += 500) {
    const chunk = summaries.slice(start, start + 500);
    await tx.assessmentSummary.deleteMany({ where: { assessmentId: { in: chunk.map((s) => s.assessmentId) } } });
    await tx.assessmentSummary.createMany({ data: chunk.map((s) => ({ ...s, computedAt })) });
  }
}

/** The same for one assessment. */
export const refreshSummary = (tx: SummaryTx, assessmentId: string, known: { lastActivityAt?: Date } = {}) => refreshSummaries(tx, [assessmentId], known);
