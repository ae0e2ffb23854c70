"use server";

import "server-only";
import { cookies } from "next/headers";
import { localeCookie } from "@/i18n/locales";
import { servedOverHttps } from "@/lib/security/session-cookie";
import { localeSchema } from "@/lib/validation/locale";
import { currentActor } from "@/server/auth/current-actor";
import { db } from "@/server/db";
import { saveUserLocale } from "@/server/users/save-user-locale";

/** Switches the interface language, and remembers it for the signed-in user. */
export async function setLocale(input: unknown): Promise<void> {
  const parsed = localeSchema.safeParse(input);
  if (!parsed.success) return;
  (await cookies()).set(localeCookie, parsed.data.locale, {
    path: "/",
    sameSite: "lax",
    maxAge: 365 * 24 * 60 * 60,
    secure: servedOverHttps(),
  });
  const actor = await currentActor();
  if (actor) await saveUserLocale(db(), actor, parsed.data.locale);
}
