import "server-only";
import { describeChange, type Change } from "@/lib/history/describe-change";
import { mayReadAssessment, type Actor } from "@/lib/permissions";
import { fail, ok } from "@/lib/result";
import type { Db } from "../db";

/** The most events one page shows; older ones are left off, and `more` says so. */
export const historyLimit = 500;

export interface HistoryEvent {
  id: string;
  at: Date;
  /** Null when no person made the change (an import or the seed). */
  actorName: string | null;
  indicatorId: string | null;
  change: Change;
}

/**
 * An assessment's audit events, newest first, or one indicator's, with the framework's indicators
 * so that the page can name them. Three queries, whatever the number of events.
 */
export async function assessmentHistory(db: Db, actor: Actor, input: { assessmentId: string; indicatorId?: string }) {
  const assessment = await db.assessment.findUnique({
    where: { id: input.assessmentId },
    select: {
      id: true,
      cityId: true,
      year: true,
      frameworkId: true,
      city: { select: { nameVi: true, nameEn: true } },
      framework: { select: { titleVi: true, titleEn: true, version: true } },
    },
  });
  // Another city's assessment reads as missing, so ids cannot be probed.
  if (!assessment || !mayReadAssessment(actor, assessment)) return fail("notFound");

  const [rows, indicators] = await Promise.all([
    db.auditEvent.findMany({
      where: { assessmentId: assessment.id, ...(input.indicatorId ? { indicatorId: input.indicatorId } : {}) },
      // Ids break ties between events of the same millisecond.
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: historyLimit + 1,
      select: { id: true, at: true, action: true, before: true, after: true, indicatorId: true, actor: { select: { name: true } } },
    }),
    db.indicator.findMany({
      where: { frameworkId: assessment.frameworkId },
      orderBy: { position: "asc" },
      select: { id: true, code: true, labelVi: true, labelEn: true, type: true },
    }),
  ]);
  // A link to an indicator of another framework is as missing as one to another city's assessment.
  if (input.indicatorId && !indicators.some((i) => i.id === input.indicatorId)) return fail("notFound");

  const events: HistoryEvent[] = rows.slice(0, historyLimit).map((row) => ({
    id: row.id,
    at: row.at,
    actorName: row.actor?.name ?? null,
    indicatorId: row.indicatorId,
    change: describeChange(row),
  }));
  return ok({ assessment, indicators, events, more: rows.length > historyLimit });
}

export type AssessmentHistory = Extract<Awaited<ReturnType<typeof assessmentHistory>>, { ok: true }>["value"];
