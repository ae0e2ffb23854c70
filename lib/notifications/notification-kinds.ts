import { speaksForCity, type Role } from "../permissions";

// What a notification can be about. Review steps and comments concern one assessment; due-date
// reminders concern a reporting cycle for a city, which may not have an assessment yet.
export const notificationKinds = ["submit", "return", "approve", "reopen", "comment", "dueSoon", "overdue"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === "string" && (notificationKinds as readonly string[]).includes(value);
}

export function isReminder(kind: NotificationKind): kind is "dueSoon" | "overdue" {
  return kind === "dueSoon" || kind === "overdue";
}

/**
 * Where a notification takes its reader: the assessment when there is one; otherwise (a reminder
 * before the city started its checklist) the officials' list of checklists, where they start it,
 * or the cycles overview for those who follow the cities.
 */
export function notificationPath(notification: { assessmentId: string | null }, recipientRole: Role): string {
  if (notification.assessmentId) return `/assessments/${notification.assessmentId}`;
  return speaksForCity(recipientRole) ? "/assessments" : "/review/cycles";
}
