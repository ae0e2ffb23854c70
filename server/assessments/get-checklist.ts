import "server-only";
import { mayEditAssessment, mayReadAssessment, type Actor } from "@/lib/permissions";
import { approvedLastYear } from "@/lib/readiness/past-years";
import type { Db } from "../db";
import { frameworkTree } from "../frameworks/framework-tree";
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

  const [{ sections, indicators }, responses, files, history, decisions, openFlags, changeable] = await Promise.all([
    frameworkTree(db, assessment.framework),
    db.response.findMany({ where: { assessmentId } }),
    db.evidenceFile.findMany({ where: { assessmentId }, orderBy: { createdAt: "asc" } }),
    otherYearsOf(db, assessment),
    db.reviewDecision.findMany({ where: { assessmentId }, orderBy: { at: "asc" } }),
    db.reviewFlag.findMany({ where: { assessmentId, resolvedAt: null }, orderBy: { raisedAt: "asc" } }),
    changeableIndicators(db, assessment),
  ]);
  const actorIds = [...new Set(decisions.map((d) => d.actorId))];
  const people = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [];
  const nameOf = new Map(people.map((p) => [p.id, p.name]));

  const byIndicator = new Map(responses.map((r) => [r.indicatorId, toResponseView(r)]));
  const answers: ResponseView[] = indicators.map((i) => byIndicator.get(i.id) ?? emptyResponseView(i.id));
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
type RawYearValue = { id: string; year: number | bigint; status: string; code: string | null; value: number | null };

/**
 * The same city's other years of the same framework, each with its answered values by indicator
 * code (the code stays the same across framework versions), oldest first: one statement, where
 * the nested read took one per relation and a row object per answer of every year.
 */
async function otherYearsOf(db: Db, assessment: { id: string; cityId: string; frameworkCode: string }) {
  const rows = await db.$queryRaw<RawYearValue[]>`
    SELECT a."id" AS "id", a."year" AS "year", a."status" AS "status", i."code" AS "code", r."value" AS "value"
    FROM "Assessment" a
    LEFT JOIN "Response" r ON r."assessmentId" = a."id" AND r."value" IS NOT NULL
    LEFT JOIN "Indicator" i ON i."id" = r."indicatorId"
    WHERE a."cityId" = ${assessment.cityId} AND a."frameworkCode" = ${assessment.frameworkCode} AND a."id" <> ${assessment.id}
    ORDER BY a."year", a."id"`;
  const years = new Map<string, { year: number; status: string; values: Record<string, number> }>();
  for (const row of rows) {
    let year = years.get(row.id);
    if (!year) years.set(row.id, (year = { year: Number(row.year), status: row.status, values: {} }));
    if (row.code !== null && row.value !== null) year.values[row.code] = Number(row.value);
  }
  return [...years.values()];
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
