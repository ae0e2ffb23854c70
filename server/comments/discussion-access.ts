import "server-only";
import { mayReadAssessment, type Actor } from "@/lib/permissions";
import { mayDiscuss } from "@/lib/review/comments";
import { fail, ok, type Result } from "@/lib/result";
import type { Db } from "../db";

/**
 * The assessment whose indicators the actor wants to discuss, if they may: not found when they
 * cannot even read it (so other cities' assessments stay invisible), forbidden when they read
 * it but only as a viewer, or when its figures come from publications.
 */
export async function discussedAssessment(db: Db, actor: Actor, assessmentId: string): Promise<Result<{ id: string; cityId: string; frameworkId: string }>> {
  const assessment = await db.assessment.findUnique({ where: { id: assessmentId }, select: { id: true, cityId: true, frameworkId: true, fromPublications: true } });
  if (!assessment || !mayReadAssessment(actor, assessment)) return fail("notFound");
  if (!mayDiscuss(actor, assessment)) return fail("forbidden");
  return ok(assessment);
}
