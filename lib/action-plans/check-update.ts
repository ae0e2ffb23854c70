import type { FieldErrors } from "../validation/zod";
import type { ItemStatus } from "./vocabulary";

// What a progress report may say. Every change of status or progress carries a note saying why,
// so the history reads as an account rather than a column of numbers.

export interface ItemState {
  status: ItemStatus;
  progress: number;
}

/**
 * Whether a status and a progress fit together: "done" means 100% (refused rather than forced, so
 * nobody closes a task at 60% by accident), and "not started" means 0%.
 */
export function checkItemState(state: ItemState): FieldErrors | null {
  if (state.status === "done" && state.progress !== 100) return { progress: "actionPlans.errors.doneNeedsFull" };
  if (state.status === "notStarted" && state.progress !== 0) return { status: "actionPlans.errors.notStartedWithProgress" };
  return null;
}

/**
 * Checks a progress report against the item's state before it. A change of status or progress
 * needs a note; a report that changes nothing still needs one (a narrative-only update). Progress
 * may go down (a setback is worth recording), with its note like any change.
 */
export function checkUpdate(previous: ItemState, next: ItemState & { note: string }): FieldErrors | null {
  const changed = previous.status !== next.status || previous.progress !== next.progress;
  if (next.note.trim() === "") return { note: changed ? "actionPlans.errors.noteRequired" : "actionPlans.errors.emptyUpdate" };
  return checkItemState(next);
}
