import { describe, expect, it } from "vitest";
import { checkItemState, checkUpdate } from "./check-update";

const before = { status: "onTrack" as const, progress: 40 };

describe("progress updates", () => {
  it("needs a note for a change of status or of progress", () => {
    expect(checkUpdate(before, { status: "atRisk", progress: 40, note: "" })).toEqual({ note: "actionPlans.errors.noteRequired" });
    expect(checkUpdate(before, { status: "onTrack", progress: 50, note: "   " })).toEqual({ note: "actionPlans.errors.noteRequired" });
    expect(checkUpdate(before, { status: "atRisk", progress: 45, note: "Funding delayed" })).toBeNull();
  });

  it("refuses an update that changes nothing and says nothing, but takes a note on its own", () => {
    expect(checkUpdate(before, { ...before, note: "" })).toEqual({ note: "actionPlans.errors.emptyUpdate" });
    expect(checkUpdate(before, { ...before, note: "Met the districts" })).toBeNull();
  });

  it("allows progress to go down, with a note", () => {
    expect(checkUpdate(before, { status: "offTrack", progress: 20, note: "Survey redone" })).toBeNull();
  });

  it("refuses done below 100% rather than forcing it", () => {
    expect(checkUpdate(before, { status: "done", progress: 90, note: "Finished" })).toEqual({ progress: "actionPlans.errors.doneNeedsFull" });
    expect(checkUpdate(before, { status: "done", progress: 100, note: "Finished" })).toBeNull();
    expect(checkUpdate({ status: "done", progress: 100 }, { status: "done", progress: 90, note: "Reopened" })).toEqual({ progress: "actionPlans.errors.doneNeedsFull" });
  });

  it("keeps not started at 0%", () => {
    expect(checkItemState({ status: "notStarted", progress: 10 })).toEqual({ status: "actionPlans.errors.notStartedWithProgress" });
    expect(checkItemState({ status: "notStarted", progress: 0 })).toBeNull();
    expect(checkItemState({ status: "cancelled", progress: 30 })).toBeNull();
    expect(checkItemState({ status: "onTrack", progress: 100 })).toBeNull();
  });
});
