import { describe, expect, it } from "vitest";
import { assessmentStatuses } from "../review/workflow";
import { isOpenResult } from "./rules";

const approvedAt = new Date("2026-03-17T08:40:00Z");

describe("which assessments may be published", () => {
  it("publishes only approved assessments of cities that chose to publish", () => {
    for (const status of assessmentStatuses) {
      expect(isOpenResult({ status, approvedAt, city: { publishesOpenData: true } }), status).toBe(status === "approved");
      expect(isOpenResult({ status, approvedAt, city: { publishesOpenData: false } }), status).toBe(false);
    }
  });

  it("refuses an approved status without an approval time, as a re-open that left the status behind would be", () => {
    expect(isOpenResult({ status: "approved", approvedAt: null, city: { publishesOpenData: true } })).toBe(false);
  });
});
