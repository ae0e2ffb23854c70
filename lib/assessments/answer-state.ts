// The one state an answer shows beside its title. Saving and checking are separate questions (a
// draft keeps whatever was typed, wrong or not), but a reader gets a single answer to "where does
// this stand?": saved and fine, saved with something to fix before completing, being saved, or not
// saved, with the reason at the box concerned.

/** Where the autosave stands for one answer. */
export type SaveProgress = "idle" | "pending" | "saving" | "saved" | "invalid" | "error" | "conflict" | "queued";

export type AnswerState =
  /** Nothing typed since the page opened, and nothing to fix: no badge. */
  | { kind: "unchanged" }
  /** Typed a moment ago; the save starts when typing pauses. */
  | { kind: "pending" }
  | { kind: "saving" }
  /** Not on the server yet, but kept on the device: it goes when the network is back. */
  | { kind: "queued" }
  /** Stored, and the checks find nothing to fix. */
  | { kind: "saved" }
  /** Stored as a draft, but an error or an unexplained warning stands in the way of completing. */
  | { kind: "savedWithProblems" }
  /** Not stored: something typed cannot be saved as it is (said at its box). */
  | { kind: "notSaved"; reason: "typing" }
  /** Not stored: the server refused or could not be reached (a translation key under `errors.`). */
  | { kind: "notSaved"; reason: "server"; message: string }
  /** Not stored: someone else saved this answer meanwhile; the choice is shown below. */
  | { kind: "notSaved"; reason: "conflict" };

export interface AnswerFacts {
  progress: SaveProgress;
  /** The server's reason when `progress` is "error". */
  message?: string;
  /** Boxes whose text cannot be saved as typed (not a number, over a length limit, not a web address). */
  typingProblems: number;
  /** Errors and warnings without their explanation: what blocks completing. */
  checkProblems: number;
}

/**
 * The state to show. What cannot be saved comes first, since it is the only state in which work
 * can be lost; then a save under way; then what the stored answer still needs.
 */
export function answerState({ progress, message, typingProblems, checkProblems }: AnswerFacts): AnswerState {
  if (progress === "conflict") return { kind: "notSaved", reason: "conflict" };
  if (typingProblems > 0 || progress === "invalid") return { kind: "notSaved", reason: "typing" };
  if (progress === "error") return { kind: "notSaved", reason: "server", message: message ?? "errors.invalid" };
  if (progress === "pending" || progress === "saving" || progress === "queued") return { kind: progress };
  if (checkProblems > 0) return { kind: "savedWithProblems" };
  return progress === "saved" ? { kind: "saved" } : { kind: "unchanged" };
}
