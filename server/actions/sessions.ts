"use server";

import "server-only";
import { ok } from "@/lib/result";
import { sessionUserSchema, signOutEverywhereSchema } from "@/lib/validation/sessions";
import { runAction } from "@/server/actions/run-action";
import { db } from "@/server/db";
import { signOutEverywhere } from "@/server/users/sign-out-everywhere";

/** Ends the caller's sessions on every device; the browser then signs out as usual. */
export async function signOutEverywhereAction(input: unknown) {
  return runAction(signOutEverywhereSchema, input, (actor) => signOutEverywhere(db(), actor));
}

/**
 * Whose session this browser holds, or a refusal when it holds none: asked before answers kept
 * offline are sent, so that they are never refused for an expired session (and dropped), nor
 * saved in the name of someone else who signed in on the same browser meanwhile.
 */
export async function sessionUserAction(input: unknown) {
  return runAction(sessionUserSchema, input, async (actor) => ok({ userId: actor.id }));
}
