import "server-only";
import { toCheckIndicator } from "@/lib/assessments/check-indicator";
import { completionProblems, type CompletionProblem } from "@/lib/assessments/check-response";
import { mayEditAssessment, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { getChecklist } from "./get-checklist";
import { refreshSummary } from "./summary/refresh-summaries";

export type CompleteOutcome = { kind: "completed"; completedAt: string } | { kind: "problems"; problems: CompletionProblem[] };

/**
 * Marks the checklist complete when every required answer is there and valid, with comments
 * where a value needs one. Otherwise nothing changes and the problems come back, in checklist order.
 */
export async function completeAssessment(db: Db, actor: Actor, assessmentId: string): Promise<Result<CompleteOutcome>> {
  const checklist = await getChecklist(db, actor, assessmentId);
  if (!checklist) return fail("notFound");
  if (!mayEditAssessment(actor, checklist.assessment)) return fail("forbidden");

  const problems = completionProblems(
    checklist.indicators.map((indicator, i) => ({
      indicatorId: indicator.id,
      indicator: toCheckIndicator(indicator, checklist.assessment.framework.levelScales),
      answer: { ...checklist.answers[i], evidenceFiles: checklist.files.filter((f) => f.indicatorId === indicator.id).length },
      context: { year: checklist.assessment.year, previousValue: checklist.lastYearValues[indicator.code] ?? null },
    })),
  );
  if (problems.length > 0) return ok({ kind: "problems", problems });

  const completedAt = new Date();
  await db.$transaction(async (tx) => {
    await tx.assessment.update({ where: { id: assessmentId }, data: { completedAt, completedById: actor.id } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "assessment.complete", entityType: "Assessment", entityId: assessmentId, assessmentId, after: { completedAt } });
    await refreshSummary(tx, assessmentId);
  });
  return ok({ kind: "completed", completedAt: completedAt.toISOString() });
}
