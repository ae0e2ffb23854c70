import { describe, expect, it } from "vitest";
import { createAssessment } from "../assessments/create-assessment";
import { db } from "../db";
import { makeCity, makeFramework, makeUser } from "@/tests/integration/fixtures";
import { reviewQueuePage } from "./review-queue";

/** Checklists of one framework per year, counted from the rows. */
async function counted(frameworkCode: string) {
  const groups = await db().assessment.groupBy({ by: ["year"], where: { frameworkCode }, _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.year, g._count._all]));
}

/** The count the database keeps, in the same shape (years counted down to none left out). */
async function kept(frameworkCode: string) {
  const rows = await db().checklistTally.findMany({ where: { frameworkCode, count: { gt: 0 } } });
  return Object.fromEntries(rows.map((t) => [t.year, t.count]));
}

describe("the kept count of checklists per framework and year", () => {
  it("follows every checklist made, removed or moved, by the app at the same time or straight into the table", async () => {
    const framework = await makeFramework();
    // Eight officials start their city's checklist at the same moment.
    const cities = await Promise.all(Array.from({ length: 8 }, () => makeCity()));
    const officials = await Promise.all(cities.map((city) => makeUser("official", { cityId: city.id })));
    const made = await Promise.all(officials.map((official, i) => createAssessment(db(), official, { cityId: cities[i].id, frameworkId: framework.id, year: 2025 })));
    expect(made.every((m) => m.ok)).toBe(true);
    expect(await kept(framework.code)).toEqual({ 2025: 8 });

    // Rows written past the app, as a bulk load or an import does, count as well.
    const more = await Promise.all([makeCity(), makeCity(), makeCity()]);
    const row = (cityId: string, year: number) => ({ cityId, frameworkId: framework.id, frameworkCode: framework.code, year });
    await db().assessment.createMany({ data: [row(more[0].id, 2024), row(more[1].id, 2024)] });
    const moved = await db().assessment.create({ data: row(more[2].id, 2023) });
    await db().assessment.update({ where: { id: moved.id }, data: { year: 2022 } });
    const first = made[0].ok ? made[0].value.id : "";
    await db().assessment.delete({ where: { id: first } });

    expect(await kept(framework.code)).toEqual({ 2025: 7, 2024: 2, 2022: 1 });
    expect(await kept(framework.code)).toEqual(await counted(framework.code));
  });

  it("gives a nation-wide queue the cities not started that a count of the rows gives, reference cities and figures from publications set right", async () => {
    const framework = await makeFramework();
    const admin = await makeUser("administrator");
    await db().reportingCycle.create({ data: { frameworkCode: framework.code, year: 2025, opensOn: "2025-01-01", dueOn: "2025-12-31", createdById: admin.id } });
    const row = (cityId: string, fromPublications = false) => ({ cityId, frameworkId: framework.id, frameworkCode: framework.code, year: 2025, fromPublications });
    const started = [await makeCity(), await makeCity()];
    const published = await makeCity();
    const reference = await db().city.update({ where: { id: (await makeCity()).id }, data: { isReference: true } });
    await db().assessment.createMany({ data: [...started.map((c) => row(c.id)), row(published.id, true), row(reference.id)] });

    // Every city but the reference cities takes part; any checklist of the cycle's year, even one from publications, has started it.
    const taking = await db().city.count({ where: { isReference: false } });
    const withChecklist = await db().assessment.count({ where: { frameworkCode: framework.code, year: 2025, city: { isReference: false } } });
    expect(withChecklist).toBe(3);
    const page = await reviewQueuePage(db(), admin, { sort: "attention", page: 1, size: 25, framework: framework.code, year: 2025, status: "notStarted" }, "vi", new Date("2025-06-01T03:00:00Z"));
    expect(page.totals.matching).toBe(taking - withChecklist);
  });
});
