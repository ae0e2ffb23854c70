import "server-only";
import { parseLevelScales, scoreChecklist, type StoredAnswer } from "@/lib/assessments/score-checklist";
import { summaryFigures, type SummaryFigures } from "@/lib/assessments/summary";
import type { Db } from "../../db";
import { inBatches } from "../../in-batches";
import { toResponseView } from "../response-view";

export type SummaryTx = Pick<Db, "assessment" | "frameworkSection" | "indicator" | "response" | "auditEvent" | "assessmentSummary">;
export type ComputedSummary = SummaryFigures & { assessmentId: string; lastActivityAt: Date };

/**
 * The summaries of the given assessments, computed afresh from their answers, their framework's
 * indicators and targets, and their audit trail. A fixed number of queries per 500 assessments.
 */
export async function computeSummaries(tx: SummaryTx, assessmentIds: readonly string[]): Promise<ComputedSummary[]> {
  return inBatches(assessmentIds, async (ids) => {
    const assessments = await tx.assessment.findMany({
      where: { id: { in: ids } },
      select: { id: true, frameworkId: true, year: true, updatedAt: true, framework: { select: { levelScales: true } } },
    });
    if (assessments.length === 0) return [];
    const frameworkIds = [...new Set(assessments.map((a) => a.frameworkId))];
    const [sections, indicators, responses, activity] = await Promise.all([
      tx.frameworkSection.findMany({ where: { frameworkId: { in: frameworkIds } }, select: { id: true, path: true, frameworkId: true } }),
      // In the framework's order, so ties between gaps fall as the checklist lists them.
      tx.indicator.findMany({ where: { frameworkId: { in: frameworkIds } }, orderBy: { position: "asc" }, include: { targets: { orderBy: { year: "asc" } } } }),
      tx.response.findMany({ where: { assessmentId: { in: ids } } }),
      tx.auditEvent.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: ids } }, _max: { at: true } }),
    ]);
    const answers = groupBy(responses, (r) => r.assessmentId, (r): StoredAnswer => toResponseView(r));
    const sectionsOf = groupBy(sections, (s) => s.frameworkId);
    const indicatorsOf = groupBy(indicators, (i) => i.frameworkId);
    const lastAudit = new Map(activity.map((a) => [a.assessmentId, a._max.at]));
    return assessments.map((a) => {
      const own = answers.get(a.id) ?? [];
      const result = scoreChecklist(sectionsOf.get(a.frameworkId) ?? [], indicatorsOf.get(a.frameworkId) ?? [], own, parseLevelScales(a.framework.levelScales), a.year);
      const audited = lastAudit.get(a.id);
      const values = new Map(own.map((answer) => [answer.indicatorId, answer.value]));
      return { assessmentId: a.id, ...summaryFigures(result, values), lastActivityAt: audited && audited > a.updatedAt ? audited : a.updatedAt };
    });
  });
}

function groupBy<T, V = T>(rows: readonly T[], key: (row: T) => string, value: (row: T) => V = (row) => row as unknown as V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(value(row));
    else groups.set(k, [value(row)]);
  }
  return groups;
}
