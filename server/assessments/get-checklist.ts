import { mayEditAssessment, mayReadAssessment, type Actor } from "@/lib/permissions";
import type { Db } from "../db";
import { toEvidenceFileView } from "../evidence/evidence-view";
import { emptyResponseView, toResponseView, type ResponseView } from "./response-view";

/**
 * Everything the checklist and readiness pages need for one assessment, in a fixed number of
 * queries whatever the framework's size: the assessment, its framework tree, its answers, and
 * the same city's other years of the same framework (for last year's value and the trend).
 */
export async function getChecklist(db: Db, actor: Actor, assessmentId: string) {
  const assessment = await db.assessment.findUnique({
    where: { id: assessmentId },
    include: { city: true, framework: true },
  });
  if (!assessment || !mayReadAssessment(actor, assessment)) return null;

  const [sections, indicators, responses, files, otherYears] = await Promise.all([
    db.frameworkSection.findMany({ where: { frameworkId: assessment.frameworkId }, orderBy: { position: "asc" } }),
    db.indicator.findMany({ where: { frameworkId: assessment.frameworkId }, orderBy: { position: "asc" }, include: { targets: { orderBy: { year: "asc" } } } }),
    db.response.findMany({ where: { assessmentId } }),
    db.evidenceFile.findMany({ where: { assessmentId }, orderBy: { createdAt: "asc" } }),
    db.assessment.findMany({
      where: { cityId: assessment.cityId, frameworkCode: assessment.frameworkCode, id: { not: assessmentId } },
      select: { year: true, status: true, responses: { select: { value: true, indicator: { select: { code: true } } } } },
      orderBy: { year: "asc" },
    }),
  ]);

  const byIndicator = new Map(responses.map((r) => [r.indicatorId, toResponseView(r)]));
  const answers: ResponseView[] = indicators.map((i) => byIndicator.get(i.id) ?? emptyResponseView(i.id));

  // Other years are matched by indicator code, which stays the same across framework versions.
  const history = otherYears.map((other) => ({
    year: other.year,
    status: other.status,
    values: Object.fromEntries(other.responses.filter((r) => r.value !== null).map((r) => [r.indicator.code, r.value as number])),
  }));
  // Soft warnings compare with last year's figure once a coordinator has approved it.
  const lastYear = history.find((h) => h.year === assessment.year - 1 && h.status === "approved") ?? null;

  return {
    assessment,
    sections,
    indicators,
    answers,
    files: files.map(toEvidenceFileView),
    history,
    lastYearValues: lastYear?.values ?? {},
    editable: mayEditAssessment(actor, assessment),
  };
}
export type Checklist = NonNullable<Awaited<ReturnType<typeof getChecklist>>>;
