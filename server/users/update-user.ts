import "server-only";
import { mayManageUsers, mayTakeRole, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { UpdateUserInput } from "@/lib/validation/users";
import { changeEndsSessions } from "@/lib/auth/session-revocation";
import { recordAuditEvent } from "../audit/record-audit-event";
import { endAllSessions } from "../auth/sessions";
import type { Db } from "../db";
import { placementForRole, unknownCityErrors } from "./role-placement";
import { userSnapshot } from "./user-snapshot";

/** Name, role, city, assignments and language of a user. */
export async function updateUser(db: Db, actor: Actor, input: UpdateUserInput): Promise<Result> {
  if (!mayManageUsers(actor)) return fail("forbidden");
  // An administrator who took away their own role could leave nobody able to manage users.
  if (input.userId === actor.id && !mayTakeRole(actor, input.role)) {
    return fail("invalid", { role: "validation.ownRole" });
  }
  const placement = placementForRole(input);
  const cityErrors = await unknownCityErrors(db, placement);
  if (cityErrors) return fail("invalid", cityErrors);

  return db.$transaction(async (tx) => {
    const before = await userSnapshot(tx, input.userId);
    if (!before) return fail("notFound");
    await tx.cityAssignment.deleteMany({ where: { userId: input.userId } });
    await tx.user.update({
      where: { id: input.userId },
      data: {
        name: input.name,
        role: input.role,
        locale: input.locale,
        cityId: placement.cityId,
        coversAllCities: placement.coversAllCities,
        assignments: { create: placement.assignedCityIds.map((cityId) => ({ cityId })) },
      },
    });
    const after = await userSnapshot(tx, input.userId);
    await recordAuditEvent(tx, { actorId: actor.id, action: "user.update", entityType: "User", entityId: input.userId, before, after });
    // Whoever works under the old role or city stops at their next request, and signs in afresh.
    if (after && changeEndsSessions(before, after)) await endAllSessions(tx, input.userId);
    return ok(undefined);
  });
}
