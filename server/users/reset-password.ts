import "server-only";
import { mayManageUsers, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { ResetPasswordInput } from "@/lib/validation/users";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { hashPassword } from "../auth/password";

/** Sets a new password chosen by an administrator and lifts any sign-in lock on the account. */
export async function resetPassword(db: Db, actor: Actor, input: ResetPasswordInput): Promise<Result> {
  if (!mayManageUsers(actor)) return fail("forbidden");
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true } });
  if (!user) return fail("notFound");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.signInThrottle.deleteMany({ where: { key: `account:${user.email}` } });
    // The audit log records that the password changed, never the password or its hash.
    await recordAuditEvent(tx, { actorId: actor.id, action: "user.resetPassword", entityType: "User", entityId: user.id });
  });
  return ok(undefined);
}
