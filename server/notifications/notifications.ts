import "server-only";
import { isNotificationKind, isReminder, notificationPath, type NotificationKind } from "@/lib/notifications/notification-kinds";
import type { Actor } from "@/lib/permissions";
import { dueDateFor } from "@/lib/review/cycles";
import type { Db } from "../db";

/** The bell's figure, read by every signed-in page: one plain statement (a third of the work of the query builder's count). */
export async function unreadCount(db: Db, actor: Actor): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "Notification" WHERE "userId" = ${actor.id} AND "readAt" IS NULL`;
  return Number(row?.n ?? 0);
}

/** What a notification is about, as shown in the app and in its e-mail. */
export interface NotificationSubject {
  kind: NotificationKind;
  assessmentId: string | null;
  city: { nameVi: string; nameEn: string };
  framework: { titleVi: string; titleEn: string };
  year: number;
  /** Reminders: the city's due date, a later one if it was granted an extension. */
  dueOn: string | null;
}

type NotificationRow = { id: string; kind: string; assessmentId: string | null; cycleId: string | null; cityId: string | null };

/**
 * The subjects of many notifications in four queries, however many there are. A notification
 * whose assessment or cycle is gone (or of a kind this version does not know) has none.
 */
export async function loadNotificationSubjects(db: Db, rows: readonly NotificationRow[]): Promise<Map<string, NotificationSubject>> {
  const ids = (pick: (row: NotificationRow) => string | null) => [...new Set(rows.flatMap((row) => pick(row) ?? []))];
  const [assessments, cycles, cities] = await Promise.all([
    db.assessment.findMany({
      where: { id: { in: ids((row) => row.assessmentId) } },
      select: { id: true, cityId: true, year: true, city: { select: { nameVi: true, nameEn: true } }, framework: { select: { titleVi: true, titleEn: true } } },
    }),
    db.reportingCycle.findMany({
      where: { id: { in: ids((row) => row.cycleId) } },
      select: { id: true, frameworkCode: true, year: true, dueOn: true, extensions: { select: { cityId: true, dueOn: true } } },
    }),
    db.city.findMany({ where: { id: { in: ids((row) => row.cityId) } }, select: { id: true, nameVi: true, nameEn: true } }),
  ]);
  // A cycle names its framework by code; its title is the published version's (else the latest).
  const versions = await db.framework.findMany({
    where: { code: { in: [...new Set(cycles.map((c) => c.frameworkCode))] } },
    orderBy: { version: "desc" },
    select: { code: true, status: true, titleVi: true, titleEn: true },
  });
  const frameworkByCode = new Map<string, (typeof versions)[number]>();
  for (const version of versions) {
    const chosen = frameworkByCode.get(version.code);
    if (!chosen || (chosen.status !== "published" && version.status === "published")) frameworkByCode.set(version.code, version);
  }
  const assessmentById = new Map(assessments.map((a) => [a.id, a]));
  const cycleById = new Map(cycles.map((c) => [c.id, c]));
  const cityById = new Map(cities.map((c) => [c.id, c]));

  const subjects = new Map<string, NotificationSubject>();
  for (const row of rows) {
    if (!isNotificationKind(row.kind)) continue;
    const assessment = row.assessmentId ? assessmentById.get(row.assessmentId) : undefined;
    if (!isReminder(row.kind)) {
      if (assessment) subjects.set(row.id, { kind: row.kind, assessmentId: assessment.id, city: assessment.city, framework: assessment.framework, year: assessment.year, dueOn: null });
      continue;
    }
    const cycle = row.cycleId ? cycleById.get(row.cycleId) : undefined;
    const cityId = row.cityId ?? assessment?.cityId;
    const city = assessment?.city ?? (cityId ? cityById.get(cityId) : undefined);
    const framework = assessment?.framework ?? (cycle ? frameworkByCode.get(cycle.frameworkCode) : undefined);
    if (!cycle || !cityId || !city || !framework) continue;
    const { dueOn } = dueDateFor(cycle, cycle.extensions, cityId);
    subjects.set(row.id, { kind: row.kind, assessmentId: assessment?.id ?? null, city, framework, year: cycle.year, dueOn });
  }
  return subjects;
}

/** The actor's latest notifications, each with what it is about and where it leads. */
export async function listNotifications(db: Db, actor: Actor) {
  const notifications = await db.notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take: 100 });
  const subjects = await loadNotificationSubjects(db, notifications);
  return notifications.flatMap((n) => {
    const subject = subjects.get(n.id);
    return subject ? [{ id: n.id, actorName: n.actorName, createdAt: n.createdAt, readAt: n.readAt, href: notificationPath(subject, actor.role), ...subject }] : [];
  });
}

/** Marks all of the actor's notifications read; nobody can touch another user's. */
export async function markAllRead(db: Db, actor: Actor) {
  await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
}
