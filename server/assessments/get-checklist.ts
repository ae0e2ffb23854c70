import "server-only";
import { mayEditAssessment, mayReadAssessment, type Actor } from "@/lib/permissions";
import { approvedLastYear } from "@/lib/readiness/past-years";
import type { Db } from "../db";
import { toEvidenceFileView } from "../evidence/evidence-view";
import { changeableIndicators, mayChange } from "../review/answer-lock";
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

  const [sections, indicators, responses, files, otherYears, decisions, openFlags, changeable] = await Promise.all([
    db.frameworkSection.findMany({ where: { frameworkId: assessment.frameworkId }, orderBy: { position: "asc" } }),
    db.indicator.findMany({ where: { frameworkId: assessment.frameworkId }, orderBy: { position: "asc" }, include: { targets: { orderBy: { year: "asc" } } } }),
    db.response.findMany({ where: { assessmentId } }),
    db.evidenceFile.findMany({ where: { assessmentId }, orderBy: { createdAt: "asc" } }),
    db.assessment.findMany({
      where: { cityId: assessment.cityId, frameworkCode: assessment.frameworkCode, id: { not: assessmentId } },
      select: { year: true, status: true, responses: { select: { value: true, indicator: { select: { code: true } } } } },
      orderBy: { year: "asc" },
    }),
    db.reviewDecision.findMany({ where: { assessmentId }, orderBy: { at: "asc" } }),
    db.reviewFlag.findMany({ where: { assessmentId, resolvedAt: null }, orderBy: { raisedAt: "asc" } }),
    changeableIndicators(db, assessment),
  ]);
  const people = await db.user.findMany({ where: { id: { in: [...new Set(decisions.map((d) => d.actorId))] } }, select: { id: true, name: true } });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));

  const byIndicator = new Map(responses.map((r) => [r.indicatorId, toResponseView(r)]));
  const answers: ResponseView[] = indicators.map((i) => byIndicator.get(i.id) ?? emptyResponseView(i.id));

  // Other years are matched by indicator code, which stays the same across framework versions.
  const history = otherYears.map((other) => ({
    year: other.year,
    status: other.status,
    values: Object.fromEntries(other.responses.filter((r) => r.value !== null).map((r) => [r.indicator.code, r.value as number])),
  }));
  // Soft warnings compare with last year's figure once a coordinator has approved it.
  const lastYear = approvedLastYear(history, assessment.year);

  const editable = mayEditAssessment(actor, assessment);
  return {
    assessment,
    sections,
    indicators,
    answers,
    files: files.map(toEvidenceFileView),
    history,
    lastYearValues: lastYear?.values ?? {},
    editable,
    /** The answers the actor can change now: none, all, or after a return only the flagged ones. */
    editableIndicatorIds: editable ? indicators.filter((i) => mayChange(changeable, i.id)).map((i) => i.id) : [],
    decisions: decisions.map((d) => ({ id: d.id, act: d.act, toStatus: d.toStatus, reason: d.reason, at: d.at.toISOString(), actorName: nameOf.get(d.actorId) ?? "—" })),
    openFlags: openFlags.map((f) => ({ indicatorId: f.indicatorId, comment: f.comment })),
    changedSinceLastSubmission: changedBetweenSubmissions(decisions.filter((d) => d.act === "submit").map((d) => d.snapshot)),
  };
}
/** Indicators whose answers differ between the last two submissions: what a reviewer looks at again. */
function changedBetweenSubmissions(snapshots: (string | null)[]): string[] {
  if (snapshots.length < 2) return [];
  const parse = (json: string | null): Record<string, unknown> => {
    try {
      return JSON.parse(json ?? "{}");
    } catch {
      return {};
    }
  };
  const [before, after] = [parse(snapshots[snapshots.length - 2]), parse(snapshots[snapshots.length - 1])];
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((id) => JSON.stringify(before[id]) !== JSON.stringify(after[id]));
}

export type Checklist = NonNullable<Awaited<ReturnType<typeof getChecklist>>>;
