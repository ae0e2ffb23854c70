"use server";

import "server-only";
import { createUserSchema, resetPasswordSchema, setUserActiveSchema, updateUserSchema } from "@/lib/validation/users";
import { refreshedOnSuccess } from "@/server/actions/refresh";
import { runAction } from "@/server/actions/run-action";
import { db } from "@/server/db";
import { createUser } from "@/server/users/create-user";
import { resetPassword } from "@/server/users/reset-password";
import { setUserActive } from "@/server/users/set-user-active";
import { updateUser } from "@/server/users/update-user";

export async function createUserAction(input: unknown) {
  return runAction(createUserSchema, input, async (actor, data) => refreshedOnSuccess(await createUser(db(), actor, data), "/admin/users"));
}

export async function updateUserAction(input: unknown) {
  return runAction(updateUserSchema, input, async (actor, data) => refreshedOnSuccess(await updateUser(db(), actor, data), ["/admin/users", "layout"]));
}

export async function resetPasswordAction(input: unknown) {
  return runAction(resetPasswordSchema, input, (actor, data) => resetPassword(db(), actor, data));
}

export async function setUserActiveAction(input: unknown) {
  return runAction(setUserActiveSchema, input, async (actor, data) => refreshedOnSuccess(await setUserActive(db(), actor, data), ["/admin/users", "layout"]));
}
