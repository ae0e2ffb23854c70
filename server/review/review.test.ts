import { describe, expect, it } from "vitest";
import { saveResponseSchema, type ResponseFields } from "@/lib/validation/assessments";
import { reviewActSchema } from "@/lib/validation/review";
import { db } from "../db";
import { completeAssessment } from "../assessments/complete-assessment";
import { saveResponse } from "../assessments/save-response";
import { auditTrail, makeAssessment, makeCity, makeUser } from "@/tests/integration/fixtures";
import { takeReviewAct } from "./take-review-act";

const blank: ResponseFields = { numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };
const answer = (assessmentId: string, indicatorId: string, revision: number, fields: Partial<ResponseFields>) =>
  saveResponseSchema.parse({ ...blank, ...fields, assessmentId, indicatorId, revision });
const act = (assessmentId: string, input: Record<string, unknown>) => reviewActSchema.parse({ assessmentId, ...input });

/** An assessment its official has filled, completed and submitted, and a coordinator covering the city. */
async function submitted() {
  const setup = await makeAssessment();
  const { official, framework, assessmentId, city } = setup;
  const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
  await saveResponse(db(), official, answer(assessmentId, framework.rate.id, 0, { numerator: 700, denominator: 1000 }));
  await saveResponse(db(), official, answer(assessmentId, framework.count.id, 0, { value: 12 }));
  await completeAssessment(db(), official, assessmentId);
  expect(await takeReviewAct(db(), official, act(assessmentId, { act: "submit" }))).toEqual({ ok: true, value: { status: "submitted" } });
  return { ...setup, coordinator };
}

describe("review and approval", () => {
  it("walks submit → return with flags → fix only the flagged → resubmit → approve, then locks", async () => {
    const { official, coordinator, framework, assessmentId } = await submitted();
    const returned = await takeReviewAct(db(), coordinator, act(assessmentId, { act: "return", reason: "Cần kiểm tra lại", flags: [{ indicatorId: framework.rate.id, comment: "Mẫu số chưa đúng" }] }));
    expect(returned).toEqual({ ok: true, value: { status: "returned" } });

    // Only the flagged indicator is open again.
    expect(await saveResponse(db(), official, answer(assessmentId, framework.count.id, 1, { value: 13 }))).toEqual({ ok: false, reason: "forbidden" });
    const fixed = await saveResponse(db(), official, answer(assessmentId, framework.rate.id, 1, { numerator: 700, denominator: 980 }));
    expect(fixed.ok && fixed.value.kind).toBe("saved");

    // A changed answer needs the checklist completed again before it can go back.
    expect(await takeReviewAct(db(), official, act(assessmentId, { act: "submit" }))).toEqual({ ok: false, reason: "invalid", fieldErrors: { _form: "review.refusals.incomplete" } });
    await completeAssessment(db(), official, assessmentId);
    expect(await takeReviewAct(db(), official, act(assessmentId, { act: "submit" }))).toEqual({ ok: true, value: { status: "resubmitted" } });

    expect(await takeReviewAct(db(), coordinator, act(assessmentId, { act: "approve" }))).toEqual({ ok: true, value: { status: "approved" } });
    expect(await saveResponse(db(), official, answer(assessmentId, framework.rate.id, 2, { numerator: 1, denominator: 2 }))).toEqual({ ok: false, reason: "forbidden" });

    const decisions = await db().reviewDecision.findMany({ where: { assessmentId }, orderBy: { at: "asc" } });
    expect(decisions.map((d) => [d.act, d.toStatus, d.actorId])).toEqual([
      ["submit", "submitted", official.id],
      ["return", "returned", coordinator.id],
      ["submit", "resubmitted", official.id],
      ["approve", "approved", coordinator.id],
    ]);
    expect((await auditTrail(assessmentId)).map((e) => e.action)).toEqual(
      expect.arrayContaining(["assessment.submit", "assessment.return", "assessment.approve"]),
    );
    expect(await db().reviewFlag.count({ where: { assessmentId, resolvedAt: null } })).toBe(0);
  });

  it("refuses self-approval, approval by an official, and a coordinator outside the city", async () => {
    const { official, assessmentId } = await submitted();
    expect(await takeReviewAct(db(), official, act(assessmentId, { act: "approve" }))).toEqual({ ok: false, reason: "forbidden" });
    const outsider = await makeUser("coordinator", { assignedCityIds: [(await makeCity()).id] });
    expect(await takeReviewAct(db(), outsider, act(assessmentId, { act: "approve" }))).toEqual({ ok: false, reason: "notFound" });

    // An administrator who submitted cannot approve their own submission.
    const setup = await makeAssessment();
    const admin = await makeUser("administrator");
    await saveResponse(db(), admin, answer(setup.assessmentId, setup.framework.rate.id, 0, { numerator: 1, denominator: 2 }));
    await completeAssessment(db(), admin, setup.assessmentId);
    expect((await takeReviewAct(db(), admin, act(setup.assessmentId, { act: "submit" }))).ok).toBe(true);
    expect(await takeReviewAct(db(), admin, act(setup.assessmentId, { act: "approve" }))).toEqual({ ok: false, reason: "invalid", fieldErrors: { _form: "review.refusals.ownSubmission" } });
    expect((await db().assessment.findUniqueOrThrow({ where: { id: setup.assessmentId } })).status).toBe("submitted");
  });

  it("asks for a reason to return or re-open, and re-opening unlocks the answers", async () => {
    const { official, coordinator, framework, assessmentId } = await submitted();
    expect(await takeReviewAct(db(), coordinator, act(assessmentId, { act: "return", reason: "" }))).toEqual({ ok: false, reason: "invalid", fieldErrors: { _form: "review.refusals.reasonRequired" } });
    await takeReviewAct(db(), coordinator, act(assessmentId, { act: "approve" }));
    expect(await takeReviewAct(db(), coordinator, act(assessmentId, { act: "reopen" }))).toEqual({ ok: false, reason: "invalid", fieldErrors: { _form: "review.refusals.reasonRequired" } });
    expect(await takeReviewAct(db(), coordinator, act(assessmentId, { act: "reopen", reason: "Số liệu đơn vị học tập sai" }))).toEqual({ ok: true, value: { status: "returned" } });
    expect((await saveResponse(db(), official, answer(assessmentId, framework.count.id, 1, { value: 14 }))).ok).toBe(true);
  });

  it("takes a double click as one act", async () => {
    const { coordinator, assessmentId } = await submitted();
    const [first, second] = await Promise.all([
      takeReviewAct(db(), coordinator, act(assessmentId, { act: "approve" })),
      takeReviewAct(db(), coordinator, act(assessmentId, { act: "approve" })),
    ]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    expect(await db().reviewDecision.count({ where: { assessmentId, act: "approve" } })).toBe(1);
  });
});

describe("review notifications", () => {
  it("tells the covering coordinators of a submission and the city's officials of the answer, never the actor", async () => {
    const { official, coordinator, assessmentId, city } = await submitted();
    const { listNotifications, markAllRead, unreadCount } = await import("../notifications/notifications");
    const elsewhere = await makeUser("coordinator", { assignedCityIds: [(await makeCity()).id] });
    expect(await unreadCount(db(), coordinator)).toBe(1);
    expect(await unreadCount(db(), elsewhere)).toBe(0);
    expect(await unreadCount(db(), official)).toBe(0);

    const colleague = await makeUser("official", { cityId: city.id });
    await takeReviewAct(db(), coordinator, act(assessmentId, { act: "return", reason: "Thiếu số liệu" }));
    expect((await listNotifications(db(), official)).map((n) => [n.kind, n.actorName])).toEqual([["return", "Test coordinator"]]);
    expect(await unreadCount(db(), colleague)).toBe(1);
    expect(await unreadCount(db(), coordinator)).toBe(1);

    await markAllRead(db(), official);
    expect(await unreadCount(db(), official)).toBe(0);
    expect(await unreadCount(db(), colleague)).toBe(1);
  });
});

describe("return flags in the indicator threads", () => {
  it("opens one thread per flag with its text, re-opening a resolved one, without a second notification", async () => {
    const { official, coordinator, framework, assessmentId } = await submitted();
    const { postComment } = await import("../comments/post-comment");
    const { setThreadResolved } = await import("../comments/set-thread-resolved");
    const { listThreads } = await import("../comments/list-threads");
    await postComment(db(), official, { assessmentId, indicatorId: framework.rate.id, body: "Số hộ lấy từ niên giám." });
    await setThreadResolved(db(), coordinator, { assessmentId, indicatorId: framework.rate.id, resolved: true });
    await db().notification.deleteMany({ where: { assessmentId } });

    const flags = [
      { indicatorId: framework.rate.id, comment: "Mẫu số chưa đúng" },
      { indicatorId: framework.count.id, comment: "Thiếu minh chứng" },
    ];
    expect((await takeReviewAct(db(), coordinator, act(assessmentId, { act: "return", reason: "Cần sửa hai chỉ tiêu", flags }))).ok).toBe(true);

    const { byIndicator, open } = await listThreads(db(), official, (await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })));
    expect(open).toBe(2);
    for (const flag of flags) {
      expect(byIndicator[flag.indicatorId].resolvedAt).toBeNull();
      expect(byIndicator[flag.indicatorId].comments.at(-1)).toMatchObject({ authorName: "Test coordinator", body: flag.comment });
    }
    expect(byIndicator[framework.rate.id].comments).toHaveLength(2);
    // The return's own notification tells the city; the flags add no "comment" ones.
    expect((await db().notification.findMany({ where: { assessmentId } })).map((n) => [n.userId, n.kind])).toEqual([[official.id, "return"]]);
    const posted = await db().auditEvent.findMany({ where: { assessmentId, action: "comment.post", actorId: coordinator.id } });
    expect(posted.map((e) => e.indicatorId).sort()).toEqual(flags.map((f) => f.indicatorId).sort());
  });
});
