import "server-only";
import { cookies } from "next/headers";
import { isLocale, localeCookie, type Locale } from "@/i18n/locales";
import { servedOverHttps } from "@/lib/security/session-cookie";
import type { Db } from "../db";

/** Puts the interface language in the browser's cookie, where every page reads it (i18n/request.ts). */
export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(localeCookie, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 60 * 60, secure: servedOverHttps() });
}

/**
 * At sign-in, the language the user chose last time, on whatever browser: an English-speaking user
 * starts in English without switching again.
 */
export async function applySavedLocale(db: Db, userId: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
  if (user && isLocale(user.locale)) await setLocaleCookie(user.locale);
}
