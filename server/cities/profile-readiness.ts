import "server-only";
import { parseLevelScales, scoreChecklist } from "@/lib/assessments/score-checklist";
import { mayReadAssessment, mayReadProfileReadiness, type Actor } from "@/lib/permissions";
import { toResponseView } from "../assessments/response-view";
import type { Db } from "../db";

/**
 * For a city's profile: the latest assessment per framework that the reader may see there (see
 * `mayReadProfileReadiness`), with its overall readiness, and whether the reader may open it.
 * Scored in bulk: a fixed number of queries however many frameworks.
 */
export async function listProfileReadiness(db: Db, actor: Actor, city: { id: string; isReference: boolean }) {
  const assessments = await db.assessment.findMany({
    where: { cityId: city.id },
    include: { framework: { select: { titleVi: true, titleEn: true, version: true, levelScales: true } } },
    orderBy: [{ year: "desc" }, { updatedAt: "desc" }],
  });
  const seen = new Set<string>();
  const latest = assessments.filter((a) => {
    if (!mayReadProfileReadiness(actor, city, a) || seen.has(a.frameworkCode)) return false;
    seen.add(a.frameworkCode);
    return true;
  });
  if (latest.length === 0) return [];
  const frameworkIds = [...new Set(latest.map((a) => a.frameworkId))];
  const [sections, indicators, responses] = await Promise.all([
    db.frameworkSection.findMany({ where: { frameworkId: { in: frameworkIds } }, select: { id: true, path: true, frameworkId: true } }),
    db.indicator.findMany({ where: { frameworkId: { in: frameworkIds } }, include: { targets: true } }),
    db.response.findMany({ where: { assessmentId: { in: latest.map((a) => a.id) } } }),
  ]);
  return latest
    .map((assessment) => ({
      id: assessment.id,
      year: assessment.year,
      status: assessment.status,
      completedAt: assessment.completedAt,
      frameworkCode: assessment.frameworkCode,
      framework: assessment.framework,
      mayOpen: mayReadAssessment(actor, assessment),
      readiness: scoreChecklist(
        sections.filter((s) => s.frameworkId === assessment.frameworkId),
        indicators.filter((i) => i.frameworkId === assessment.frameworkId),
        responses.filter((r) => r.assessmentId === assessment.id).map(toResponseView),
        parseLevelScales(assessment.framework.levelScales),
        assessment.year,
        assessment.cityId,
      ).overall,
    }))
    .sort((a, b) => a.frameworkCode.localeCompare(b.frameworkCode));
}
export type ProfileReadiness = Awaited<ReturnType<typeof listProfileReadiness>>[number];
