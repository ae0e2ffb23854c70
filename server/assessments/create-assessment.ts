import "server-only";
import { mayCreateAssessment, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { CreateAssessmentInput } from "@/lib/validation/assessments";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";
import { refreshSummary } from "./summary/refresh-summaries";

/** Opens a city's checklist for a year against a published framework version. */
export async function createAssessment(db: Db, actor: Actor, input: CreateAssessmentInput): Promise<Result<{ id: string }>> {
  if (!mayCreateAssessment(actor, input.cityId)) return fail("forbidden");
  const framework = await db.framework.findUnique({ where: { id: input.frameworkId }, select: { code: true, status: true } });
  if (!framework || framework.status !== "published") return fail("invalid", { frameworkId: "validation.frameworkNotPublished" });
  const existing = await db.assessment.findUnique({
    where: { cityId_frameworkCode_year: { cityId: input.cityId, frameworkCode: framework.code, year: input.year } },
    select: { id: true },
  });
  if (existing) return fail("conflict", { year: "validation.assessmentExists" });

  try {
    return ok({ id: await insert(db, actor, input, framework.code) });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("conflict", { year: "validation.assessmentExists" });
    throw error;
  }
}

function insert(db: Db, actor: Actor, input: CreateAssessmentInput, frameworkCode: string) {
  return db.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: { cityId: input.cityId, frameworkId: input.frameworkId, frameworkCode, year: input.year, createdById: actor.id },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "assessment.create",
      entityType: "Assessment",
      entityId: assessment.id,
      assessmentId: assessment.id,
      after: { cityId: input.cityId, frameworkId: input.frameworkId, year: input.year },
    });
    await refreshSummary(tx, assessment.id);
    return assessment.id;
  });
}
