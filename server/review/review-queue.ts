import "server-only";
import { mayOpenReviewQueue, mayReviewCity, type Actor } from "@/lib/permissions";
import { citiesInScope } from "../cities/scope-filter";
import { vietnamToday } from "@/lib/review/cycles";
import type { QueueRow } from "@/lib/review/queue";
import type { AssessmentStatus } from "@/lib/review/workflow";
import { listAssessments } from "../assessments/list-assessments";
import { loadCycleStandings, type CityStanding } from "../cycles/cycle-standings";
import type { Db } from "../db";
import { inBatches } from "../in-batches";

type Names = { nameVi: string; nameEn: string };
type Titles = { titleVi: string; titleEn: string };
export type ReviewQueueRow = QueueRow & { city: Names & { slug: string }; framework: Titles };

/**
 * Everything a reviewer covers: each checklist of their cities, plus one row per city that an open
 * reporting cycle expects but that has not started, with due dates, open flags and discussions,
 * and the last activity. A fixed number of queries per 500 checklists, however many cities and cycles there are.
 * `covers` narrows the cities: those the actor reviews for the queue, or those they may read for
 * the overview report, which anyone may produce for their own scope. `only` keeps one framework
 * and year, read as such from the database (the overview's case), rather than filtered afterwards.
 */
export async function reviewQueue(
  db: Db,
  actor: Actor,
  now = new Date(),
  covers: (actor: Actor, cityId: string) => boolean = mayReviewCity,
  only?: { frameworkCode: string; year: number },
): Promise<ReviewQueueRow[]> {
  if (covers === mayReviewCity && !mayOpenReviewQueue(actor)) return [];
  const today = vietnamToday(now);
  const [assessments, allStandings] = await Promise.all([
    listAssessments(db, actor, only ?? {}),
    loadCycleStandings(db, today, { cities: citiesInScope(actor), openedBy: today }),
  ]);
  const standings = only ? allStandings.filter((s) => s.cycle.frameworkCode === only.frameworkCode && s.cycle.year === only.year) : allStandings;
  const reviewable = assessments.filter((a) => covers(actor, a.cityId) && !a.fromPublications);
  const ids = reviewable.map((a) => a.id);
  const [flags, threads, activity, frameworks] = await Promise.all([
    inBatches(ids, (batch) => db.reviewFlag.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: batch }, resolvedAt: null }, _count: { _all: true } })),
    inBatches(ids, (batch) => db.indicatorThread.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: batch }, resolvedAt: null }, _count: { _all: true } })),
    inBatches(ids, (batch) => db.auditEvent.groupBy({ by: ["assessmentId"], where: { assessmentId: { in: batch } }, _max: { at: true } })),
    db.framework.findMany({
      where: { code: { in: [...new Set(standings.map((s) => s.cycle.frameworkCode))] }, status: "published" },
      select: { code: true, titleVi: true, titleEn: true },
      orderBy: { version: "desc" },
    }),
  ]);
  const openFlags = new Map(flags.map((f) => [f.assessmentId, f._count._all]));
  const openThreads = new Map(threads.map((t) => [t.assessmentId, t._count._all]));
  const lastAudit = new Map(activity.map((a) => [a.assessmentId, a._max.at]));
  const dueOf = (standing: CityStanding) => ({ dueOn: standing.dueOn, daysToDue: standing.daysToDue, overdue: standing.state === "overdue" });
  const dueByAssessment = new Map(standings.flatMap((s) => s.cities.flatMap((c) => (c.assessment ? [[c.assessment.id, dueOf(c)] as const] : []))));

  const rows: ReviewQueueRow[] = reviewable.map((a) => {
    const audited = lastAudit.get(a.id);
    const last = audited && audited > a.updatedAt ? audited : a.updatedAt;
    return {
      key: a.id,
      assessmentId: a.id,
      cityId: a.cityId,
      frameworkCode: a.frameworkCode,
      year: a.year,
      status: a.status as AssessmentStatus,
      completeness: a.readiness.total ? a.readiness.answered / a.readiness.total : null,
      readiness: a.readiness.score,
      ...(dueByAssessment.get(a.id) ?? { dueOn: null, daysToDue: null, overdue: false }),
      lastActivity: last.toISOString(),
      openFlags: openFlags.get(a.id) ?? 0,
      openThreads: openThreads.get(a.id) ?? 0,
      city: a.city,
      framework: a.framework,
    };
  });

  for (const { cycle, cities } of standings) {
    const framework = frameworks.find((f) => f.code === cycle.frameworkCode);
    if (!framework) continue;
    for (const standing of cities) {
      if (standing.assessment || !covers(actor, standing.city.id)) continue;
      rows.push({
        key: `${standing.city.id}:${cycle.frameworkCode}:${cycle.year}`,
        assessmentId: null,
        cityId: standing.city.id,
        frameworkCode: cycle.frameworkCode,
        year: cycle.year,
        status: "notStarted",
        completeness: null,
        readiness: null,
        ...dueOf(standing),
        lastActivity: null,
        openFlags: 0,
        openThreads: 0,
        city: standing.city,
        framework,
      });
    }
  }
  return rows;
}
