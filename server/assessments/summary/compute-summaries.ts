import "server-only";
import { scoreChecklist, type StoredAnswer } from "@/lib/assessments/score-checklist";
import { summaryFigures, type SummaryFigures } from "@/lib/assessments/summary";
import type { Db } from "../../db";
import { frameworkScoring, type ScoringTx } from "../../frameworks/framework-scoring";
import { inBatches } from "../../in-batches";
import { toResponseView } from "../response-view";
import { storedResponses } from "../read-responses";

export type SummaryTx = Pick<Db, "assessment" | "response" | "auditEvent" | "assessmentSummary" | "$queryRaw"> & ScoringTx;
export type ComputedSummary = SummaryFigures & { assessmentId: string; lastActivityAt: Date };

/** What a summary is computed from besides the answers; `frameworkUpdatedAt` when just read. */
export type SummaryInputs = { id: string; cityId: string; frameworkId: string; year: number; updatedAt: Date; frameworkUpdatedAt?: Date };

/**
 * The summaries of the given assessments, computed afresh from their answers, their framework's
 * indicators and targets, and their audit trail. A fixed number of queries per 500 assessments.
 * `lastActivityAt`, when the caller has just recorded the newest event, saves reading the trail.
 */
export async function computeSummaries(tx: SummaryTx, assessmentIds: readonly string[], known: { lastActivityAt?: Date } = {}): Promise<ComputedSummary[]> {
  return inBatches(assessmentIds, async (ids) => {
    const assessments = await tx.assessment.findMany({ where: { id: { in: ids } }, select: { id: true, cityId: true, frameworkId: true, year: true, updatedAt: true } });
    return summariesOf(tx, assessments, known);
  });
}

/** The same for assessments whose rows the caller has read (at most 500): no read of them again. */
export async function summariesOf(tx: SummaryTx, assessments: readonly SummaryInputs[], known: { lastActivityAt?: Date } = {}): Promise<ComputedSummary[]> {
  if (assessments.length === 0) return [];
  const ids = assessments.map((a) => a.id);
  const stamps = assessments.every((a) => a.frameworkUpdatedAt) ? new Map(assessments.map((a) => [a.frameworkId, a.frameworkUpdatedAt!])) : undefined;
  const [frameworks, responses, activity] = await Promise.all([
    frameworkScoring(tx, assessments.map((a) => a.frameworkId), stamps),
    storedResponses(tx, ids),
    known.lastActivityAt ? Promise.resolve([]) : tx.auditEvent.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: ids } }, _max: { at: true } }),
  ]);
  const answers = new Map<string, StoredAnswer[]>();
  for (const r of responses) {
    const list = answers.get(r.assessmentId);
    if (list) list.push(toResponseView(r));
    else answers.set(r.assessmentId, [toResponseView(r)]);
  }
  const lastAudit = new Map(activity.map((a) => [a.assessmentId, a._max.at]));
  return assessments.map((a) => {
    const own = answers.get(a.id) ?? [];
    const framework = frameworks.get(a.frameworkId) ?? { sections: [], indicators: [], levelScales: {} };
    // Scored against the targets that apply to this city: national ones, and its own plan's.
    const result = scoreChecklist(framework.sections, framework.indicators, own, framework.levelScales, a.year, a.cityId);
    const audited = known.lastActivityAt ?? lastAudit.get(a.id);
    const values = new Map(own.map((answer) => [answer.indicatorId, answer.value]));
    return { assessmentId: a.id, ...summaryFigures(result, values), lastActivityAt: audited && audited > a.updatedAt ? audited : a.updatedAt };
  });
}
