import { describe, expect, it } from "vitest";
import { byDeadline, daysOverdue, isMilestoneOverdue, isOverdue, statusCounts, upcoming } from "./deadlines";

const today = "2026-11-24";

describe("overdue", () => {
  it("is an open item whose due date has passed", () => {
    expect(isOverdue({ dueOn: "2026-11-23", status: "onTrack" }, today)).toBe(true);
    expect(isOverdue({ dueOn: "2026-11-23", status: "notStarted" }, today)).toBe(true);
    expect(isOverdue({ dueOn: "2026-11-23", status: "atRisk" }, today)).toBe(true);
  });

  it("is not due today, in the future, without a date, done or cancelled", () => {
    expect(isOverdue({ dueOn: today, status: "onTrack" }, today)).toBe(false);
    expect(isOverdue({ dueOn: "2026-12-01", status: "onTrack" }, today)).toBe(false);
    expect(isOverdue({ dueOn: null, status: "offTrack" }, today)).toBe(false);
    expect(isOverdue({ dueOn: "2025-01-01", status: "done" }, today)).toBe(false);
    expect(isOverdue({ dueOn: "2025-01-01", status: "cancelled" }, today)).toBe(false);
  });

  it("counts the days past the due date", () => {
    expect(daysOverdue({ dueOn: "2026-11-20", status: "onTrack" }, today)).toBe(4);
    expect(daysOverdue({ dueOn: "2025-11-24", status: "onTrack" }, today)).toBe(365);
    expect(daysOverdue({ dueOn: "2026-11-30", status: "onTrack" }, today)).toBeNull();
  });

  it("applies to milestones not yet reached", () => {
    expect(isMilestoneOverdue({ dueOn: "2026-06-30", doneOn: null }, today)).toBe(true);
    expect(isMilestoneOverdue({ dueOn: "2026-06-30", doneOn: "2026-07-02" }, today)).toBe(false);
    expect(isMilestoneOverdue({ dueOn: today, doneOn: null }, today)).toBe(false);
  });
});

describe("work lists", () => {
  const items = [
    { id: "later", dueOn: "2027-03-01", status: "onTrack" },
    { id: "none", dueOn: null, status: "onTrack" },
    { id: "done", dueOn: "2026-01-01", status: "done" },
    { id: "late", dueOn: "2026-10-01", status: "onTrack" },
    { id: "soon", dueOn: "2026-12-10", status: "atRisk" },
    { id: "latest", dueOn: "2026-01-01", status: "offTrack" },
    { id: "today", dueOn: today, status: "notStarted" },
    { id: "edge", dueOn: "2026-12-24", status: "onTrack" },
    { id: "dropped", dueOn: "2026-12-01", status: "cancelled" },
  ];

  it("lists open items due in the coming days, nearest first", () => {
    expect(upcoming(items, today, 30).map((i) => i.id)).toEqual(["today", "soon", "edge"]);
    expect(upcoming(items, today, 7).map((i) => i.id)).toEqual(["today"]);
  });

  it("orders overdue first, longest overdue first, then by due date, then undated, then closed", () => {
    expect([...items].sort(byDeadline(today)).map((i) => i.id)).toEqual(["latest", "late", "today", "soon", "edge", "later", "none", "done", "dropped"]);
  });

  it("counts items in every status", () => {
    expect(statusCounts(items)).toEqual({ notStarted: 1, onTrack: 4, atRisk: 1, offTrack: 1, done: 1, cancelled: 1 });
    expect(statusCounts([])).toEqual({ notStarted: 0, onTrack: 0, atRisk: 0, offTrack: 0, done: 0, cancelled: 0 });
  });
});
