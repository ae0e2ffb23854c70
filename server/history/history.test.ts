import { describe, expect, it } from "vitest";
import { saveResponseSchema, type ResponseFields } from "@/lib/validation/assessments";
import { reviewActSchema } from "@/lib/validation/review";
import { auditTrail, makeAssessment, makeCity, makeUser } from "@/tests/integration/fixtures";
import { completeAssessment } from "../assessments/complete-assessment";
import { saveResponse } from "../assessments/save-response";
import { db } from "../db";
import { takeReviewAct } from "../review/take-review-act";
import { assessmentHistory, historyLimit } from "./assessment-history";

const blank: ResponseFields = { numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };
const answer = (assessmentId: string, indicatorId: string, revision: number, fields: Partial<ResponseFields>) =>
  saveResponseSchema.parse({ ...blank, ...fields, assessmentId, indicatorId, revision });
const act = (assessmentId: string, input: Record<string, unknown>) => reviewActSchema.parse({ assessmentId, ...input });

/** An official answers, corrects one answer, completes and submits; a coordinator returns it with a flag. */
async function reviewed() {
  const setup = await makeAssessment();
  const { official, framework, assessmentId, city } = setup;
  const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
  await saveResponse(db(), official, answer(assessmentId, framework.rate.id, 0, { numerator: 700, denominator: 1000 }));
  await saveResponse(db(), official, answer(assessmentId, framework.count.id, 0, { value: 12 }));
  await saveResponse(db(), official, answer(assessmentId, framework.rate.id, 1, { numerator: 700, denominator: 980, evidenceLinks: ["https://so-gd.example/bao-cao"] }));
  await completeAssessment(db(), official, assessmentId);
  await takeReviewAct(db(), official, act(assessmentId, { act: "submit" }));
  await takeReviewAct(db(), coordinator, act(assessmentId, { act: "return", reason: "Cần đối chiếu", flags: [{ indicatorId: framework.rate.id, comment: "Mẫu số chưa đúng" }] }));
  return { ...setup, coordinator };
}

describe("assessment history", () => {
  it("keeps when an answer sent after a time offline was typed, beside when it arrived, never later than that", async () => {
    const { official, framework, assessmentId } = await makeAssessment();
    const typedAt = new Date(Date.now() - 3 * 60 * 60 * 1000);
    const sent = await saveResponse(db(), official, { ...answer(assessmentId, framework.count.id, 0, { value: 4 }), typedAt: typedAt.toISOString() });
    expect(sent).toMatchObject({ ok: true, value: { kind: "saved" } });
    // A device whose clock runs ahead cannot say it was typed after it arrived.
    const ahead = new Date(Date.now() + 24 * 60 * 60 * 1000);
    await saveResponse(db(), official, { ...answer(assessmentId, framework.count.id, 1, { value: 5 }), typedAt: ahead.toISOString() });
    // Typed online: no second time.
    await saveResponse(db(), official, answer(assessmentId, framework.count.id, 2, { value: 6 }));

    const result = await assessmentHistory(db(), official, { assessmentId, indicatorId: framework.count.id });
    if (!result.ok) throw new Error(result.reason);
    const [online, clockAhead, offline] = result.value.events.filter((e) => e.change.kind === "value");
    expect(offline.change).toMatchObject({ kind: "value", typedAt });
    expect(offline.at.getTime()).toBeGreaterThan(typedAt.getTime());
    if (clockAhead.change.kind !== "value" || !clockAhead.change.typedAt) throw new Error("the time typed is missing");
    expect(clockAhead.change.typedAt.getTime()).toBeLessThanOrEqual(clockAhead.at.getTime() + 1000);
    expect(online.change).toMatchObject({ kind: "value", typedAt: null });
  });

  it("refuses a time typed that is not a date and time, as the save's schema reads it", () => {
    const base = { ...blank, assessmentId: "a", indicatorId: "i", revision: 0 };
    expect(saveResponseSchema.safeParse({ ...base, typedAt: "yesterday" }).success).toBe(false);
    expect(saveResponseSchema.safeParse({ ...base, typedAt: "2026-12-03T08:00:00.000Z" }).success).toBe(true);
    expect(saveResponseSchema.safeParse(base).success).toBe(true);
  });

  it("shows every step, newest first, with who did it and what changed", async () => {
    const { official, coordinator, framework, assessmentId } = await reviewed();
    const result = await assessmentHistory(db(), coordinator, { assessmentId });
    if (!result.ok) throw new Error(result.reason);
    const { indicators, more } = result.value;
    // A flag also opens the indicator's discussion; comments have their own tests.
    const events = result.value.events.filter((e) => e.change.kind !== "comment");

    expect(events.map((e) => [e.change.action, e.actorName])).toEqual([
      ["assessment.return", "Test coordinator"],
      ["assessment.submit", "Test official"],
      ["assessment.complete", "Test official"],
      ["response.save", "Test official"],
      ["response.save", "Test official"],
      ["response.save", "Test official"],
      ["assessment.create", "Test official"],
    ]);
    expect(more).toBe(false);
    expect(events.every((e, i) => i === 0 || events[i - 1].at >= e.at)).toBe(true);

    expect(events[0].change).toEqual({
      kind: "status",
      action: "assessment.return",
      from: "submitted",
      to: "returned",
      reason: "Cần đối chiếu",
      flags: [{ indicatorId: framework.rate.id, comment: "Mẫu số chưa đúng" }],
    });
    // The correction lists only what changed; the first answer lists what it set.
    expect(events[3]).toMatchObject({ indicatorId: framework.rate.id });
    expect(events[3].change).toEqual({
      kind: "value",
      action: "response.save",
      firstAnswer: false,
      fields: [
        { field: "denominator", before: 1000, after: 980 },
        { field: "value", before: 0.7, after: 700 / 980 },
        { field: "evidenceLinks", before: [], after: ["https://so-gd.example/bao-cao"] },
      ],
      typedAt: null,
    });
    expect(events[5].change).toMatchObject({ kind: "value", firstAnswer: true, fields: [{ field: "numerator", before: null, after: 700 }, { field: "denominator", before: null, after: 1000 }, { field: "value", before: null, after: 0.7 }] });

    expect(indicators.map((i) => [i.id, i.code, i.labelVi, i.labelEn])).toEqual([
      [framework.rate.id, "LF", "Gia đình học tập", "Learning families"],
      [framework.count.id, "HS", "Trường học hạnh phúc", "Happy schools"],
    ]);
    // The city's own official reads the same timeline.
    expect((await assessmentHistory(db(), official, { assessmentId })).ok).toBe(true);
  });

  it("narrows to one indicator's history", async () => {
    const { official, framework, assessmentId } = await reviewed();
    const result = await assessmentHistory(db(), official, { assessmentId, indicatorId: framework.rate.id });
    if (!result.ok) throw new Error(result.reason);
    const { events } = result.value;
    expect(events.every((e) => e.indicatorId === framework.rate.id)).toBe(true);
    expect(events.filter((e) => e.change.kind !== "comment").map((e) => e.change.action)).toEqual(["response.save", "response.save"]);
    // The whole framework is still there to choose another indicator from.
    expect(result.value.indicators).toHaveLength(2);
  });

  it("reads as missing for a user of another city, an unknown assessment, or an indicator of another framework", async () => {
    const { assessmentId } = await reviewed();
    const other = await makeAssessment();
    const outsider = await makeUser("official", { cityId: (await makeCity()).id });
    const coordinatorElsewhere = await makeUser("coordinator", { assignedCityIds: [other.city.id] });
    expect(await assessmentHistory(db(), outsider, { assessmentId })).toEqual({ ok: false, reason: "notFound" });
    expect(await assessmentHistory(db(), coordinatorElsewhere, { assessmentId })).toEqual({ ok: false, reason: "notFound" });
    expect(await assessmentHistory(db(), other.official, { assessmentId: "no-such-assessment" })).toEqual({ ok: false, reason: "notFound" });
    expect(await assessmentHistory(db(), other.official, { assessmentId: other.assessmentId, indicatorId: (await db().indicator.findFirstOrThrow({ where: { frameworkId: { not: other.framework.id } } })).id })).toEqual({
      ok: false,
      reason: "notFound",
    });
  });

  it(`stops at the ${historyLimit} newest events and says that more exist`, async () => {
    const { official, assessmentId } = await makeAssessment();
    const start = Date.now() - 10_000_000;
    await db().auditEvent.createMany({
      data: Array.from({ length: historyLimit }, (_, i) => ({ actorId: null, action: "something.old", entityType: "Assessment", entityId: assessmentId, assessmentId, at: new Date(start + i * 1000), after: "{not json" })),
    });
    const result = await assessmentHistory(db(), official, { assessmentId });
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.events).toHaveLength(historyLimit);
    expect(result.value.more).toBe(true);
    // The newest comes first: the creation, then the unreadable events as plain entries by nobody.
    expect(result.value.events[0].change.action).toBe("assessment.create");
    expect(result.value.events[1]).toMatchObject({ actorName: null, change: { kind: "other", action: "something.old" } });
    expect((await auditTrail(assessmentId)).length).toBe(historyLimit + 1);
  });
});
