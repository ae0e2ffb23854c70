import "server-only";
import { mayReadAssessment, type Actor } from "@/lib/permissions";
import { mayDiscuss } from "@/lib/review/comments";
import type { Db } from "../db";
import { loadThreadViews, type ThreadView } from "./thread-view";

/**
 * Every indicator discussion of an assessment the caller has already loaded, keyed by indicator,
 * with how many are still open and whether the actor may take part. Someone who may not read
 * the assessment gets nothing.
 */
export async function listThreads(db: Db, actor: Actor, assessment: { id: string; cityId: string; fromPublications?: boolean }) {
  if (!mayReadAssessment(actor, assessment)) return { byIndicator: {} as Record<string, ThreadView>, open: 0, mayDiscuss: false };
  const threads = await loadThreadViews(db, { assessmentId: assessment.id });
  return {
    byIndicator: Object.fromEntries(threads.map((t) => [t.indicatorId, t])) as Record<string, ThreadView>,
    open: threads.filter((t) => !t.resolvedAt).length,
    mayDiscuss: mayDiscuss(actor, assessment),
  };
}
