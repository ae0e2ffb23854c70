import { describe, expect, it } from "vitest";
import { saveResponseSchema } from "@/lib/validation/assessments";
import { makeAssessment, makeSubmittedAssessment } from "@/tests/integration/fixtures";
import { expectSummariesFresh } from "@/tests/integration/summaries";
import { postComment } from "../../comments/post-comment";
import { db } from "../../db";
import { takeReviewAct } from "../../review/take-review-act";
import { completeAssessment } from "../complete-assessment";
import { saveResponse } from "../save-response";
import { recomputeAllSummaries } from "./recompute-all-summaries";

const blank = { numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };
const summaryOf = (assessmentId: string) => db().assessmentSummary.findUniqueOrThrow({ where: { assessmentId } });

describe("stored assessment summaries", () => {
  it("are written when a checklist opens and follow every answer saved", async () => {
    const { official, framework, assessmentId } = await makeAssessment();
    await expectSummariesFresh(assessmentId);
    expect(await summaryOf(assessmentId)).toMatchObject({ answered: 0, total: 2, completeness: 0, score: null, noData: 1, notScored: 1 });

    await saveResponse(db(), official, saveResponseSchema.parse({ ...blank, assessmentId, revision: 0, indicatorId: framework.rate.id, numerator: 700, denominator: 1000 }));
    await expectSummariesFresh(assessmentId);
    expect(await summaryOf(assessmentId)).toMatchObject({ answered: 1, total: 2, completeness: 0.5 });

    // A changed answer changes the figures again.
    await saveResponse(db(), official, saveResponseSchema.parse({ ...blank, assessmentId, revision: 1, indicatorId: framework.rate.id, numerator: 100, denominator: 1000 }));
    await expectSummariesFresh(assessmentId);
    await saveResponse(db(), official, saveResponseSchema.parse({ ...blank, assessmentId, revision: 0, indicatorId: framework.count.id, value: 12 }));
    await expectSummariesFresh(assessmentId);
    expect(await summaryOf(assessmentId)).toMatchObject({ answered: 2, completeness: 1, noData: 0 });
  });

  it("stay right when answers of one checklist are saved in parallel", async () => {
    const { official, framework, assessmentId } = await makeAssessment();
    for (let round = 0; round < 30; round++) {
      const results = await Promise.all([
        saveResponse(db(), official, saveResponseSchema.parse({ ...blank, assessmentId, revision: round, indicatorId: framework.rate.id, numerator: 100 + (round % 6) * 150, denominator: 1000 })),
        saveResponse(db(), official, saveResponseSchema.parse({ ...blank, assessmentId, revision: round, indicatorId: framework.count.id, value: round + 1 })),
      ]);
      expect(results.every((r) => r.ok && r.value.kind === "saved")).toBe(true);
      await expectSummariesFresh(assessmentId);
    }
    expect(await summaryOf(assessmentId)).toMatchObject({ answered: 2, completeness: 1 });
  });

  it("match a fresh computation after completing, submitting, returning, resubmitting, approving and re-opening", async () => {
    const { official, framework, assessmentId, coordinator } = await makeSubmittedAssessment();
    await expectSummariesFresh(assessmentId);
    const returned = await takeReviewAct(db(), coordinator, { assessmentId, act: "return", reason: "Cần đối chiếu lại.", flags: [{ indicatorId: framework.rate.id, comment: "Mẫu số chưa khớp." }] });
    expect(returned.ok).toBe(true);
    await expectSummariesFresh(assessmentId);
    await saveResponse(db(), official, saveResponseSchema.parse({ ...blank, assessmentId, revision: 1, indicatorId: framework.rate.id, numerator: 800, denominator: 1000 }));
    await completeAssessment(db(), official, assessmentId);
    await expectSummariesFresh(assessmentId);
    expect((await takeReviewAct(db(), official, { assessmentId, act: "submit", flags: [] })).ok).toBe(true);
    await expectSummariesFresh(assessmentId);
    expect((await takeReviewAct(db(), coordinator, { assessmentId, act: "approve", flags: [] })).ok).toBe(true);
    await expectSummariesFresh(assessmentId);
    expect((await takeReviewAct(db(), coordinator, { assessmentId, act: "reopen", reason: "Số liệu điều tra mới.", flags: [] })).ok).toBe(true);
    await expectSummariesFresh(assessmentId);
  });

  it("move their last activity forward with a comment, which changes no figure", async () => {
    const { framework, assessmentId, coordinator } = await makeSubmittedAssessment();
    const before = await summaryOf(assessmentId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const posted = await postComment(db(), coordinator, { assessmentId, indicatorId: framework.rate.id, body: "Xin bổ sung nguồn số liệu." });
    expect(posted.ok).toBe(true);
    const after = await summaryOf(assessmentId);
    expect(after.lastActivityAt.getTime()).toBeGreaterThan(before.lastActivityAt.getTime());
    expect(after.score).toBe(before.score);
    await expectSummariesFresh(assessmentId);
  });

  it("are put right by the recomputation after a write that bypassed the app", async () => {
    const { framework, assessmentId } = await makeSubmittedAssessment();
    const other = await makeAssessment();
    // An answer changed directly in the database, and a summary lost.
    await db().response.updateMany({ where: { assessmentId, indicatorId: framework.rate.id }, data: { value: 0.1, numerator: 100 } });
    await db().assessmentSummary.delete({ where: { assessmentId: other.assessmentId } });
    expect(await recomputeAllSummaries(db(), { onlyMissing: true })).toBeGreaterThanOrEqual(1);
    await expectSummariesFresh(other.assessmentId);
    await recomputeAllSummaries(db());
    await expectSummariesFresh(assessmentId, other.assessmentId);
  });
});
