import { describe, expect, it } from "vitest";
import { makeAssessment, makeCity, makeFramework, makeSubmittedAssessment, makeUser, unique } from "@/tests/integration/fixtures";
import { loadActor } from "../auth/load-actor";
import { db } from "../db";
import { approveMany } from "./approve-many";
import { reviewQueue } from "./review-queue";
import { takeReviewAct } from "./take-review-act";

const now = new Date("2026-05-10T03:00:00Z");

describe("review queue", () => {
  it("lists the covered cities' checklists with due dates, and the cities an open cycle still waits for", async () => {
    const { city, framework, assessmentId, coordinator } = await makeSubmittedAssessment();
    const idle = await makeCity();
    await db().cityAssignment.create({ data: { userId: coordinator.id, cityId: idle.id } });
    await db().reportingCycle.create({ data: { frameworkCode: framework.code, year: 2025, opensOn: "2026-01-01", dueOn: "2026-04-30", createdById: coordinator.id } });
    const fresh = (await loadActor(db(), coordinator.id))!;

    const rows = await reviewQueue(db(), fresh, now);
    const mine = rows.find((r) => r.assessmentId === assessmentId)!;
    expect(mine).toMatchObject({ cityId: city.id, status: "submitted", completeness: 1, dueOn: "2026-04-30", overdue: false, openFlags: 0, openThreads: 0 });
    expect(mine.lastActivity).not.toBeNull();
    // The idle city has not started: it is overdue by ten days.
    expect(rows.find((r) => r.cityId === idle.id && r.frameworkCode === framework.code)).toMatchObject({ assessmentId: null, status: "notStarted", dueOn: "2026-04-30", daysToDue: -10, overdue: true });
    // Nobody else's cities.
    expect(rows.every((r) => r.cityId === city.id || r.cityId === idle.id)).toBe(true);
  });

  it("uses a city's extended due date", async () => {
    const { city, framework, coordinator } = await makeAssessment().then(async (s) => ({ ...s, coordinator: await makeUser("coordinator", { assignedCityIds: [s.city.id] }) }));
    const cycle = await db().reportingCycle.create({ data: { frameworkCode: framework.code, year: 2025, opensOn: "2026-01-01", dueOn: "2026-04-30", createdById: coordinator.id } });
    await db().cycleExtension.create({ data: { cycleId: cycle.id, cityId: city.id, dueOn: "2026-05-31", reason: "Bão", grantedById: coordinator.id } });
    const row = (await reviewQueue(db(), coordinator, now)).find((r) => r.frameworkCode === framework.code);
    expect(row).toMatchObject({ status: "draft", dueOn: "2026-05-31", daysToDue: 21, overdue: false });
  });

  it("lists a scope of more checklists than one database query may name", async () => {
    const framework = await makeFramework();
    const prefix = unique("wide");
    const count = 1_100;
    const slugs = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
    await db().city.createMany({ data: slugs.map((slug) => ({ slug, nameVi: `Xã ${slug}`, nameEn: `Commune ${slug}`, provinceVi: "Tỉnh", provinceEn: "Province" })) });
    const cities = await db().city.findMany({ where: { slug: { startsWith: prefix } }, select: { id: true } });
    await db().assessment.createMany({ data: cities.map((c) => ({ cityId: c.id, frameworkId: framework.id, frameworkCode: framework.code, year: 2025 })) });
    const coordinator = await makeUser("coordinator", { assignedCityIds: cities.map((c) => c.id) });

    const rows = await reviewQueue(db(), coordinator, now);
    expect(rows.filter((r) => r.frameworkCode === framework.code && r.status === "draft")).toHaveLength(count);
  });

  it("is empty for officials and viewers", async () => {
    const { official } = await makeAssessment();
    expect(await reviewQueue(db(), official, now)).toEqual([]);
    expect(await reviewQueue(db(), await makeUser("viewer", { coversAllCities: true }), now)).toEqual([]);
  });
});

describe("approving several at once", () => {
  it("approves clean submissions and leaves flagged, unwaiting and out-of-scope ones", async () => {
    const clean = await makeSubmittedAssessment();
    const flagged = await makeSubmittedAssessment();
    const draft = await makeAssessment();
    const elsewhere = await makeSubmittedAssessment();
    const coordinator = await makeUser("coordinator", { assignedCityIds: [clean.city.id, flagged.city.id, draft.city.id] });

    // Returned with a flag, fixed and sent again: the flag stays open until someone looks.
    await takeReviewAct(db(), coordinator, { assessmentId: flagged.assessmentId, act: "return", reason: "Xem lại", flags: [{ indicatorId: flagged.framework.rate.id, comment: "Sai mẫu số" }] });
    await db().assessment.update({ where: { id: flagged.assessmentId }, data: { completedAt: new Date() } });
    expect((await takeReviewAct(db(), flagged.official, { assessmentId: flagged.assessmentId, act: "submit", flags: [] })).ok).toBe(true);

    const missing = unique("missing");
    const result = await approveMany(db(), coordinator, { assessmentIds: [clean.assessmentId, flagged.assessmentId, draft.assessmentId, elsewhere.assessmentId, missing] });
    expect(result).toEqual({
      ok: true,
      value: {
        approved: [clean.assessmentId],
        refused: [
          { assessmentId: flagged.assessmentId, reason: "openFlags" },
          { assessmentId: draft.assessmentId, reason: "notWaiting" },
          { assessmentId: elsewhere.assessmentId, reason: "notFound" },
          { assessmentId: missing, reason: "notFound" },
        ],
      },
    });
    const statuses = await db().assessment.findMany({ where: { id: { in: [clean.assessmentId, flagged.assessmentId, elsewhere.assessmentId] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [clean.assessmentId]: "approved",
      [flagged.assessmentId]: "resubmitted",
      [elsewhere.assessmentId]: "submitted",
    });
  });

  it("never lets a submitter approve their own work in bulk", async () => {
    const { assessmentId } = await makeAssessment();
    const admin = await makeUser("administrator");
    await db().assessment.update({ where: { id: assessmentId }, data: { status: "submitted", submittedById: admin.id, completedAt: new Date() } });
    expect(await approveMany(db(), admin, { assessmentIds: [assessmentId] })).toEqual({ ok: true, value: { approved: [], refused: [{ assessmentId, reason: "ownSubmission" }] } });
    expect((await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe("submitted");
  });
});
