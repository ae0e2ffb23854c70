import { describe, expect, it } from "vitest";
import type { Actor } from "../permissions";
import { editableIndicators, judgeAct, nextStatus } from "./workflow";

const actor = (overrides: Partial<Actor>): Actor => ({ id: "u", role: "official", active: true, cityId: "vinh", coversAllCities: false, assignedCityIds: [], ...overrides });
const official = actor({ id: "official", role: "official", cityId: "vinh" });
const coordinator = actor({ id: "coordinator", role: "coordinator", cityId: null, assignedCityIds: ["vinh"] });
const outsider = actor({ id: "outsider", role: "coordinator", cityId: null, assignedCityIds: ["hanoi"] });
const admin = actor({ id: "admin", role: "administrator", cityId: null });
const assessment = (status: string, overrides = {}) => ({ cityId: "vinh", status, completedAt: new Date(), submittedById: "official", ...overrides });

describe("review workflow", () => {
  it("follows draft → submitted → returned → resubmitted → approved → returned", () => {
    expect(nextStatus("submit", "draft")).toBe("submitted");
    expect(nextStatus("return", "submitted")).toBe("returned");
    expect(nextStatus("submit", "returned")).toBe("resubmitted");
    expect(nextStatus("approve", "resubmitted")).toBe("approved");
    expect(nextStatus("reopen", "approved")).toBe("returned");
    expect(nextStatus("approve", "draft")).toBeNull();
    expect(nextStatus("submit", "approved")).toBeNull();
  });

  it("lets the city's official submit only a complete checklist", () => {
    expect(judgeAct(official, assessment("draft"), "submit")).toEqual({ ok: true, next: "submitted" });
    expect(judgeAct(official, assessment("draft", { completedAt: null }), "submit")).toEqual({ ok: false, refusal: "incomplete" });
    expect(judgeAct(coordinator, assessment("draft"), "submit")).toEqual({ ok: false, refusal: "forbidden" });
    expect(judgeAct(official, assessment("draft", { fromPublications: true }), "submit")).toEqual({ ok: false, refusal: "forbidden" });
  });

  it("never lets an official return or approve, and never a coordinator outside their cities", () => {
    expect(judgeAct(official, assessment("submitted", { submittedById: "someone-else" }), "approve")).toEqual({ ok: false, refusal: "forbidden" });
    expect(judgeAct(outsider, assessment("submitted"), "approve")).toEqual({ ok: false, refusal: "forbidden" });
    expect(judgeAct(coordinator, assessment("submitted"), "approve")).toEqual({ ok: true, next: "approved" });
  });

  it("refuses self-approval, even to an administrator who submitted", () => {
    expect(judgeAct(admin, assessment("submitted", { submittedById: "admin" }), "approve")).toEqual({ ok: false, refusal: "ownSubmission" });
    expect(judgeAct(admin, assessment("submitted", { submittedById: "admin" }), "return", "x")).toEqual({ ok: false, refusal: "ownSubmission" });
    expect(judgeAct(admin, assessment("submitted"), "approve")).toEqual({ ok: true, next: "approved" });
  });

  it("asks for a reason to return or re-open", () => {
    expect(judgeAct(coordinator, assessment("submitted"), "return", "  ")).toEqual({ ok: false, refusal: "reasonRequired" });
    expect(judgeAct(coordinator, assessment("submitted"), "return", "Thiếu minh chứng")).toEqual({ ok: true, next: "returned" });
    expect(judgeAct(coordinator, assessment("approved"), "reopen")).toEqual({ ok: false, refusal: "reasonRequired" });
    expect(judgeAct(coordinator, assessment("approved"), "reopen", "Số liệu gia đình học tập bị sai")).toEqual({ ok: true, next: "returned" });
  });

  it("refuses acts that do not fit the status", () => {
    expect(judgeAct(coordinator, assessment("draft"), "approve")).toEqual({ ok: false, refusal: "wrongStatus" });
    expect(judgeAct(official, assessment("approved"), "submit")).toEqual({ ok: false, refusal: "wrongStatus" });
  });

  it("reopens only the flagged indicators of a return", () => {
    expect(editableIndicators("draft", [])).toBe("all");
    expect(editableIndicators("returned", [])).toBe("all");
    expect(editableIndicators("returned", ["LF", "LU"])).toEqual(new Set(["LF", "LU"]));
    expect(editableIndicators("submitted", [])).toBe("none");
    expect(editableIndicators("approved", ["LF"])).toBe("none");
  });
});
