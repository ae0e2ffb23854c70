import type { Actor } from "@/lib/permissions";
import type { Db } from "../db";

export async function unreadCount(db: Db, actor: Actor) {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** The actor's latest notifications with the checklist each is about. */
export async function listNotifications(db: Db, actor: Actor) {
  const notifications = await db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take: 100 });
  const assessments = await db.assessment.findMany({
    where: { id: { in: [...new Set(notifications.flatMap((n) => (n.assessmentId ? [n.assessmentId] : [])))] } },
    select: { id: true, year: true, city: { select: { nameVi: true, nameEn: true } }, framework: { select: { titleVi: true, titleEn: true } } },
  });
  const byId = new Map(assessments.map((a) => [a.id, a]));
  return notifications.flatMap((n) => {
    const assessment = n.assessmentId ? byId.get(n.assessmentId) : undefined;
    return assessment ? [{ ...n, assessment }] : [];
  });
}

/** Marks all of the actor's notifications read; nobody can touch another user's. */
export async function markAllRead(db: Db, actor: Actor) {
  await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
}
