import { describe, expect, it } from "vitest";
import { statusTable } from "./status-table";

describe("the dashboard's status table", () => {
  const counts = [
    { frameworkCode: "vn", year: 2024, status: "approved", count: 3000 },
    { frameworkCode: "vn", year: 2025, status: "approved", count: 1200 },
    { frameworkCode: "vn", year: 2025, status: "submitted", count: 300 },
    { frameworkCode: "vn", year: 2025, status: "resubmitted", count: 20 },
    { frameworkCode: "vn", year: 2023, status: "approved", count: 3300 },
    { frameworkCode: "gnlc", year: 2025, status: "draft", count: 4 },
  ];

  it("keeps the newest years of each framework, newest first, with every status counted", () => {
    const rows = statusTable(counts);
    expect(rows.map((r) => [r.frameworkCode, r.year, r.total])).toEqual([
      ["gnlc", 2025, 4],
      ["vn", 2025, 1520],
      ["vn", 2024, 3000],
    ]);
    expect(rows[1].counts).toEqual({ draft: 0, submitted: 300, returned: 0, resubmitted: 20, approved: 1200 });
  });

  it("shows more years when asked", () => {
    expect(statusTable(counts, 3).filter((r) => r.frameworkCode === "vn").map((r) => r.year)).toEqual([2025, 2024, 2023]);
  });
});
