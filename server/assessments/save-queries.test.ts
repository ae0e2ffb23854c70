import { describe, expect, it } from "vitest";
import { saveResponseSchema } from "@/lib/validation/assessments";
import { makeCity, makeUser, publishTestFramework } from "@/tests/integration/fixtures";
import { countingDb } from "@/tests/integration/counting-db";
import { expectSummariesFresh } from "@/tests/integration/summaries";
import { db } from "../db";
import { createAssessment } from "./create-assessment";
import { saveResponse } from "./save-response";

const blank = { numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };

/** A published framework of `size` counts in one section, and an official's checklist of it with every answer given. */
async function answeredChecklist(size: number) {
  const framework = await publishTestFramework([
    {
      code: "A",
      titleVi: "Phần A",
      titleEn: "Part A",
      indicators: Array.from({ length: size }, (_, i) => ({ code: `C${i + 1}`, labelVi: `Số lượng ${i + 1}`, labelEn: `Count ${i + 1}`, type: "count", targets: [{ year: 2025, value: 10, sourceTitle: "QĐ 387" }] })),
    },
  ]);
  const city = await makeCity();
  const official = await makeUser("official", { cityId: city.id });
  const created = await createAssessment(db(), official, { cityId: city.id, frameworkId: framework.id, year: 2025 });
  if (!created.ok) throw new Error(created.reason);
  const assessmentId = created.value.id;
  const { indicators } = framework;
  for (const indicator of indicators) {
    await saveResponse(db(), official, saveResponseSchema.parse({ ...blank, assessmentId, indicatorId: indicator.id, revision: 0, value: 5 }));
  }
  return { official, assessmentId, indicatorId: indicators[0].id };
}

describe("saving one answer", () => {
  it("runs the same few queries in a checklist of 2 answers and of 42, and keeps the summary right", async () => {
    const queriesFor = async (size: number) => {
      const { official, assessmentId, indicatorId } = await answeredChecklist(size);
      const { client, counter } = countingDb();
      const saved = await saveResponse(client, official, saveResponseSchema.parse({ ...blank, assessmentId, indicatorId, revision: 1, value: 12 }));
      expect(saved.ok && saved.value.kind).toBe("saved");
      // The summary follows: one answer of `size` moved from behind its target to met.
      await expectSummariesFresh(assessmentId);
      expect(await db().assessmentSummary.findUniqueOrThrow({ where: { assessmentId } })).toMatchObject({ answered: size, met: 1, behind: size - 1 });
      return counter.queries;
    };
    const [few, many] = [await queriesFor(2), await queriesFor(42)];
    expect(many).toBe(few);
    // The checklist and the indicator in one read; in the transaction the answer read and written,
    // its audit event, the lock, the framework's stamp with the stored summary, the answers, the
    // summary written.
    expect(few).toBeLessThanOrEqual(8);
  });

  it("takes a framework change committed before its turn at the lock into its summary", async () => {
    const { official, assessmentId, indicatorId } = await answeredChecklist(3);
    // A target edit elsewhere changes the framework's version stamp; the next save scores with the new targets.
    const assessment = await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    await db().indicatorTarget.updateMany({ where: { indicator: { frameworkId: assessment.frameworkId }, year: 2025 }, data: { value: 4 } });
    await db().framework.update({ where: { id: assessment.frameworkId }, data: { updatedAt: new Date() } });
    const saved = await saveResponse(db(), official, saveResponseSchema.parse({ ...blank, assessmentId, indicatorId, revision: 1, value: 6 }));
    expect(saved.ok && saved.value.kind).toBe("saved");
    await expectSummariesFresh(assessmentId);
    expect(await db().assessmentSummary.findUniqueOrThrow({ where: { assessmentId } })).toMatchObject({ met: 3, behind: 0 });
  });
});
