// Reporting cycles as pure rules: which calendar day it is in Vietnam, each city's due date after
// extensions, where a city stands against it, and which reminder a daily run sends.
//
// Dates are calendar days written YYYY-MM-DD, as the cycle stores them, so they compare as
// strings and never shift with the server's time zone.

const dayMs = 86_400_000;
/** Vietnam keeps UTC+7 all year (no daylight saving time). */
const vietnamOffsetMs = 7 * 3_600_000;

/** A city is "due soon" from this many days before its due date. */
export const dueSoonDays = 7;
/**
 * How many days after the due date an overdue reminder may still go out, for a daily run that
 * was skipped. Beyond it nothing is sent, so a cycle entered afterwards for an earlier year
 * does not flood every city with late notices.
 */
export const overdueReminderDays = 7;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number {
  const match = datePattern.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / dayMs;
}

/** Whether `value` is a real calendar day written YYYY-MM-DD (so 2026-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The calendar day it is in Vietnam at `now`. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + vietnamOffsetMs).toISOString().slice(0, 10);
}

/** Midnight in Vietnam at the start of `date`, for formatting a calendar day in Vietnam's time zone. */
export function vietnamMidnight(date: string): Date {
  return new Date(dayNumber(date) * dayMs - vietnamOffsetMs);
}

/** The calendar day `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * dayMs).toISOString().slice(0, 10);
}

/** The last due date that counts as "due soon" on `today`: a later one is still open. */
export function lastDueSoonDay(today: string): string {
  return addDays(today, dueSoonDays);
}

/** Calendar days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * A city's due date in a cycle. An extension only ever gives more time: when the cycle's own due
 * date has since moved past it, the cycle's date applies and the city counts as not extended.
 */
export function dueDateFor(cycle: { dueOn: string }, extensions: readonly { cityId: string; dueOn: string }[], cityId: string): { dueOn: string; extended: boolean } {
  const extension = extensions.find((e) => e.cityId === cityId);
  return extension && extension.dueOn > cycle.dueOn ? { dueOn: extension.dueOn, extended: true } : { dueOn: cycle.dueOn, extended: false };
}

export const cycleStates = ["notOpen", "open", "dueSoon", "overdue", "submitted", "approved"] as const;
export type CycleState = (typeof cycleStates)[number];

/** Statuses in which the assessment is with the reviewers, so the city has nothing to do. */
const withReviewer = new Set(["submitted", "resubmitted"]);

/**
 * Where a city stands in a cycle today. `status` is its assessment's, or null before it has
 * started one. A draft, a returned assessment and a missing one all wait for the city, so they
 * run late after the due date; a submitted one waits for the reviewer, and an approved one is done.
 */
export function cityCycleState(input: { today: string; opensOn: string; dueOn: string; status: string | null }): { state: CycleState; daysToDue: number } {
  const daysToDue = daysBetween(input.today, input.dueOn);
  const state: CycleState =
    input.status === "approved"
      ? "approved"
      : input.status !== null && withReviewer.has(input.status)
        ? "submitted"
        : input.today < input.opensOn
          ? "notOpen"
          : daysToDue < 0
            ? "overdue"
            : daysToDue <= dueSoonDays
              ? "dueSoon"
              : "open";
  return { state, daysToDue };
}

/** States in which the city still has to send its checklist. */
export function cityMustAct(state: CycleState): boolean {
  return state === "open" || state === "dueSoon" || state === "overdue";
}

/** Each state's place in the most-urgent-first order (a database query orders by the same numbers). */
export const urgencyRank: Readonly<Record<CycleState, number>> = { overdue: 0, dueSoon: 1, open: 2, notOpen: 3, submitted: 4, approved: 5 };

/** Orders cities most urgent first: the latest overdue, then the nearest due dates, then those with nothing to do. */
export function byUrgency(a: { state: CycleState; daysToDue: number }, b: { state: CycleState; daysToDue: number }): number {
  return urgencyRank[a.state] - urgencyRank[b.state] || a.daysToDue - b.daysToDue;
}

export const reminderStages = ["dueIn7", "dueIn1", "overdue"] as const;
export type ReminderStage = (typeof reminderStages)[number];

/**
 * The reminder a daily run sends a city that still has to act: a week before, the day before, and
 * the day after the due date. Each covers a range of days, so a run skipped for a day still sends
 * it the next day; the reminder's dedupe key keeps it from going out twice.
 */
export function reminderStage(daysToDue: number): ReminderStage | null {
  if (daysToDue > dueSoonDays) return null;
  if (daysToDue >= 2) return "dueIn7";
  if (daysToDue >= 0) return "dueIn1";
  if (daysToDue >= -overdueReminderDays) return "overdue";
  return null;
}

/**
 * How many of a cycle's cities stand in each state, from counts rather than one row per city: the
 * cities taking part, their checklists per status, and the statuses of the cities given more time.
 * The same figures as counting `cityCycleState` over every city (the unit tests hold it to that).
 */
export function cycleStateCounts(input: {
  today: string;
  opensOn: string;
  dueOn: string;
  /** Cities taking part in the scope. */
  cities: number;
  /** Their checklists of the cycle's framework and year, per status. */
  statuses: Readonly<Record<string, number>>;
  /** Each extension of a city in the scope, with that city's checklist status (null before it starts). */
  extensions: readonly { dueOn: string; status: string | null }[];
}): Record<CycleState, number> {
  const counts: Record<CycleState, number> = { notOpen: 0, open: 0, dueSoon: 0, overdue: 0, submitted: 0, approved: 0 };
  const approved = input.statuses.approved ?? 0;
  const waiting = [...withReviewer].reduce((n, status) => n + (input.statuses[status] ?? 0), 0);
  counts.approved = approved;
  counts.submitted = waiting;
  // Every other city must act by its due date: the cycle's, unless an extension gives it longer.
  const mustAct = (status: string | null) => status !== "approved" && !(status !== null && withReviewer.has(status));
  const extendedActing = input.extensions.filter((e) => e.dueOn > input.dueOn && mustAct(e.status));
  for (const extension of extendedActing) counts[cityCycleState({ today: input.today, opensOn: input.opensOn, dueOn: extension.dueOn, status: null }).state]++;
  const rest = Math.max(0, input.cities - approved - waiting - extendedActing.length);
  counts[cityCycleState({ today: input.today, opensOn: input.opensOn, dueOn: input.dueOn, status: null }).state] += rest;
  return counts;
}
