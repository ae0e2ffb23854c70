import "server-only";
import { mayManageUsers, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { SetUserActiveInput } from "@/lib/validation/users";
import { recordAuditEvent } from "../audit/record-audit-event";
import { endAllSessions } from "../auth/sessions";
import type { Db } from "../db";

/** Deactivated users cannot sign in, and their sessions end, so reactivating an account never revives an old cookie. */
export async function setUserActive(db: Db, actor: Actor, input: SetUserActiveInput): Promise<Result> {
  if (!mayManageUsers(actor)) return fail("forbidden");
  if (input.userId === actor.id && !input.active) return fail("invalid", { _form: "validation.ownAccount" });
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { active: true } });
    if (!user) return fail("notFound");
    if (user.active === input.active) return ok(undefined);
    await tx.user.update({ where: { id: input.userId }, data: { active: input.active } });
    if (!input.active) await endAllSessions(tx, input.userId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: input.active ? "user.activate" : "user.deactivate",
      entityType: "User",
      entityId: input.userId,
      before: { active: user.active },
      after: { active: input.active },
    });
    return ok(undefined);
  });
}
