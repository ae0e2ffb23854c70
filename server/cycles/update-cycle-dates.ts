import "server-only";
import { mayManageCycles, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { UpdateCycleDatesInput } from "@/lib/validation/cycles";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";

/**
 * Moves a cycle's opening or due date. Extensions stay as they are; one the new due date
 * overtakes simply stops applying (lib/review/cycles.ts `dueDateFor`).
 */
export async function updateCycleDates(db: Db, actor: Actor, input: UpdateCycleDatesInput): Promise<Result> {
  if (!mayManageCycles(actor)) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const cycle = await tx.reportingCycle.findUnique({ where: { id: input.cycleId }, select: { opensOn: true, dueOn: true } });
    if (!cycle) return fail("notFound");
    if (cycle.opensOn === input.opensOn && cycle.dueOn === input.dueOn) return ok(undefined);
    await tx.reportingCycle.update({ where: { id: input.cycleId }, data: { opensOn: input.opensOn, dueOn: input.dueOn } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "cycle.updateDates",
      entityType: "ReportingCycle",
      entityId: input.cycleId,
      before: cycle,
      after: { opensOn: input.opensOn, dueOn: input.dueOn },
    });
    return ok(undefined);
  });
}
