import "server-only";
import { parseLevelScales, scoreChecklist } from "@/lib/assessments/score-checklist";
import { mayReadCity, mayReadFramework, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { QueueRow, QueueStatus } from "@/lib/review/queue";
import { assessmentStatuses } from "@/lib/review/workflow";
import { toResponseView } from "../assessments/response-view";
import type { Db } from "../db";
import { reviewQueue } from "../review/review-queue";
import type { Bilingual, ReportTarget } from "@/lib/reports/report-model";

// Where every city in the reader's scope stands on one framework and year: the review queue's
// rows (status, share answered, readiness, due date, cities a cycle still waits for) with each
// city's three most urgent gaps. Plain data, formatted by the renderer.

export const overviewStatuses = ["notStarted", ...assessmentStatuses] as const satisfies readonly QueueStatus[];

export interface OverviewGap {
  code: string;
  label: Bilingual;
  type: string;
  status: "behind" | "noData";
  value: number | null;
  target: Pick<ReportTarget, "year" | "value"> | null;
}

/** A city's row of the review queue, with its most urgent gaps. */
export type OverviewCity = Pick<QueueRow, "assessmentId" | "status" | "completeness" | "readiness" | "dueOn" | "daysToDue" | "overdue"> & {
  city: { id: string; slug: string; name: Bilingual };
  topGaps: OverviewGap[];
};

export interface ScopeOverview {
  framework: { code: string; title: Bilingual };
  year: number;
  generatedAt: Date;
  counts: Record<QueueStatus, number>;
  /** Overdue cities first, the longest overdue first; then by name. */
  cities: OverviewCity[];
}

/**
 * The overview of every city the actor may read, for `frameworkCode` and `year`. Anyone signed in
 * may have it for their own scope: an official sees their city alone. A fixed number of queries.
 */
export async function loadScopeOverview(db: Db, actor: Actor, input: { frameworkCode: string; year: number }, now = new Date()): Promise<Result<ScopeOverview>> {
  const framework = await db.framework.findFirst({
    where: { code: input.frameworkCode, status: { in: ["published", "retired"] } },
    orderBy: { version: "desc" },
    select: { code: true, titleVi: true, titleEn: true, status: true },
  });
  if (!framework || !mayReadFramework(actor, framework.status)) return fail("notFound");

  const rows = await reviewQueue(db, actor, now, mayReadCity, { frameworkCode: input.frameworkCode, year: input.year });
  const gaps = await topGaps(db, rows.flatMap((r) => (r.assessmentId ? [r.assessmentId] : [])));

  const counts = Object.fromEntries(overviewStatuses.map((s) => [s, 0])) as Record<QueueStatus, number>;
  for (const row of rows) counts[row.status]++;
  const collator = new Intl.Collator("vi");
  const cities = rows
    .map(
      (row): OverviewCity => ({
        city: { id: row.cityId, slug: row.city.slug, name: { vi: row.city.nameVi, en: row.city.nameEn } },
        assessmentId: row.assessmentId,
        status: row.status,
        completeness: row.completeness,
        readiness: row.readiness,
        dueOn: row.dueOn,
        daysToDue: row.daysToDue,
        overdue: row.overdue,
        topGaps: (row.assessmentId && gaps.get(row.assessmentId)) || [],
      }),
    )
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.overdue ? (a.daysToDue ?? 0) - (b.daysToDue ?? 0) : 0) || collator.compare(a.city.name.vi, b.city.name.vi));

  return ok({ framework: { code: framework.code, title: { vi: framework.titleVi, en: framework.titleEn } }, year: input.year, generatedAt: now, counts, cities });
}

/** The three most urgent gaps of each assessment, scored as the readiness page scores them. */
async function topGaps(db: Db, assessmentIds: string[]): Promise<Map<string, OverviewGap[]>> {
  if (assessmentIds.length === 0) return new Map();
  const assessments = await db.assessment.findMany({
    where: { id: { in: assessmentIds } },
    select: { id: true, cityId: true, year: true, frameworkId: true, framework: { select: { levelScales: true } } },
  });
  const frameworkIds = [...new Set(assessments.map((a) => a.frameworkId))];
  const [sections, indicators, responses] = await Promise.all([
    db.frameworkSection.findMany({ where: { frameworkId: { in: frameworkIds } }, select: { id: true, path: true, frameworkId: true } }),
    db.indicator.findMany({ where: { frameworkId: { in: frameworkIds } }, orderBy: { position: "asc" }, include: { targets: { orderBy: { year: "asc" } } } }),
    db.response.findMany({ where: { assessmentId: { in: assessmentIds } } }),
  ]);
  const answersOf = new Map<string, ReturnType<typeof toResponseView>[]>();
  for (const response of responses) answersOf.set(response.assessmentId, [...(answersOf.get(response.assessmentId) ?? []), toResponseView(response)]);
  const byId = new Map(indicators.map((i) => [i.id, i]));

  return new Map(
    assessments.map((assessment) => {
      const own = indicators.filter((i) => i.frameworkId === assessment.frameworkId);
      const answers = answersOf.get(assessment.id) ?? [];
      const result = scoreChecklist(
        sections.filter((s) => s.frameworkId === assessment.frameworkId),
        own,
        answers,
        parseLevelScales(assessment.framework.levelScales),
        assessment.year,
        assessment.cityId,
      );
      const valueOf = new Map(answers.map((a) => [a.indicatorId, a.value]));
      return [
        assessment.id,
        result.gaps.slice(0, 3).map((gap): OverviewGap => {
          const indicator = byId.get(gap.indicatorId)!;
          const target = result.indicators.get(gap.indicatorId)?.target ?? null;
          return {
            code: indicator.code,
            label: { vi: indicator.labelVi, en: indicator.labelEn },
            type: indicator.type,
            status: gap.status,
            value: valueOf.get(gap.indicatorId) ?? null,
            target: target ? { year: target.year, value: target.value } : null,
          };
        }),
      ];
    }),
  );
}
