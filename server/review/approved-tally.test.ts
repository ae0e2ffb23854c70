import { beforeAll, describe, expect, it } from "vitest";
import { createAssessment } from "../assessments/create-assessment";
import { assessmentStatusCounts } from "../assessments/status-counts";
import { recomputeAllSummaries } from "../assessments/summary/recompute-all-summaries";
import { db } from "../db";
import { makeCity, makeFramework, makeSubmittedAssessment, makeUser } from "@/tests/integration/fixtures";
import { approveMany } from "./approve-many";
import { recountApprovals } from "./recount-approvals";
import { reviewQueuePage } from "./review-queue";
import { takeReviewAct } from "./take-review-act";
import { listCycles } from "../cycles/list-cycles";

/** Approved checklists (not from publications) per framework and year, counted from the rows. */
async function counted() {
  const groups = await db().assessment.groupBy({ by: ["frameworkCode", "year"], where: { status: "approved", fromPublications: false }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [`${g.frameworkCode}/${g.year}`, g._count._all]));
}

/** The kept tally, in the same shape. */
async function kept() {
  const rows = await db().approvedTally.findMany({ where: { count: { gt: 0 } } });
  return Object.fromEntries(rows.map((t) => [`${t.frameworkCode}/${t.year}`, t.count]));
}

/** `n` checklists of one new framework for 2025, each of its own city, sent for review by its official. */
async function submittedOfOneFramework(n: number) {
  const framework = await makeFramework();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const city = await makeCity();
    const official = await makeUser("official", { cityId: city.id });
    const created = await createAssessment(db(), official, { cityId: city.id, frameworkId: framework.id, year: 2025 });
    if (!created.ok) throw new Error(created.reason);
    await db().assessment.update({ where: { id: created.value.id }, data: { status: "submitted", submittedById: official.id, submittedAt: new Date(), completedAt: new Date() } });
    ids.push(created.value.id);
  }
  return { framework, ids };
}

describe("the kept count of approved checklists", () => {
  // Earlier files of the suite wrote approved rows straight into the table, as a bulk load would.
  beforeAll(() => recountApprovals(db()));

  it("follows each approval and re-opening, equal to a count of the rows", async () => {
    const { coordinator, framework, assessmentId } = await makeSubmittedAssessment();
    const key = `${framework.code}/2025`;
    expect(await takeReviewAct(db(), coordinator, { assessmentId, act: "approve", flags: [] })).toMatchObject({ ok: true });
    expect((await kept())[key]).toBe(1);
    expect(await kept()).toEqual(await counted());

    const admin = await makeUser("administrator");
    expect(await takeReviewAct(db(), admin, { assessmentId, act: "reopen", reason: "Số liệu cần sửa", flags: [] })).toMatchObject({ ok: true });
    expect((await kept())[key]).toBeUndefined();
    expect(await kept()).toEqual(await counted());
  });

  it("adds every one of many approvals made at the same time, one by one and in bulk", async () => {
    const { framework, ids } = await submittedOfOneFramework(12);
    const admin = await makeUser("administrator");
    const results = await Promise.all(ids.slice(0, 8).map((assessmentId) => takeReviewAct(db(), admin, { assessmentId, act: "approve", flags: [] })));
    expect(results.every((r) => r.ok)).toBe(true);
    // Two bulk approvals racing over the same four: each is approved once, and counted once.
    const [first, second] = await Promise.all([approveMany(db(), admin, { assessmentIds: ids.slice(8) }), approveMany(db(), admin, { assessmentIds: ids.slice(8) })]);
    expect(first.ok && second.ok && first.value.approved.length + second.value.approved.length).toBe(4);
    expect((await kept())[`${framework.code}/2025`]).toBe(12);
    expect(await kept()).toEqual(await counted());
  });

  it("is what the queue and the dashboard of every city count, and agrees with the count of a coordinator's own cities", async () => {
    const { framework, ids } = await submittedOfOneFramework(5);
    const admin = await makeUser("administrator");
    for (const assessmentId of ids.slice(0, 3)) await takeReviewAct(db(), admin, { assessmentId, act: "approve", flags: [] });
    const cityIds = (await db().assessment.findMany({ where: { id: { in: ids } }, select: { cityId: true } })).map((a) => a.cityId);
    const coordinator = await makeUser("coordinator", { assignedCityIds: cityIds });
    const query = { sort: "attention" as const, page: 1, size: 25, framework: framework.code, status: "approved" as const };
    const national = await reviewQueuePage(db(), admin, query, "vi");
    const scoped = await reviewQueuePage(db(), coordinator, query, "vi");
    expect(national.totals.matching).toBe(3);
    expect(scoped.totals.matching).toBe(3);
    expect(national.rows.map((r) => r.assessmentId).sort()).toEqual(scoped.rows.map((r) => r.assessmentId).sort());

    const ofFramework = async (actor: typeof admin) =>
      Object.fromEntries((await assessmentStatusCounts(db(), actor)).filter((c) => c.frameworkCode === framework.code).map((c) => [c.status, c.count]));
    expect(await ofFramework(admin)).toEqual({ approved: 3, submitted: 2 });
    expect(await ofFramework(coordinator)).toEqual({ approved: 3, submitted: 2 });
  });

  it("is what the reporting cycles of every city count, with checklists from publications and of reference cities set right", async () => {
    const { framework, ids } = await submittedOfOneFramework(4);
    const admin = await makeUser("administrator");
    for (const assessmentId of ids.slice(0, 2)) await takeReviewAct(db(), admin, { assessmentId, act: "approve", flags: [] });
    // Approved outside the review acts: a regular city's figures taken from publications (not in
    // the tally, but taking part), and a reference city's own approved checklist (in the tally,
    // but reference cities take no part in cycles). The bulk load is followed by the recount.
    const published = await makeCity();
    const referenceCity = async () => db().city.update({ where: { id: (await makeCity()).id }, data: { isReference: true } });
    const approvedRow = (cityId: string, fromPublications: boolean) =>
      db().assessment.create({ data: { cityId, frameworkId: framework.id, frameworkCode: framework.code, year: 2025, status: "approved", approvedAt: new Date(), fromPublications } });
    await approvedRow(published.id, true);
    for (const reference of [await referenceCity(), await referenceCity()]) await approvedRow(reference.id, false);
    await recountApprovals(db());
    const cycle = await db().reportingCycle.create({ data: { frameworkCode: framework.code, year: 2025, opensOn: "2025-01-01", dueOn: "2025-12-31", createdById: admin.id } });

    const cityIds = [...(await db().assessment.findMany({ where: { id: { in: ids } }, select: { cityId: true } })).map((a) => a.cityId), published.id];
    const coordinator = await makeUser("coordinator", { assignedCityIds: cityIds });
    const statesOf = async (actor: typeof admin) => (await listCycles(db(), actor, new Date("2025-06-01T03:00:00Z"), { cycle: cycle.id })).find((c) => c.id === cycle.id)!.counts;
    const [national, scoped] = [await statesOf(admin), await statesOf(coordinator)];
    // Two approved by review and one from publications; the reference cities' are not counted.
    expect(national.approved).toBe(3);
    expect(national.submitted).toBe(2);
    expect({ approved: scoped.approved, submitted: scoped.submitted }).toEqual({ approved: national.approved, submitted: national.submitted });
  });

  it("is put right by the recomputation after a write that bypassed the review acts", async () => {
    const { framework, ids } = await submittedOfOneFramework(3);
    await db().assessment.updateMany({ where: { id: { in: ids } }, data: { status: "approved" } });
    expect((await kept())[`${framework.code}/2025`]).toBeUndefined();
    await recomputeAllSummaries(db(), { onlyMissing: true });
    expect((await kept())[`${framework.code}/2025`]).toBe(3);
    expect(await kept()).toEqual(await counted());
  });
});
