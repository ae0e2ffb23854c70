import "server-only";
import { describeChange } from "@/lib/history/describe-change";
import { mayReadAssessment, type Actor } from "@/lib/permissions";
import type { HistoryEntry } from "@/lib/reports/assessment-rows";
import { fail, ok, type Result } from "@/lib/result";
import type { Db } from "../db";

/** Audit events read per round trip. */
export const historyBatchSize = 500;

export interface AssessmentHistoryRows {
  assessment: { citySlug: string; frameworkCode: string; year: number };
  codeOf(indicatorId: string): string | null;
  /** The whole audit trail, oldest first, a batch at a time. */
  batches(): AsyncGenerator<HistoryEntry[]>;
}

/**
 * An assessment's complete audit trail for its exports (the history page shows only the latest
 * events; an export has them all), read in batches by a cursor so a long trail never sits in
 * memory at once. notFound for an assessment the actor may not read, as everywhere.
 */
export async function readAssessmentHistory(db: Db, actor: Actor, assessmentId: string, batchSize = historyBatchSize): Promise<Result<AssessmentHistoryRows>> {
  const assessment = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: { id: true, cityId: true, year: true, frameworkId: true, frameworkCode: true, city: { select: { slug: true } } },
  });
  if (!assessment || !mayReadAssessment(actor, assessment)) return fail("notFound");
  const indicators = await db.indicator.findMany({ where: { frameworkId: assessment.frameworkId }, select: { id: true, code: true, type: true } });
  const byId = new Map(indicators.map((i) => [i.id, i]));

  async function* batches(): AsyncGenerator<HistoryEntry[]> {
    let after: string | undefined;
    for (;;) {
      const rows = await db.auditEvent.findMany({
        where: { assessmentId: assessment!.id },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        take: batchSize,
        ...(after ? { cursor: { id: after }, skip: 1 } : {}),
        select: { id: true, at: true, action: true, before: true, after: true, indicatorId: true, actor: { select: { name: true } } },
      });
      if (rows.length === 0) return;
      yield rows.map((row) => {
        const indicator = row.indicatorId ? byId.get(row.indicatorId) : undefined;
        return { at: row.at, actorName: row.actor?.name ?? null, indicator: indicator ? { code: indicator.code, type: indicator.type } : null, change: describeChange(row) };
      });
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1].id;
    }
  }

  return ok({
    assessment: { citySlug: assessment.city.slug, frameworkCode: assessment.frameworkCode, year: assessment.year },
    codeOf: (indicatorId) => byId.get(indicatorId)?.code ?? null,
    batches,
  });
}
