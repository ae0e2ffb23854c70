import { describe, expect, it } from "vitest";
import { saveResponseSchema, type ResponseFields } from "@/lib/validation/assessments";
import { db } from "../db";
import { auditTrail, makeAssessment, makeCity, makeFramework, makeUser } from "@/tests/integration/fixtures";
import { completeAssessment } from "./complete-assessment";
import { createAssessment } from "./create-assessment";
import { getChecklist } from "./get-checklist";
import { saveResponse } from "./save-response";

const setUp = makeAssessment;

const blank: ResponseFields = { numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };
const save = (assessmentId: string, indicatorId: string, revision: number, fields: Partial<ResponseFields>) =>
  saveResponseSchema.parse({ ...blank, ...fields, assessmentId, indicatorId, revision });

describe("assessments", () => {
  it("allows one assessment per city, framework and year", async () => {
    const { city, official, framework } = await setUp();
    expect(await createAssessment(db(), official, { cityId: city.id, frameworkId: framework.id, year: 2025 })).toEqual({
      ok: false,
      reason: "conflict",
      fieldErrors: { year: "validation.assessmentExists" },
    });
    expect((await createAssessment(db(), official, { cityId: city.id, frameworkId: framework.id, year: 2026 })).ok).toBe(true);
  });

  it("lets only the city's officials and administrators start one", async () => {
    const city = await makeCity();
    const framework = await makeFramework();
    const other = await makeUser("official", { cityId: (await makeCity()).id });
    const coordinator = await makeUser("coordinator", { coversAllCities: true });
    for (const actor of [other, coordinator]) {
      expect(await createAssessment(db(), actor, { cityId: city.id, frameworkId: framework.id, year: 2025 })).toEqual({ ok: false, reason: "forbidden" });
    }
    expect((await createAssessment(db(), await makeUser("administrator"), { cityId: city.id, frameworkId: framework.id, year: 2025 })).ok).toBe(true);
  });

  it("saves a rate with its computed value, keeps a wrong one as typed, and audits each save", async () => {
    const { official, framework, assessmentId } = await setUp();
    const first = await saveResponse(db(), official, save(assessmentId, framework.rate.id, 0, { numerator: 1_420_000, denominator: 2_100_000 }));
    expect(first.ok && first.value.kind === "saved" && first.value.response).toMatchObject({ revision: 1, numerator: 1_420_000 });
    expect(first.ok && first.value.kind === "saved" && first.value.response.value).toBeCloseTo(0.6762, 4);

    // A numerator above the denominator is kept as a draft; completing is what it blocks.
    const wrong = await saveResponse(db(), official, save(assessmentId, framework.rate.id, 1, { numerator: 2_500_000, denominator: 2_100_000 }));
    expect(wrong.ok && wrong.value.kind).toBe("saved");
    const checklist = (await getChecklist(db(), official, assessmentId))!;
    expect(checklist.answers[0]).toMatchObject({ numerator: 2_500_000, denominator: 2_100_000, revision: 2 });

    const response = await db().response.findFirstOrThrow({ where: { assessmentId } });
    const trail = await auditTrail(response.id);
    expect(trail.map((e) => e.action)).toEqual(["response.save", "response.save"]);
    expect(JSON.parse(trail[1].before!)).toMatchObject({ numerator: 1_420_000 });
    expect(JSON.parse(trail[1].after!)).toMatchObject({ numerator: 2_500_000 });
  });

  it("never lets a save based on an old revision overwrite a newer answer", async () => {
    const { city, official, framework, assessmentId } = await setUp();
    const colleague = await makeUser("official", { cityId: city.id });
    await saveResponse(db(), official, save(assessmentId, framework.count.id, 0, { value: 120 }));
    // Both loaded revision 1; the colleague saves first.
    expect((await saveResponse(db(), colleague, save(assessmentId, framework.count.id, 1, { value: 150 }))).ok).toBe(true);
    const late = await saveResponse(db(), official, save(assessmentId, framework.count.id, 1, { value: 130 }));
    expect(late.ok && late.value).toMatchObject({ kind: "conflict", current: { value: 150, revision: 2 } });
    expect((await db().response.findFirstOrThrow({ where: { assessmentId, indicatorId: framework.count.id } })).value).toBe(150);
    // Choosing to keep their own value, the official saves on top of the revision they were shown.
    const kept = await saveResponse(db(), official, save(assessmentId, framework.count.id, 2, { value: 130 }));
    expect(kept.ok && kept.value.kind === "saved" && kept.value.response).toMatchObject({ value: 130, revision: 3 });
  });

  it("refuses saves from other cities as not found, and from viewers as forbidden", async () => {
    const { city, framework, assessmentId } = await setUp();
    const stranger = await makeUser("official", { cityId: (await makeCity()).id });
    expect(await saveResponse(db(), stranger, save(assessmentId, framework.count.id, 0, { value: 1 }))).toEqual({ ok: false, reason: "notFound" });
    const viewer = await makeUser("viewer", { assignedCityIds: [city.id] });
    expect(await saveResponse(db(), viewer, save(assessmentId, framework.count.id, 0, { value: 1 }))).toEqual({ ok: false, reason: "forbidden" });
    expect(await getChecklist(db(), stranger, assessmentId)).toBeNull();
    expect(await db().response.count({ where: { assessmentId } })).toBe(0);
  });

  it("refuses an indicator from another framework", async () => {
    const { official, assessmentId } = await setUp();
    const other = await makeFramework();
    expect(await saveResponse(db(), official, save(assessmentId, other.rate.id, 0, { numerator: 1, denominator: 2 }))).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("completes only when every required answer is valid, and reopens completion on a later change", async () => {
    const { official, framework, assessmentId } = await setUp();
    const missing = await completeAssessment(db(), official, assessmentId);
    expect(missing.ok && missing.value).toEqual({ kind: "problems", problems: [{ indicatorId: framework.rate.id, code: "checks.required" }] });

    await saveResponse(db(), official, save(assessmentId, framework.rate.id, 0, { numerator: 900, denominator: 800 }));
    const wrong = await completeAssessment(db(), official, assessmentId);
    expect(wrong.ok && wrong.value.kind === "problems" && wrong.value.problems.map((p) => p.code)).toEqual(["checks.numeratorAboveDenominator"]);

    const beforeCompleting = await saveResponse(db(), official, save(assessmentId, framework.rate.id, 1, { numerator: 700, denominator: 1000 }));
    expect(beforeCompleting.ok && beforeCompleting.value.kind === "saved" && beforeCompleting.value.completionCleared).toBe(false);
    const done = await completeAssessment(db(), official, assessmentId);
    expect(done.ok && done.value.kind).toBe("completed");
    expect((await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).completedAt).not.toBeNull();

    // The save says it took the completion away, so the checklist on screen follows at once.
    const after = await saveResponse(db(), official, save(assessmentId, framework.rate.id, 2, { numerator: 710, denominator: 1000 }));
    expect(after.ok && after.value.kind === "saved" && after.value.completionCleared).toBe(true);
    expect((await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).completedAt).toBeNull();
    const again = await saveResponse(db(), official, save(assessmentId, framework.rate.id, 3, { numerator: 720, denominator: 1000 }));
    expect(again.ok && again.value.kind === "saved" && again.value.completionCleared).toBe(false);
  });

  it("asks for a comment when a rate moved more than allowed since last year's approved figure", async () => {
    const { city, official, framework, assessmentId } = await setUp();
    const lastYear = await createAssessment(db(), official, { cityId: city.id, frameworkId: framework.id, year: 2024 });
    if (!lastYear.ok) throw new Error();
    await saveResponse(db(), official, save(lastYear.value.id, framework.rate.id, 0, { numerator: 500, denominator: 1000 }));
    await db().assessment.update({ where: { id: lastYear.value.id }, data: { status: "approved" } });

    await saveResponse(db(), official, save(assessmentId, framework.rate.id, 0, { numerator: 700, denominator: 1000 }));
    const result = await completeAssessment(db(), official, assessmentId);
    expect(result.ok && result.value.kind === "problems" && result.value.problems.map((p) => p.code)).toEqual(["checks.commentNeeded"]);

    await saveResponse(db(), official, save(assessmentId, framework.rate.id, 1, { numerator: 700, denominator: 1000, comment: "Áp dụng tiêu chí mới" }));
    expect((await completeAssessment(db(), official, assessmentId)).ok).toBe(true);
    expect((await getChecklist(db(), official, assessmentId))!.lastYearValues).toEqual({ LF: 0.5 });
  });
});
