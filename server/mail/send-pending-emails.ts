import "server-only";
import { composeEmail } from "@/lib/notifications/compose-email";
import { notificationPath } from "@/lib/notifications/notification-kinds";
import { vietnamToday } from "@/lib/review/cycles";
import { isRole } from "@/lib/permissions";
import type { Db } from "../db";
import { loadNotificationSubjects } from "../notifications/notifications";
import type { Mailer } from "./mailer";

const batchSize = 100;

/** Where links in e-mails point: APP_URL, else the address users sign in at. */
export function appUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.APP_URL || env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/+$/, "");
}

/**
 * Mails the notifications not mailed yet, oldest first, each to its recipient in their language.
 * Goes through the outbox once per call (at most `limit` rows): a message the mailer refuses
 * stays pending for the next call, and no single message makes the whole run fail.
 */
export async function sendPendingEmails(db: Db, mailer: Mailer, options: { limit?: number } = {}): Promise<{ sent: number; failed: number }> {
  const limit = options.limit ?? 500;
  const base = appUrl();
  let sent = 0;
  let failed = 0;
  let seen = 0;
  let last: { createdAt: Date; id: string } | undefined;
  while (seen < limit) {
    // Keyset paging: rows that failed stay pending, so "the next rows" cannot mean "pending rows".
    const batch = await db.notification.findMany({
      where: { emailedAt: null, ...(last && { OR: [{ createdAt: { gt: last.createdAt } }, { createdAt: last.createdAt, id: { gt: last.id } }] }) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: Math.min(batchSize, limit - seen),
    });
    if (batch.length === 0) break;
    seen += batch.length;
    last = batch[batch.length - 1];

    const [users, subjects] = await Promise.all([
      db.user.findMany({ where: { id: { in: [...new Set(batch.map((n) => n.userId))] } }, select: { id: true, email: true, name: true, locale: true, role: true, active: true } }),
      loadNotificationSubjects(db, batch),
    ]);
    const userById = new Map(users.map((u) => [u.id, u]));
    const today = vietnamToday(new Date());
    const undeliverable: string[] = [];
    for (const notification of batch) {
      const user = userById.get(notification.userId);
      const subject = subjects.get(notification.id);
      if (!user?.active || !user.email.trim() || !isRole(user.role) || !subject) {
        undeliverable.push(notification.id);
        continue;
      }
      // Claimed before sending, so that a delivery running at the same moment (after another
      // act, or on another instance) skips it: a crash mid-send loses one e-mail, never doubles it.
      const { count } = await db.notification.updateMany({ where: { id: notification.id, emailedAt: null }, data: { emailedAt: new Date() } });
      if (count === 0) continue;
      try {
        const email = composeEmail({
          ...subject,
          locale: user.locale,
          recipientName: user.name,
          actorName: notification.actorName,
          today,
          url: `${base}${notificationPath(subject, user.role)}`,
        });
        await mailer.send({ to: user.email, ...email });
        sent += 1;
      } catch (error) {
        await db.notification.update({ where: { id: notification.id }, data: { emailedAt: null } });
        failed += 1;
        console.error(`e-mail for notification ${notification.id} not sent:`, error instanceof Error ? error.message : error);
      }
    }
    // Nobody to write to (account closed, no address) or nothing left to write about: settled, so
    // they do not come back on every run.
    if (undeliverable.length) await db.notification.updateMany({ where: { id: { in: undeliverable }, emailedAt: null }, data: { emailedAt: new Date() } });
  }
  return { sent, failed };
}
