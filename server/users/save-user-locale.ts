import "server-only";
import type { Locale } from "@/i18n/locales";
import type { Actor } from "@/lib/permissions";
import type { Db } from "../db";

/** Remembers the interface language a signed-in user chose, for their next visit and their e-mails. */
export async function saveUserLocale(db: Db, actor: Actor, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { locale } });
}
