import "server-only";
import type { z } from "@/lib/validation/zod";
import { fail, type Result } from "@/lib/result";
import { unstorableTextErrors } from "@/lib/validation/storable-text";
import { fieldErrors } from "@/lib/validation/zod";
import type { SignedInUser } from "../auth/load-actor";
import { currentActor } from "../auth/current-actor";

/**
 * The common front of every server action: a signed-in caller, input parsed with the shared
 * schema, then the domain act, which decides the permission. Problems come back as translation
 * keys, never as a thrown error, so the form keeps what was typed.
 */
export async function runAction<Schema extends z.ZodType, T>(
  schema: Schema,
  input: unknown,
  act: (actor: SignedInUser, data: z.output<Schema>) => Promise<Result<T>>,
): Promise<Result<T>> {
  const actor = await currentActor();
  if (!actor) return fail("forbidden");
  const parsed = schema.safeParse(input);
  if (!parsed.success) return fail("invalid", fieldErrors(parsed.error));
  const unstorable = unstorableTextErrors(parsed.data);
  if (unstorable) return fail("invalid", unstorable);
  return act(actor, parsed.data);
}
