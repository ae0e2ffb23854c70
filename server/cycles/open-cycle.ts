import "server-only";
import { mayManageCycles, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { OpenCycleInput } from "@/lib/validation/cycles";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";

const cycleExists = () => fail("invalid", { year: "cycles.errors.cycleExists" });

/** Opens a reporting round for a framework and year, for every city at once. */
export async function openCycle(db: Db, actor: Actor, input: OpenCycleInput): Promise<Result<{ id: string }>> {
  if (!mayManageCycles(actor)) return fail("forbidden");
  const published = await db.framework.findFirst({ where: { code: input.frameworkCode, status: "published" }, select: { id: true } });
  if (!published) return fail("invalid", { frameworkCode: "cycles.errors.frameworkNotPublished" });
  const existing = await db.reportingCycle.findUnique({ where: { frameworkCode_year: { frameworkCode: input.frameworkCode, year: input.year } }, select: { id: true } });
  if (existing) return cycleExists();

  try {
    return await db.$transaction(async (tx) => {
      const cycle = await tx.reportingCycle.create({
        data: { frameworkCode: input.frameworkCode, year: input.year, opensOn: input.opensOn, dueOn: input.dueOn, createdById: actor.id },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "cycle.open",
        entityType: "ReportingCycle",
        entityId: cycle.id,
        after: { frameworkCode: input.frameworkCode, year: input.year, opensOn: input.opensOn, dueOn: input.dueOn },
      });
      return ok({ id: cycle.id });
    });
  } catch (error) {
    // Someone opened the same cycle a moment earlier.
    if (isUniqueViolation(error)) return cycleExists();
    throw error;
  }
}
