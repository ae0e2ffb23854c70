"use server";

import "server-only";
import { localeSchema } from "@/lib/validation/locale";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { setLocaleCookie } from "@/server/users/locale-cookie";
import { saveUserLocale } from "@/server/users/save-user-locale";

/** Switches the interface language, and remembers it for the signed-in user. */
export async function setLocale(input: unknown): Promise<void> {
  const parsed = localeSchema.safeParse(input);
  if (!parsed.success) return;
  await setLocaleCookie(parsed.data.locale);
  const actor = await currentActor();
  if (actor) await saveUserLocale(db(), actor, parsed.data.locale);
}
