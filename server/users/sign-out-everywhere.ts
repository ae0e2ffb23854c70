import "server-only";
import { ok, type Result } from "@/lib/result";
import type { Actor } from "@/lib/permissions";
import { recordAuditEvent } from "../audit/record-audit-event";
import { endAllSessions } from "../auth/sessions";
import type { Db } from "../db";

/** Ends every session of the signed-in user, this one included: on every device they must sign in again. */
export async function signOutEverywhere(db: Db, actor: Actor): Promise<Result<{ ended: number }>> {
  return db.$transaction(async (tx) => {
    const ended = await endAllSessions(tx, actor.id);
    await recordAuditEvent(tx, { actorId: actor.id, action: "user.signOutEverywhere", entityType: "User", entityId: actor.id, after: { sessionsEnded: ended } });
    return ok({ ended });
  });
}
