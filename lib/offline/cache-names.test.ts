import { describe, expect, it } from "vitest";
import { keptOffline } from "./cache-names";

describe("the pages a device keeps for offline use", () => {
  it("keeps the checklists and the pages that lead to them", () => {
    for (const path of ["/", "/dashboard", "/assessments", "/assessments/abc123", "/assessments/abc123/readiness", "/assessments/abc123/history"]) expect(keptOffline(path), path).toBe(true);
  });
  it("leaves out what needs the network anyway, and other people's pages", () => {
    for (const path of ["/sign-in", "/review", "/admin/users", "/assessments/abc/import", "/assessments/abc/report", "/api/health", "/compare"]) expect(keptOffline(path), path).toBe(false);
  });
});
