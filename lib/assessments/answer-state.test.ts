import { describe, expect, it } from "vitest";
import { answerState, type SaveProgress } from "./answer-state";

const facts = (progress: SaveProgress, typingProblems = 0, checkProblems = 0, message?: string) => answerState({ progress, typingProblems, checkProblems, message });

describe("an answer's one state", () => {
  it("never reads as saved while a check finds something to fix", () => {
    expect(facts("saved")).toEqual({ kind: "saved" });
    expect(facts("saved", 0, 1)).toEqual({ kind: "savedWithProblems" });
    // As loaded: stored earlier with a problem.
    expect(facts("idle", 0, 2)).toEqual({ kind: "savedWithProblems" });
    expect(facts("idle")).toEqual({ kind: "unchanged" });
  });

  it("reads as not saved whenever a box cannot be saved as typed, whatever the last save did", () => {
    for (const progress of ["idle", "pending", "saving", "saved", "invalid", "error", "queued"] as const) {
      expect(facts(progress, 1, 0), progress).toEqual({ kind: "notSaved", reason: "typing" });
    }
    expect(facts("invalid")).toEqual({ kind: "notSaved", reason: "typing" });
  });

  it("says why the server did not take it, and a conflict before anything else", () => {
    expect(facts("error", 0, 3, "errors.network")).toEqual({ kind: "notSaved", reason: "server", message: "errors.network" });
    expect(facts("conflict", 1, 1)).toEqual({ kind: "notSaved", reason: "conflict" });
  });

  it("shows a save under way as such, problems or not", () => {
    expect(facts("pending", 0, 1)).toEqual({ kind: "pending" });
    expect(facts("saving", 0, 1)).toEqual({ kind: "saving" });
  });

  it("tells an answer kept on the device for want of a network from a saved one", () => {
    expect(facts("queued")).toEqual({ kind: "queued" });
    // The checks' problems wait until the server has it: the first thing to know is that it has not.
    expect(facts("queued", 0, 2)).toEqual({ kind: "queued" });
  });
});
