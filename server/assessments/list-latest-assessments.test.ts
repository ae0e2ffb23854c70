import { describe, expect, it } from "vitest";
import { countingDb } from "@/tests/integration/counting-db";
import { makeCity, makeFramework, makeUser } from "@/tests/integration/fixtures";
import { db } from "../db";
import { createAssessment } from "./create-assessment";
import { listAssessments } from "./list-assessments";
import { listLatestAssessments } from "./list-latest-assessments";

/** A city's checklists of a framework for each year, made by its official as the app makes them. */
async function checklists(cityId: string, frameworkId: string, years: number[]) {
  const official = await makeUser("official", { cityId });
  for (const year of years) {
    const created = await createAssessment(db(), official, { cityId, frameworkId, year });
    if (!created.ok) throw new Error(created.reason);
  }
  return official;
}

describe("the latest checklists of a scope", () => {
  it("lists the newest year of each city and framework, as the whole list would, and only the actor's cities", async () => {
    const [first, second] = [await makeFramework(), await makeFramework()];
    const [a, b, elsewhere] = [await makeCity(), await makeCity(), await makeCity()];
    const officialOfA = await checklists(a.id, first.id, [2023, 2025, 2024]);
    await checklists(a.id, second.id, [2024]);
    await checklists(b.id, first.id, [2022, 2025]);
    await checklists(elsewhere.id, first.id, [2025]);
    const coordinator = await makeUser("coordinator", { assignedCityIds: [a.id, b.id] });

    const latest = await listLatestAssessments(db(), coordinator);
    expect(latest.map((l) => [l.city.slug, l.frameworkCode, l.year])).toEqual(
      expect.arrayContaining([
        [a.slug, first.code, 2025],
        [a.slug, second.code, 2024],
        [b.slug, first.code, 2025],
      ]),
    );
    expect(latest).toHaveLength(3);
    // Newest year first, as the full list orders them.
    expect(latest.map((l) => l.year)).toEqual([2025, 2025, 2024]);

    // The same rows, figures and all, as reading every year and keeping the first of each pair.
    const seen = new Set<string>();
    const fromAll = (await listAssessments(db(), coordinator)).filter((row) => {
      const key = `${row.cityId}:${row.frameworkCode}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const shape = (row: (typeof latest)[number]) => ({
      id: row.id,
      year: row.year,
      status: row.status,
      fromPublications: row.fromPublications,
      completedAt: row.completedAt,
      city: row.city,
      framework: row.framework,
      readiness: row.readiness,
    });
    expect(latest.map(shape)).toEqual(fromAll.map(shape));
    expect(latest[0].readiness.total).toBeGreaterThan(0);

    // An official sees their own city's only.
    expect((await listLatestAssessments(db(), officialOfA)).map((l) => [l.frameworkCode, l.year])).toEqual(
      expect.arrayContaining([
        [first.code, 2025],
        [second.code, 2024],
      ]),
    );
    expect(await listLatestAssessments(db(), officialOfA)).toHaveLength(2);
  });

  it("reads one statement for a city with one year as for two cities with five", async () => {
    const framework = await makeFramework();
    const [small, large, other] = [await makeCity(), await makeCity(), await makeCity()];
    await checklists(small.id, framework.id, [2025]);
    await checklists(large.id, framework.id, [2021, 2022, 2023, 2024, 2025]);
    await checklists(other.id, framework.id, [2021, 2022, 2023, 2024, 2025]);
    const statementsFor = async (cityIds: string[], rows: number) => {
      const coordinator = await makeUser("coordinator", { assignedCityIds: cityIds });
      await listLatestAssessments(db(), coordinator);
      const { client, counter } = countingDb();
      expect(await listLatestAssessments(client, coordinator)).toHaveLength(rows);
      return counter.queries;
    };
    expect(await statementsFor([small.id], 1)).toBe(1);
    expect(await statementsFor([large.id, other.id], 2)).toBe(1);
  });
});
