import "server-only";
import { mayEditAssessment, mayReadAssessment, type Actor } from "@/lib/permissions";
import { rateOf } from "@/lib/readiness/attainment";
import { fail, ok, type Result } from "@/lib/result";
import type { SaveResponseInput } from "@/lib/validation/assessments";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";
import { typedAtToKeep } from "@/lib/offline/queue";
import { rawBoolean, rawDate } from "../raw-values";
import { changeableIndicators, mayChange } from "../review/answer-lock";
import { clearCompletion } from "./clear-completion";
import { refreshSummary } from "./summary/refresh-summaries";
import { storedResponse } from "./read-responses";
import type { SummaryTx } from "./summary/compute-summaries";
import { emptyResponseView, toResponseView, type ResponseView } from "./response-view";

/**
 * A save either lands, or finds that someone else saved the same answer since the editor loaded
 * it. Then nothing is written and the editor gets the newer answer, to choose between them. A
 * landed save says whether it took away the checklist's completion.
 */
export type SaveOutcome = { kind: "saved"; response: ResponseView; completionCleared: boolean } | { kind: "conflict"; current: ResponseView };

/** Saves one answer as a draft: whatever was typed, right or wrong, is kept. */
export async function saveResponse(db: Db, actor: Actor, input: SaveResponseInput): Promise<Result<SaveOutcome>> {
  const assessment = await checklistAndIndicator(db, input.assessmentId, input.indicatorId);
  // Another city's assessment reads as missing, so ids cannot be probed.
  if (!assessment || !mayReadAssessment(actor, assessment)) return fail("notFound");
  if (!mayEditAssessment(actor, assessment)) return fail("forbidden");
  // After a return, only the indicators the reviewer flagged are open again.
  if (!mayChange(await changeableIndicators(db, assessment), input.indicatorId)) return fail("forbidden");
  const indicatorType = assessment.indicatorType;
  if (!indicatorType) return fail("invalid", { indicatorId: "validation.invalid" });

  const key = { assessmentId_indicatorId: { assessmentId: input.assessmentId, indicatorId: input.indicatorId } };
  try {
    return ok(await db.$transaction((tx) => writeResponse(tx, actor, { ...input, indicatorType, wasComplete: assessment.completedAt !== null })));
  } catch (error) {
    // Two first saves of the same answer at once: the loser sees the winner's answer.
    if (!isUniqueViolation(error)) throw error;
    const current = await db.response.findUniqueOrThrow({ where: key });
    return ok({ kind: "conflict", current: toResponseView(current) });
  }
}

type RawChecklist = { id: string; cityId: string; status: string; fromPublications: boolean | number | bigint | string; completedAt: Date | string | number | null; indicatorType: string | null };

/**
 * The assessment a save goes to and the saved indicator's type, in one statement (a save is the
 * commonest request there is): no indicator type when the indicator is not of its framework.
 */
async function checklistAndIndicator(db: Db, assessmentId: string, indicatorId: string) {
  const [row] = await db.$queryRaw<RawChecklist[]>`
    SELECT a."id", a."cityId", a."status", a."fromPublications", a."completedAt", i."type" AS "indicatorType"
    FROM "Assessment" a LEFT JOIN "Indicator" i ON i."id" = ${indicatorId} AND i."frameworkId" = a."frameworkId"
    WHERE a."id" = ${assessmentId}`;
  if (!row) return null;
  return { ...row, fromPublications: rawBoolean(row.fromPublications), completedAt: row.completedAt === null ? null : rawDate(row.completedAt) };
}

type Tx = Pick<Db, "response" | "assessment" | "auditEvent" | "$queryRaw"> & SummaryTx;

/**
 * Writes one answer on top of the revision it was based on, inside the caller's transaction: the
 * stored fields (a rate's value computed, never typed), the completion cleared and the audit event.
 * Every way an answer changes (the checklist, a spreadsheet import) goes through here, after the
 * caller has checked the actor may change it. The checklist's stored summary follows, unless the
 * caller writes many answers and refreshes it once at the end (`deferSummary`).
 */
export async function writeResponse(tx: Tx, actor: Actor, input: SaveResponseInput & { indicatorType: string; source?: "spreadsheet"; deferSummary?: boolean; wasComplete?: boolean }): Promise<SaveOutcome> {
  const rate = input.indicatorType === "rate";
  const data = {
    numerator: rate ? input.numerator : null,
    denominator: rate ? input.denominator : null,
    value: rate ? rateOf(input.numerator, input.denominator) : input.value,
    text: input.text,
    dataYear: input.dataYear,
    comment: input.comment?.trim() || null,
    evidenceNote: input.evidenceNote?.trim() || null,
    evidenceLinks: JSON.stringify(input.evidenceLinks.filter((l) => l.length > 0)),
    updatedById: actor.id,
  };
  const key = { assessmentId_indicatorId: { assessmentId: input.assessmentId, indicatorId: input.indicatorId } };
  const existing = await storedResponse(tx, input.assessmentId, input.indicatorId);
  if ((existing?.revision ?? 0) !== input.revision) {
    return { kind: "conflict", current: existing ? toResponseView(existing) : emptyResponseView(input.indicatorId) };
  }
  let saved;
  if (existing) {
    // The revision in the condition makes a save that raced past the check above write nothing.
    const changed = { ...data, revision: existing.revision + 1, updatedAt: new Date() };
    const { count } = await tx.response.updateMany({ where: { id: existing.id, revision: existing.revision }, data: changed });
    if (count === 0) return { kind: "conflict", current: toResponseView(await tx.response.findUniqueOrThrow({ where: key })) };
    saved = { ...existing, ...changed };
  } else {
    saved = await tx.response.create({ data: { ...data, assessmentId: input.assessmentId, indicatorId: input.indicatorId, revision: 1 } });
  }
  // An answer typed offline arrives later than it was typed; the audit trail keeps both times.
  const typedAt = typedAtToKeep(input.typedAt, new Date());
  // Only a checklist marked complete has a completion to clear (unknown: clear it anyway).
  const completionCleared = input.wasComplete !== false && (await clearCompletion(tx, input.assessmentId));
  const at = await recordAuditEvent(tx, {
    actorId: actor.id,
    action: "response.save",
    entityType: "Response",
    entityId: saved.id,
    assessmentId: input.assessmentId,
    indicatorId: input.indicatorId,
    before: existing ? auditFields(toResponseView(existing)) : null,
    // The audit log tells an imported answer from a typed one; the timeline shows both alike.
    after: { ...auditFields(toResponseView(saved)), ...(input.source ? { source: input.source } : {}), ...(typedAt ? { typedAt: typedAt.toISOString() } : {}) },
  }, { summaryFollows: !input.deferSummary });
  if (!input.deferSummary) await refreshSummary(tx, input.assessmentId, { lastActivityAt: at });
  return { kind: "saved", response: toResponseView(saved), completionCleared };
}

function auditFields({ revision, updatedAt, ...fields }: ResponseView) {
  void updatedAt;
  return { ...fields, revision };
}
