import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, byUrgency, cityCycleState, cityMustAct, cycleStateCounts, daysBetween, dueDateFor, dueSoonDays, isCalendarDate, lastDueSoonDay, reminderStage, vietnamMidnight, vietnamToday } from "./cycles";

describe("calendar days", () => {
  it("takes today's date in Vietnam, seven hours ahead of UTC", () => {
    expect(vietnamToday(new Date("2026-03-31T16:59:59Z"))).toBe("2026-03-31");
    expect(vietnamToday(new Date("2026-03-31T17:00:00Z"))).toBe("2026-04-01");
    expect(vietnamToday(new Date("2026-12-31T18:30:00Z"))).toBe("2027-01-01");
  });

  it("counts calendar days across months, leap days and years", () => {
    expect(daysBetween("2026-03-01", "2026-03-31")).toBe(30);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2026-04-02", "2026-03-31")).toBe(-2);
    expect(daysBetween("2026-03-31", "2026-03-31")).toBe(0);
  });

  it("adds calendar days across months, leap days and years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    fc.assert(
      fc.property(fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }), fc.integer({ min: -800, max: 800 }), (date, days) => {
        const day = date.toISOString().slice(0, 10);
        expect(daysBetween(day, addDays(day, days))).toBe(days);
      }),
    );
  });

  it("calls a due date due soon exactly when it falls between today and the last due-soon day, as the database's ordering assumes", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }), fc.integer({ min: -30, max: 30 }), (date, offset) => {
        const today = date.toISOString().slice(0, 10);
        const dueOn = addDays(today, offset);
        const { state } = cityCycleState({ today, opensOn: "2000-01-01", dueOn, status: null });
        expect(state === "dueSoon").toBe(dueOn >= today && dueOn <= lastDueSoonDay(today));
        expect(state === "overdue").toBe(dueOn < today);
      }),
    );
  });

  it("accepts only real days written YYYY-MM-DD", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("2026-3-1")).toBe(false);
    expect(isCalendarDate("31/03/2026")).toBe(false);
  });

  it("gives midnight in Vietnam for a calendar day", () => {
    expect(vietnamMidnight("2026-04-01").toISOString()).toBe("2026-03-31T17:00:00.000Z");
    expect(vietnamToday(vietnamMidnight("2026-04-01"))).toBe("2026-04-01");
  });
});

describe("due date of a city", () => {
  const cycle = { dueOn: "2026-03-31" };
  it("is the cycle's unless the city has a later extension", () => {
    const extensions = [{ cityId: "vinh", dueOn: "2026-04-15" }];
    expect(dueDateFor(cycle, extensions, "vinh")).toEqual({ dueOn: "2026-04-15", extended: true });
    expect(dueDateFor(cycle, extensions, "hanoi")).toEqual({ dueOn: "2026-03-31", extended: false });
  });

  it("never shortens: an extension overtaken by a later cycle date no longer applies", () => {
    expect(dueDateFor({ dueOn: "2026-05-01" }, [{ cityId: "vinh", dueOn: "2026-04-15" }], "vinh")).toEqual({ dueOn: "2026-05-01", extended: false });
  });
});

describe("a city's state in a cycle", () => {
  const cycle = { opensOn: "2026-01-01", dueOn: "2026-03-31" };
  const at = (today: string, status: string | null) => cityCycleState({ ...cycle, today, status });

  it("runs from not open through open and due soon to overdue while the city has not sent", () => {
    expect(at("2025-12-31", null)).toEqual({ state: "notOpen", daysToDue: 90 });
    expect(at("2026-01-01", null)).toEqual({ state: "open", daysToDue: 89 });
    expect(at("2026-03-23", "draft")).toEqual({ state: "open", daysToDue: 8 });
    expect(at("2026-03-24", "draft")).toEqual({ state: "dueSoon", daysToDue: dueSoonDays });
    expect(at("2026-03-31", "draft")).toEqual({ state: "dueSoon", daysToDue: 0 });
    expect(at("2026-04-01", null)).toEqual({ state: "overdue", daysToDue: -1 });
  });

  it("counts a returned assessment past the due date as overdue, a submitted one as with the reviewer", () => {
    expect(at("2026-04-05", "returned")).toEqual({ state: "overdue", daysToDue: -5 });
    expect(at("2026-04-05", "submitted").state).toBe("submitted");
    expect(at("2026-04-05", "resubmitted").state).toBe("submitted");
    expect(at("2026-04-05", "approved").state).toBe("approved");
    expect(at("2025-12-01", "approved").state).toBe("approved");
  });

  it("says which states still wait for the city", () => {
    expect(["open", "dueSoon", "overdue"].every((s) => cityMustAct(s as never))).toBe(true);
    expect(["notOpen", "submitted", "approved"].some((s) => cityMustAct(s as never))).toBe(false);
  });

  it("orders the latest first, then the nearest due dates, then cities with nothing to do", () => {
    const rows = [
      { state: "approved", daysToDue: -3 },
      { state: "dueSoon", daysToDue: 5 },
      { state: "overdue", daysToDue: -1 },
      { state: "open", daysToDue: 20 },
      { state: "overdue", daysToDue: -9 },
      { state: "dueSoon", daysToDue: 1 },
      { state: "submitted", daysToDue: -3 },
    ] as const;
    expect([...rows].sort(byUrgency).map((r) => `${r.state}${r.daysToDue}`)).toEqual([
      "overdue-9",
      "overdue-1",
      "dueSoon1",
      "dueSoon5",
      "open20",
      "submitted-3",
      "approved-3",
    ]);
  });
});

describe("reminder stage", () => {
  it("sends a week ahead, the day before and the day after, each still the next day when a run was skipped", () => {
    const stages = Object.fromEntries([9, 8, 7, 6, 2, 1, 0, -1, -2, -7, -8].map((d) => [d, reminderStage(d)]));
    expect(stages).toEqual({
      9: null,
      8: null,
      7: "dueIn7",
      6: "dueIn7",
      2: "dueIn7",
      1: "dueIn1",
      0: "dueIn1",
      [-1]: "overdue",
      [-2]: "overdue",
      [-7]: "overdue",
      [-8]: null,
    });
  });
});

describe("a cycle's counts per state", () => {
  const statuses = [null, "draft", "returned", "submitted", "resubmitted", "approved"] as const;
  const day = fc.integer({ min: 0, max: 60 }).map((n) => new Date(Date.UTC(2025, 2, 1 + n)).toISOString().slice(0, 10));

  it("are what counting every city's state gives, extensions included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ status: fc.constantFrom(...statuses), extension: fc.option(day, { nil: null }) }), { maxLength: 30 }),
        day,
        day,
        day,
        (cities, today, opensOn, dueOn) => {
          const cycle = { dueOn };
          const expected = { notOpen: 0, open: 0, dueSoon: 0, overdue: 0, submitted: 0, approved: 0 };
          for (const [i, city] of cities.entries()) {
            const due = dueDateFor(cycle, city.extension ? [{ cityId: String(i), dueOn: city.extension }] : [], String(i));
            expected[cityCycleState({ today, opensOn, dueOn: due.dueOn, status: city.status }).state]++;
          }
          const byStatus: Record<string, number> = {};
          for (const city of cities) if (city.status) byStatus[city.status] = (byStatus[city.status] ?? 0) + 1;
          const extensions = cities.flatMap((city) => (city.extension ? [{ dueOn: city.extension, status: city.status }] : []));
          expect(cycleStateCounts({ today, opensOn, dueOn, cities: cities.length, statuses: byStatus, extensions })).toEqual(expected);
        },
      ),
    );
  });
});
