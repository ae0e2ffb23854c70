import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { attentionRank, bulkApprovalBlock, filterQueue, queuePageWindow, queueTotals, sortQueue, statusesBefore, statusKept, viewHoldsApproved, type QueueGroupCount, type QueueRow, type QueueStatus, type QueueStatusFilter } from "./queue";

function row(overrides: Partial<QueueRow> & { key: string }): QueueRow & { name: string } {
  return {
    assessmentId: overrides.key,
    cityId: "c1",
    frameworkCode: "learning-society",
    year: 2025,
    status: "draft",
    completeness: 0.5,
    readiness: 0.5,
    dueOn: null,
    daysToDue: null,
    overdue: false,
    lastActivity: null,
    openFlags: 0,
    openThreads: 0,
    submittedById: null,
    name: overrides.key,
    ...overrides,
  };
}

const name = (r: { name: string }) => r.name;

describe("filterQueue", () => {
  const rows = [
    row({ key: "a", status: "submitted", cityId: "hn" }),
    row({ key: "b", status: "resubmitted", year: 2024 }),
    row({ key: "c", status: "returned", overdue: true, frameworkCode: "happy-schools" }),
    row({ key: "d", status: "notStarted", assessmentId: null, overdue: true }),
    row({ key: "e", status: "approved", year: 2021 }),
  ];

  it("keeps everything without a filter, or with 'all'", () => {
    expect(filterQueue(rows, {})).toHaveLength(5);
    expect(filterQueue(rows, { status: "all" })).toHaveLength(5);
  });

  it("'open' is every row not yet approved, cities not started included", () => {
    expect(filterQueue(rows, { status: "open" }).map((r) => r.key)).toEqual(["a", "b", "c", "d"]);
  });

  it("knows which views can hold approved checklists, so the others skip them in the database", () => {
    const without: QueueStatusFilter[] = ["open", "waiting", "draft", "returned", "notStarted"];
    const holding: (QueueStatusFilter | undefined)[] = [undefined, "all", "approved"];
    expect(without.map(viewHoldsApproved)).toEqual([false, false, false, false, false]);
    expect(holding.map(viewHoldsApproved)).toEqual([true, true, true]);
    expect(statusKept("notStarted", "open")).toBe(true);
    expect(statusKept("notStarted", "waiting")).toBe(false);
  });

  it("'waiting' means submitted or resubmitted", () => {
    expect(filterQueue(rows, { status: "waiting" }).map((r) => r.key)).toEqual(["a", "b"]);
  });

  it("combines status, framework, year, city and overdue", () => {
    expect(filterQueue(rows, { status: "returned" }).map((r) => r.key)).toEqual(["c"]);
    expect(filterQueue(rows, { framework: "happy-schools" }).map((r) => r.key)).toEqual(["c"]);
    expect(filterQueue(rows, { year: 2024 }).map((r) => r.key)).toEqual(["b"]);
    expect(filterQueue(rows, { city: "hn" }).map((r) => r.key)).toEqual(["a"]);
    expect(filterQueue(rows, { overdue: true }).map((r) => r.key)).toEqual(["c", "d"]);
    expect(filterQueue(rows, { overdue: true, status: "notStarted" }).map((r) => r.key)).toEqual(["d"]);
  });
});

describe("sortQueue", () => {
  it("puts waiting work first, then overdue, returned, drafts, approved", () => {
    const rows = [
      row({ key: "approved", status: "approved" }),
      row({ key: "draft", status: "draft" }),
      row({ key: "late", status: "draft", overdue: true, daysToDue: -3 }),
      row({ key: "returned", status: "returned" }),
      row({ key: "waiting", status: "resubmitted" }),
    ];
    expect(sortQueue(rows, "attention", name, "vi").map((r) => r.key)).toEqual(["waiting", "late", "returned", "draft", "approved"]);
    expect(rows.map((r) => attentionRank(r))).toEqual([4, 3, 1, 2, 0]);
  });

  it("sorts by days to due with rows without a due date last", () => {
    const rows = [row({ key: "none" }), row({ key: "soon", daysToDue: 2 }), row({ key: "late", daysToDue: -5 })];
    expect(sortQueue(rows, "due", name, "vi").map((r) => r.key)).toEqual(["late", "soon", "none"]);
  });

  it("sorts by last activity, most recent first, never-touched last", () => {
    const rows = [row({ key: "old", lastActivity: "2026-01-01T00:00:00.000Z" }), row({ key: "never" }), row({ key: "new", lastActivity: "2026-11-01T00:00:00.000Z" })];
    expect(sortQueue(rows, "activity", name, "vi").map((r) => r.key)).toEqual(["new", "old", "never"]);
  });

  it("sorts by readiness and completeness lowest first", () => {
    const rows = [row({ key: "high", readiness: 0.9, completeness: 0.2 }), row({ key: "low", readiness: 0.1, completeness: 1 }), row({ key: "none", readiness: null, completeness: null })];
    expect(sortQueue(rows, "readiness", name, "vi").map((r) => r.key)).toEqual(["low", "high", "none"]);
    expect(sortQueue(rows, "completeness", name, "vi").map((r) => r.key)).toEqual(["high", "low", "none"]);
  });

  it("breaks ties by city name in the reader's language, then newest year", () => {
    const rows = [row({ key: "Vinh", year: 2024 }), row({ key: "Đà Lạt" }), row({ key: "Vinh", year: 2025 }), row({ key: "Cao Lãnh" })];
    const sorted = sortQueue(rows, "city", name, "vi");
    expect(sorted.map((r) => `${r.key} ${r.year}`)).toEqual(["Cao Lãnh 2025", "Đà Lạt 2025", "Vinh 2025", "Vinh 2024"]);
  });

  it("does not change the rows it was given", () => {
    const rows = [row({ key: "b" }), row({ key: "a" })];
    sortQueue(rows, "city", name, "vi");
    expect(rows.map((r) => r.key)).toEqual(["b", "a"]);
  });
});

describe("bulkApprovalBlock", () => {
  it("allows clean submissions only", () => {
    expect(bulkApprovalBlock({ status: "submitted", openFlags: 0, openThreads: 0, submittedById: "official" }, "coordinator")).toBeNull();
    expect(bulkApprovalBlock({ status: "resubmitted", openFlags: 0, openThreads: 0, submittedById: "official" }, "coordinator")).toBeNull();
  });

  it("refuses work that is not waiting for review", () => {
    for (const status of ["draft", "returned", "approved", "notStarted"] as const) {
      expect(bulkApprovalBlock({ status, openFlags: 0, openThreads: 0, submittedById: "official" }, "coordinator")).toBe("notWaiting");
    }
  });

  it("refuses submissions with open flags or open discussions", () => {
    expect(bulkApprovalBlock({ status: "resubmitted", openFlags: 2, openThreads: 0, submittedById: "official" }, "coordinator")).toBe("openFlags");
    expect(bulkApprovalBlock({ status: "submitted", openFlags: 0, openThreads: 1, submittedById: "official" }, "coordinator")).toBe("openThreads");
    // Nobody approves what they sent themselves, not even in a batch.
    expect(bulkApprovalBlock({ status: "submitted", openFlags: 0, openThreads: 0, submittedById: "admin" }, "admin")).toBe("ownSubmission");
  });
});

describe("queue totals and pages", () => {
  const groups = [
    { frameworkCode: "vn", year: 2025, status: "submitted" as const, rows: 4, overdue: 0 },
    { frameworkCode: "vn", year: 2025, status: "draft" as const, rows: 10, overdue: 6 },
    { frameworkCode: "vn", year: 2026, status: "notStarted" as const, rows: 20, overdue: 0 },
    { frameworkCode: "gnlc", year: 2025, status: "resubmitted" as const, rows: 1, overdue: 0 },
  ];

  it("adds up the grouped counts the framework and year filters keep", () => {
    expect(queueTotals(groups, {})).toEqual({ all: 35, waiting: 5, overdue: 6, matching: 35 });
    expect(queueTotals(groups, { framework: "vn", year: 2025 })).toEqual({ all: 14, waiting: 4, overdue: 6, matching: 14 });
  });

  it("counts as matching only the rows the status and overdue filters keep", () => {
    expect(queueTotals(groups, { status: "waiting" }).matching).toBe(5);
    expect(queueTotals(groups, { status: "draft", overdue: true }).matching).toBe(6);
    expect(queueTotals(groups, { overdue: true, year: 2026 }).matching).toBe(0);
    expect(queueTotals([...groups, { frameworkCode: "vn", year: 2024, status: "approved", rows: 300, overdue: 0 }], { status: "open" }).matching).toBe(35);
  });

  it("keeps the page within the rows there are", () => {
    expect(queuePageWindow(60, 2, 25)).toEqual({ page: 2, pages: 3, offset: 25 });
    expect(queuePageWindow(60, 7, 25)).toEqual({ page: 3, pages: 3, offset: 50 });
    expect(queuePageWindow(0, 3, 25)).toEqual({ page: 1, pages: 1, offset: 0 });
  });
});

describe("statusesBefore", () => {
  const statuses: QueueStatus[] = ["draft", "submitted", "resubmitted", "returned", "approved", "notStarted"];
  const filters: QueueStatusFilter[] = ["all", "open", "waiting", "draft", "approved", "notStarted", "returned"];
  const rowArbitrary = fc.record({
    status: fc.constantFrom(...statuses),
    year: fc.constantFrom(2024, 2025),
    frameworkCode: fc.constantFrom("ls", "kflc"),
    late: fc.boolean(),
    daysToDue: fc.option(fc.integer({ min: -30, max: 30 })),
  });

  it("names the status of every row that falls within the first rows of a view in the attention order", () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { maxLength: 40 }),
        fc.constantFrom(...filters),
        fc.boolean(),
        fc.option(fc.constantFrom(2024, 2025), { nil: undefined }),
        fc.integer({ min: 1, max: 45 }),
        (drawn, status, overdueOnly, year, end) => {
          const rows = drawn.map((d, i) =>
            row({ key: `r${i}`, status: d.status, year: d.year, frameworkCode: d.frameworkCode, daysToDue: d.daysToDue, overdue: d.late && !["submitted", "resubmitted", "approved"].includes(d.status) }),
          );
          const groups = new Map<string, QueueGroupCount>();
          for (const r of rows) {
            const key = `${r.frameworkCode}|${r.year}|${r.status}`;
            const group = groups.get(key) ?? { frameworkCode: r.frameworkCode, year: r.year, status: r.status, rows: 0, overdue: 0 };
            group.rows++;
            if (r.overdue) group.overdue++;
            groups.set(key, group);
          }
          const filter = { status, overdue: overdueOnly, year };
          const needed = statusesBefore([...groups.values()], filter, end);
          const first = sortQueue(filterQueue(rows, filter), "attention", name, "vi").slice(0, end);
          for (const r of first) expect(needed.has(r.status)).toBe(true);
        },
      ),
    );
  });

  it("needs only the waiting work for a first page inside it, and the approved work only past the open work", () => {
    const groups: QueueGroupCount[] = [
      { frameworkCode: "ls", year: 2026, status: "submitted", rows: 900, overdue: 0 },
      { frameworkCode: "ls", year: 2026, status: "draft", rows: 1100, overdue: 300 },
      { frameworkCode: "ls", year: 2026, status: "notStarted", rows: 800, overdue: 800 },
      { frameworkCode: "ls", year: 2025, status: "approved", rows: 3300, overdue: 0 },
    ];
    expect([...statusesBefore(groups, { status: "all" }, 25)]).toEqual(["submitted", "resubmitted"]);
    expect(statusesBefore(groups, { status: "all" }, 1200).has("approved")).toBe(false);
    expect(statusesBefore(groups, { status: "all" }, 1200).has("notStarted")).toBe(true);
    expect(statusesBefore(groups, { status: "all" }, 2801).has("approved")).toBe(true);
    expect(statusesBefore(groups, { status: "all", overdue: true }, 5000).has("approved")).toBe(false);
  });
});
