import { expect } from "vitest";
import { computeSummaries } from "@/server/assessments/summary/compute-summaries";
import { db } from "@/server/db";

/** The stored summary of each assessment is there and equals a fresh computation from its answers. */
export async function expectSummariesFresh(...assessmentIds: string[]) {
  const stored = await db().assessmentSummary.findMany({ where: { assessmentId: { in: assessmentIds } } });
  const fresh = await computeSummaries(db(), assessmentIds);
  expect(stored.map(({ computedAt, ...figures }) => (void computedAt, figures)).sort(byId)).toEqual(fresh.sort(byId));
  expect(stored).toHaveLength(assessmentIds.length);
}

const byId = (a: { assessmentId: string }, b: { assessmentId: string }) => (a.assessmentId < b.assessmentId ? -1 : 1);
