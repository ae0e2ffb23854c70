import "server-only";
import type { Db } from "../db";

/**
 * Any change to an answer or its evidence has to be checked again before the checklist counts
 * as complete, so a completed assessment loses its completion. True when it had one to lose, so
 * the checklist on screen can say so at once.
 */
export async function clearCompletion(tx: Pick<Db, "assessment">, assessmentId: string): Promise<boolean> {
  const { count } = await tx.assessment.updateMany({ where: { id: assessmentId, completedAt: { not: null } }, data: { completedAt: null, completedById: null } });
  return count > 0;
}
