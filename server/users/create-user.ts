import "server-only";
import { mayManageUsers, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { CreateUserInput } from "@/lib/validation/users";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";
import { hashPassword } from "../auth/password";
import { placementForRole, unknownCityErrors } from "./role-placement";
import { userSnapshot } from "./user-snapshot";

export async function createUser(db: Db, actor: Actor, input: CreateUserInput): Promise<Result<{ id: string }>> {
  if (!mayManageUsers(actor)) return fail("forbidden");
  const placement = placementForRole(input);
  const cityErrors = await unknownCityErrors(db, placement);
  if (cityErrors) return fail("invalid", cityErrors);
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return fail("conflict", { email: "validation.emailTaken" });
  }
  const passwordHash = await hashPassword(input.password);
  const id = await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        locale: input.locale,
        passwordHash,
        cityId: placement.cityId,
        coversAllCities: placement.coversAllCities,
        assignments: { create: placement.assignedCityIds.map((cityId) => ({ cityId })) },
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      after: await userSnapshot(tx, user.id),
    });
    return user.id;
  });
  return ok({ id });
}
