import { describe, expect, it } from "vitest";
import { makeCity, makeFramework } from "@/tests/integration/fixtures";
import { db } from "../db";
import { storedResponse, storedResponses } from "./read-responses";

describe("the plain reads of stored answers", () => {
  it("give the same rows as the query builder: numbers, nulls, texts, links, revisions and times", async () => {
    const framework = await makeFramework();
    const city = await makeCity();
    const assessment = await db().assessment.create({ data: { cityId: city.id, frameworkId: framework.id, frameworkCode: framework.code, year: 2025 } });
    const indicators = await db().indicator.findMany({ where: { frameworkId: framework.id }, orderBy: { position: "asc" } });
    expect(indicators.length).toBeGreaterThanOrEqual(2);
    await db().response.create({ data: { assessmentId: assessment.id, indicatorId: indicators[0].id, numerator: 670, denominator: 1000, value: 0.67, dataYear: 2024, evidenceLinks: '["https://example.vn/a"]', revision: 7 } });
    await db().response.create({ data: { assessmentId: assessment.id, indicatorId: indicators[1].id, text: "Có, theo Kế hoạch 291", comment: "Số liệu của Sở", evidenceNote: "Biên bản" } });

    const byId = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const built = await db().response.findMany({ where: { assessmentId: assessment.id } });
    expect(byId(await storedResponses(db(), [assessment.id]))).toEqual(byId(built));
    expect(await storedResponse(db(), assessment.id, indicators[0].id)).toEqual(await db().response.findUnique({ where: { assessmentId_indicatorId: { assessmentId: assessment.id, indicatorId: indicators[0].id } } }));
    expect(await storedResponse(db(), assessment.id, "no-such-indicator")).toBeNull();
    expect(await storedResponses(db(), [])).toEqual([]);
  });
});
