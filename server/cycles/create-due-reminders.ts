import "server-only";
import { cityMustAct, daysBetween, reminderStage, vietnamToday } from "@/lib/review/cycles";
import type { Db } from "../db";
import { inBatches } from "../in-batches";
import { isUniqueViolation } from "../db-errors";
import { loadCycleStandings } from "./cycle-standings";

type NewReminder = { userId: string; kind: string; cycleId: string; cityId: string; assessmentId: string | null; actorName: string; dedupeKey: string };

/**
 * The daily due-date run: for each cycle already open, each city that still has to send its
 * checklist gets a reminder a week before its due date, the day before, and once it is late (see
 * `reminderStage`), sent to the city's active officials; a late city is also reported to the
 * coordinators covering it. Every reminder carries a dedupe key, so running it again the same day,
 * or two runs at once, sends nothing twice.
 */
export async function createDueReminders(db: Db, now: Date): Promise<{ created: number }> {
  const today = vietnamToday(now);
  // Only a cycle whose due date, or a city's extended one, is near enough for a reminder stage today
  // can remind anyone: years of past cycles are skipped without reading their cities.
  const opened = await db.reportingCycle.findMany({ where: { opensOn: { lte: today } }, select: { id: true, dueOn: true, extensions: { select: { dueOn: true } } } });
  const near = opened.filter((c) => [c.dueOn, ...c.extensions.map((e) => e.dueOn)].some((dueOn) => reminderStage(daysBetween(today, dueOn)) !== null));
  if (near.length === 0) return { created: 0 };
  const standings = await loadCycleStandings(db, today, { cities: {}, openedBy: today, cycleIds: near.map((c) => c.id) });
  const due = standings.flatMap(({ cycle, cities }) =>
    cities.flatMap((row) => {
      const stage = cityMustAct(row.state) ? reminderStage(row.daysToDue) : null;
      return stage ? [{ cycleId: cycle.id, cityId: row.city.id, assessmentId: row.assessment?.id ?? null, stage }] : [];
    }),
  );
  if (due.length === 0) return { created: 0 };

  const [officials, coordinators, sent] = await Promise.all([
    inBatches([...new Set(due.map((d) => d.cityId))], (cityIds) =>
      db.user.findMany({ where: { active: true, role: "official", cityId: { in: cityIds } }, select: { id: true, cityId: true } }),
    ),
    due.some((d) => d.stage === "overdue")
      ? db.user.findMany({ where: { active: true, role: "coordinator" }, select: { id: true, coversAllCities: true, assignments: { select: { cityId: true } } } })
      : [],
    db.notification.findMany({ where: { cycleId: { in: [...new Set(due.map((d) => d.cycleId))] }, dedupeKey: { not: null } }, select: { dedupeKey: true } }),
  ]);
  const alreadySent = new Set(sent.map((n) => n.dedupeKey));
  // Recipients by city, looked up once each: a national run has thousands of cities and coordinators covering hundreds.
  const officialsOf = groupBy(officials.flatMap((o) => (o.cityId ? [{ cityId: o.cityId, id: o.id }] : [])));
  const coordinatorsOf = groupBy(coordinators.flatMap((c) => (c.coversAllCities ? [] : c.assignments.map((a) => ({ cityId: a.cityId, id: c.id })))));
  const national = coordinators.filter((c) => c.coversAllCities).map((c) => ({ id: c.id }));

  const reminders = due.flatMap(({ stage, ...about }) => {
    const recipients = [...(officialsOf.get(about.cityId) ?? []), ...(stage === "overdue" ? [...national, ...(coordinatorsOf.get(about.cityId) ?? [])] : [])];
    return recipients.map(
      (user): NewReminder => ({
        ...about,
        userId: user.id,
        kind: stage === "overdue" ? "overdue" : "dueSoon",
        actorName: "",
        dedupeKey: `due:${about.cycleId}:${about.cityId}:${stage}:${user.id}`,
      }),
    );
  });
  const fresh = reminders.filter((r) => !alreadySent.has(r.dedupeKey));
  if (fresh.length === 0) return { created: 0 };
  return { created: await insertSkippingSent(db, fresh) };
}

/**
 * One insert for the whole batch. When a run at the same moment sent some of them first (SQLite
 * has no "skip duplicates"), the keys now taken are read back and the rest inserted again, so a
 * race costs a few statements, not one per reminder. Row by row only if the race goes on.
 */
async function insertSkippingSent(db: Db, reminders: NewReminder[]): Promise<number> {
  let pending = reminders;
  for (let attempt = 0; attempt < 3 && pending.length > 0; attempt++) {
    try {
      return (await db.notification.createMany({ data: pending })).count;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const taken = await inBatches(
      pending.map((r) => r.dedupeKey),
      (keys) => db.notification.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } }),
    );
    const sent = new Set(taken.map((n) => n.dedupeKey));
    pending = pending.filter((r) => !sent.has(r.dedupeKey));
  }
  let created = 0;
  for (const reminder of pending) {
    try {
      await db.notification.create({ data: reminder });
      created++;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return created;
}

function groupBy(rows: readonly { cityId: string; id: string }[]): Map<string, { id: string }[]> {
  const byCity = new Map<string, { id: string }[]>();
  for (const row of rows) {
    const list = byCity.get(row.cityId);
    if (list) list.push({ id: row.id });
    else byCity.set(row.cityId, [{ id: row.id }]);
  }
  return byCity;
}
