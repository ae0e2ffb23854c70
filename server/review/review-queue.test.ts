import { describe, expect, it } from "vitest";
import { makeAssessment, makeCity, makeFramework, makeSubmittedAssessment, makeUser, unique } from "@/tests/integration/fixtures";
import { countingDb } from "@/tests/integration/counting-db";
import { loadActor } from "../auth/load-actor";
import { db } from "../db";
import { filterQueue, type QueueFilter, type QueueSort } from "@/lib/review/queue";
import { approveMany } from "./approve-many";
import { reviewQueue, reviewQueuePage } from "./review-queue";
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

/** A coordinator over `count` new communes, each with a draft of a fresh framework for 2025. */
async function wideScope(count: number) {
  const framework = await makeFramework();
  const prefix = unique("page");
  const syllables = ["An", "Ân", "Ăn", "Đông", "Dương", "Ô Môn", "Ong", "Ưng", "Uông", "Bình"];
  await db().city.createMany({
    data: Array.from({ length: count }, (_, i) => ({ slug: `${prefix}-${i}`, nameVi: `Xã ${syllables[i % syllables.length]} ${prefix} ${i}`, nameEn: `Commune ${prefix} ${i}`, provinceVi: "Tỉnh", provinceEn: "Province" })),
  });
  const cities = await db().city.findMany({ where: { slug: { startsWith: prefix } }, select: { id: true } });
  await db().assessment.createMany({ data: cities.map((c) => ({ cityId: c.id, frameworkId: framework.id, frameworkCode: framework.code, year: 2025 })) });
  const coordinator = await makeUser("coordinator", { assignedCityIds: cities.map((c) => c.id) });
  return { framework, coordinator };
}

const pageQuery = { sort: "city" as const, page: 1, size: 25 };

describe("a page of the review queue", () => {
  it("pages through every checklist once, in the reader's alphabetical order, with the totals of the whole view", async () => {
    const { framework, coordinator } = await wideScope(60);
    const query = { ...pageQuery, framework: framework.code };
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(await reviewQueuePage(db(), coordinator, { ...query, page }, "vi", now));
    expect(pages.map((p) => p.rows.length)).toEqual([25, 25, 10]);
    expect(pages[0]).toMatchObject({ page: 1, pages: 3, totals: { all: 60, matching: 60, waiting: 0 } });
    const names = pages.flatMap((p) => p.rows.map((r) => r.city.nameVi));
    expect(new Set(names).size).toBe(60);
    expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare));
    // An address past the end shows the last page.
    expect((await reviewQueuePage(db(), coordinator, { ...query, page: 9 }, "vi", now)).page).toBe(3);
    // The status filter narrows the rows to page through, not the totals of the view.
    const approved = await reviewQueuePage(db(), coordinator, { ...query, status: "approved" }, "vi", now);
    expect(approved).toMatchObject({ rows: [], totals: { all: 60, matching: 0 } });
  });

  it("opens on the open work: approved checklists only in the views that ask for them, every year still on offer", async () => {
    const { framework, coordinator } = await wideScope(5);
    const cities = await db().assessment.findMany({ where: { frameworkCode: framework.code }, select: { cityId: true }, orderBy: { cityId: "asc" } });
    // Two cities' 2021 checklists, approved long ago.
    await db().assessment.createMany({ data: cities.slice(0, 2).map((c) => ({ cityId: c.cityId, frameworkId: framework.id, frameworkCode: framework.code, year: 2021, status: "approved" })) });
    const query = { ...pageQuery, framework: framework.code };

    const open = await reviewQueuePage(db(), coordinator, { ...query, status: "open" }, "vi", now);
    expect(open.totals).toMatchObject({ all: 5, matching: 5 });
    expect(open.rows.map((r) => r.status)).toEqual(Array(5).fill("draft"));
    expect(open.choices.years).toEqual(expect.arrayContaining([2025, 2021]));

    const all = await reviewQueuePage(db(), coordinator, { ...query, status: "all" }, "vi", now);
    expect(all.totals).toMatchObject({ all: 7, matching: 7 });
    expect(all.rows.filter((r) => r.status === "approved").map((r) => r.year)).toEqual([2021, 2021]);
    const approved = await reviewQueuePage(db(), coordinator, { ...query, status: "approved" }, "vi", now);
    expect(approved.totals).toMatchObject({ all: 7, matching: 2 });
  });

  it("runs the same number of queries for 600 cities as for 20", async () => {
    const queriesFor = async (count: number) => {
      const { framework, coordinator } = await wideScope(count);
      await reviewQueuePage(db(), coordinator, { ...pageQuery, framework: framework.code }, "vi", now);
      const { client, counter } = countingDb();
      const page = await reviewQueuePage(client, coordinator, { ...pageQuery, framework: framework.code }, "vi", now);
      expect(page.totals.all).toBe(count);
      return counter.queries;
    };
    expect(await queriesFor(600)).toBe(await queriesFor(20));
  });
});

describe("a page against the whole queue", () => {
  it("counts and pages every view as the unpaged queue lists it, cities not started and extensions included", async () => {
    const framework = await makeFramework();
    const statuses = ["submitted", "resubmitted", "draft", "returned", "approved", "draft", null, null, "submitted", "returned", null, "approved", "draft", null] as const;
    const cities = [];
    for (const [i, status] of statuses.entries()) {
      const city = await makeCity({ nameVi: `Xã ${String.fromCharCode(65 + i)} ${unique("q")}` });
      cities.push(city);
      if (status) await db().assessment.create({ data: { cityId: city.id, frameworkId: framework.id, frameworkCode: framework.code, year: 2025, status } });
      // Last year's, approved for most cities and never started by the others.
      if (i % 4 !== 0) await db().assessment.create({ data: { cityId: city.id, frameworkId: framework.id, frameworkCode: framework.code, year: 2024, status: "approved" } });
    }
    // A reference city in the scope takes part in no cycle: its figures, taken from publications, start nothing.
    const reference = await makeCity();
    await db().city.update({ where: { id: reference.id }, data: { isReference: true } });
    for (const year of [2024, 2025, 2026]) {
      await db().assessment.create({ data: { cityId: reference.id, frameworkId: framework.id, frameworkCode: framework.code, year, status: "approved", fromPublications: true } });
    }
    const coordinator = await makeUser("coordinator", { assignedCityIds: [...cities.map((c) => c.id), reference.id] });
    const cycle = (year: number, opensOn: string, dueOn: string) => db().reportingCycle.create({ data: { frameworkCode: framework.code, year, opensOn, dueOn, createdById: coordinator.id } });
    const overdue2025 = await cycle(2025, "2026-01-01", "2026-04-30");
    await cycle(2024, "2025-01-01", "2025-04-30");
    await cycle(2026, "2026-05-01", "2026-06-30");
    // Not started but given time (on time), not started with time that ran out too (overdue), and a draft given time.
    for (const [index, dueOn] of [[6, "2026-05-31"], [7, "2026-05-05"], [2, "2026-05-20"]] as const) {
      await db().cycleExtension.create({ data: { cycleId: overdue2025.id, cityId: cities[index].id, dueOn, reason: "Bão", grantedById: coordinator.id } });
    }

    const views: QueueFilter[] = [
      { status: "open" },
      { status: "all" },
      { status: "waiting" },
      { status: "notStarted" },
      { status: "open", overdue: true },
      { status: "all", year: 2025 },
      { status: "draft", overdue: true },
      { status: "approved", framework: framework.code },
      { status: "all", city: cities[6].id },
    ];
    for (const sort of ["attention", "due", "city"] satisfies QueueSort[]) {
      const whole = (await reviewQueue(db(), coordinator, now, { sort })).filter((r) => r.frameworkCode === framework.code);
      for (const view of views) {
        const filter = { ...view, framework: framework.code };
        const expected = filterQueue(whole, filter);
        const first = await reviewQueuePage(db(), coordinator, { ...filter, sort, page: 1, size: 3 }, "vi", now);
        const rows = [...first.rows];
        for (let page = 2; page <= first.pages; page++) rows.push(...(await reviewQueuePage(db(), coordinator, { ...filter, sort, page, size: 3 }, "vi", now)).rows);
        const label = `${sort} ${JSON.stringify(view)}`;
        expect(first.totals.matching, label).toBe(expected.length);
        expect(rows.map((r) => [r.key, r.status, r.overdue]), label).toEqual(expected.map((r) => [r.key, r.status, r.overdue]));
        const inView = filterQueue(whole, { framework: framework.code, year: view.year, city: view.city });
        expect(first.totals.overdue, label).toBe(inView.filter((r) => r.overdue && (view.status !== "open" || r.status !== "approved")).length);
      }
    }
    // The data holds what the views are about: cities not started, overdue and on time, and waiting work.
    const open = filterQueue(await reviewQueue(db(), coordinator, now), { framework: framework.code, status: "notStarted" });
    expect(open.filter((r) => r.year === 2025).map((r) => r.overdue).sort()).toEqual([false, true, true, true]);
    expect(open.some((r) => r.year === 2024)).toBe(true);
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
