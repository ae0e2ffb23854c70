import "server-only";
import { mayManageUsers, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { ResetPasswordInput } from "@/lib/validation/users";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { accountKey } from "../auth/attempt-counter";
import { hashPassword } from "../auth/password";
import { endAllSessions } from "../auth/sessions";

/**
 * Sets a new password chosen by an administrator, lifts any sign-in lock on the account and ends
 * every session it has open: whoever knew the old password is signed out everywhere.
 */
export async function resetPassword(db: Db, actor: Actor, input: ResetPasswordInput): Promise<Result> {
  if (!mayManageUsers(actor)) return fail("forbidden");
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true } });
  if (!user) return fail("notFound");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.signInThrottle.deleteMany({ where: { key: accountKey(user.email) } });
    await endAllSessions(tx, user.id);
    // The audit log records that the password changed, never the password or its hash.
    await recordAuditEvent(tx, { actorId: actor.id, action: "user.resetPassword", entityType: "User", entityId: user.id });
  });
  return ok(undefined);
}
