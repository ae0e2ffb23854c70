import { describe, expect, it } from "vitest";
import { saveResponseSchema } from "@/lib/validation/assessments";
import { makeAssessment, makeUser } from "@/tests/integration/fixtures";
import { db } from "../db";
import { saveResponse } from "./save-response";

const blank = { numerator: null, denominator: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };

describe("many saves at once", () => {
  it("lets exactly one save per answer and revision win, tells every other one, and audits exactly what was written", async () => {
    const { official, city, framework, assessmentId } = await makeAssessment();
    const colleague = await makeUser("official", { cityId: city.id });
    const indicatorId = framework.count.id;

    // Round after round, two people send 20 saves of the same answer at once, each based on the
    // revision they last saw.
    let revision = 0;
    const winners: number[] = [];
    for (let round = 0; round < 3; round++) {
      const values = Array.from({ length: 20 }, (_, i) => round * 100 + i);
      const outcomes = await Promise.all(
        values.map((value, i) => saveResponse(db(), i % 2 ? colleague : official, saveResponseSchema.parse({ ...blank, assessmentId, indicatorId, revision, value }))),
      );
      const saved = outcomes.flatMap((o, i) => (o.ok && o.value.kind === "saved" ? [values[i]] : []));
      const conflicts = outcomes.filter((o) => o.ok && o.value.kind === "conflict");
      // Nothing is silently overwritten: one save lands, every other one hears of it.
      expect(saved).toHaveLength(1);
      expect(conflicts).toHaveLength(19);
      for (const conflict of conflicts) {
        expect(conflict.ok && conflict.value.kind === "conflict" && conflict.value.current.value).toBe(saved[0]);
      }
      winners.push(saved[0]);
      revision++;
    }

    const response = await db().response.findUniqueOrThrow({ where: { assessmentId_indicatorId: { assessmentId, indicatorId } } });
    expect(response).toMatchObject({ value: winners[2], revision: 3 });
    const trail = await db().auditEvent.findMany({ where: { assessmentId, indicatorId, action: "response.save" }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(trail.map((e) => JSON.parse(e.after!).value)).toEqual(winners);
    expect(trail.map((e) => JSON.parse(e.before ?? "null")?.value ?? null)).toEqual([null, winners[0], winners[1]]);
  });
});
