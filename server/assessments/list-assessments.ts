import "server-only";
import { parseLevelScales, scoreChecklist, type StoredAnswer } from "@/lib/assessments/score-checklist";
import { inScopeCities } from "../cities/scope-filter";
import type { Actor } from "@/lib/permissions";
import type { Db } from "../db";
import { toResponseView } from "./response-view";

/**
 * The assessments an actor may see, newest year first, each with its overall readiness and
 * coverage. Indicators and answers are loaded in bulk, so the query count does not grow with
 * the number of assessments.
 */
export async function listAssessments(db: Db, actor: Actor, options: { cityId?: string; frameworkCode?: string; year?: number } = {}) {
  const assessments = await db.assessment.findMany({
    where: {
      ...inScopeCities(actor),
      ...(options.cityId ? { cityId: options.cityId } : {}),
      ...(options.frameworkCode ? { frameworkCode: options.frameworkCode } : {}),
      ...(options.year ? { year: options.year } : {}),
    },
    include: { city: { select: { slug: true, nameVi: true, nameEn: true } }, framework: { select: { titleVi: true, titleEn: true, version: true, levelScales: true } } },
    orderBy: [{ year: "desc" }, { updatedAt: "desc" }],
  });
  if (assessments.length === 0) return [];
  const frameworkIds = [...new Set(assessments.map((a) => a.frameworkId))];
  const [sections, indicators, responses] = await Promise.all([
    db.frameworkSection.findMany({ where: { frameworkId: { in: frameworkIds } }, select: { id: true, path: true, frameworkId: true } }),
    db.indicator.findMany({ where: { frameworkId: { in: frameworkIds } }, include: { targets: true } }),
    db.response.findMany({ where: { assessmentId: { in: assessments.map((a) => a.id) } } }),
  ]);
  const answersByAssessment = new Map<string, StoredAnswer[]>();
  for (const response of responses) {
    const list = answersByAssessment.get(response.assessmentId) ?? [];
    list.push(toResponseView(response));
    answersByAssessment.set(response.assessmentId, list);
  }
  // Grouped once: thousands of assessments share a handful of frameworks.
  const sectionsOf = byFramework(sections);
  const indicatorsOf = byFramework(indicators);
  return assessments.map((assessment) => {
    const result = scoreChecklist(
      sectionsOf.get(assessment.frameworkId) ?? [],
      indicatorsOf.get(assessment.frameworkId) ?? [],
      answersByAssessment.get(assessment.id) ?? [],
      parseLevelScales(assessment.framework.levelScales),
      assessment.year,
      assessment.cityId,
    );
    return { ...assessment, readiness: result.overall };
  });
}

function byFramework<T extends { frameworkId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.frameworkId);
    if (group) group.push(row);
    else groups.set(row.frameworkId, [row]);
  }
  return groups;
}
