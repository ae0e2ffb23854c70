"use server";

import "server-only";
import { signOutEverywhereSchema } from "@/lib/validation/sessions";
import { runAction } from "@/server/actions/run-action";
import { db } from "@/server/db";
import { signOutEverywhere } from "@/server/users/sign-out-everywhere";

/** Ends the caller's sessions on every device; the browser then signs out as usual. */
export async function signOutEverywhereAction(input: unknown) {
  return runAction(signOutEverywhereSchema, input, (actor) => signOutEverywhere(db(), actor));
}
