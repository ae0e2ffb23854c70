// The words an action plan is described with, shared by the domain rules, the forms, the
// spreadsheet round trip and the pages. Labels live in messages/*.json under
// `actionPlans.planStatus.*`, `actionPlans.itemStatus.*` and `actionPlans.kind.*`.

export const planStatuses = ["draft", "active", "completed", "archived"] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const itemStatuses = ["notStarted", "onTrack", "atRisk", "offTrack", "done", "cancelled"] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export const itemKinds = ["goal", "task"] as const;
export type ItemKind = (typeof itemKinds)[number];

/** The badge colour of each task status, so that every page paints "at risk" the same way. */
export const itemStatusTone: Record<ItemStatus, "slate" | "green" | "amber" | "red" | "blue"> = {
  notStarted: "slate",
  onTrack: "blue",
  atRisk: "amber",
  offTrack: "red",
  done: "green",
  cancelled: "slate",
};

export const planStatusTone: Record<PlanStatus, "slate" | "green" | "amber" | "red" | "blue"> = {
  draft: "slate",
  active: "blue",
  completed: "green",
  archived: "slate",
};

/** Statuses after which a task no longer has a deadline to miss. */
export const closedStatuses: readonly ItemStatus[] = ["done", "cancelled"];

export function isItemStatus(value: string): value is ItemStatus {
  return (itemStatuses as readonly string[]).includes(value);
}

export function isPlanStatus(value: string): value is PlanStatus {
  return (planStatuses as readonly string[]).includes(value);
}
