import "server-only";
import { saveResponseSchema, type ResponseFields } from "@/lib/validation/assessments";
import { postCommentSchema } from "@/lib/validation/comments";
import { reviewActSchema } from "@/lib/validation/review";
import { makeCity, makeFramework, makeUser, unique } from "@/tests/integration/fixtures";
import { completeAssessment } from "../assessments/complete-assessment";
import { createAssessment } from "../assessments/create-assessment";
import { saveResponse } from "../assessments/save-response";
import { postComment } from "../comments/post-comment";
import { db } from "../db";
import { takeReviewAct } from "../review/take-review-act";

// For the export tests: cities of one fresh framework, each with a 2025 assessment, and one
// assessment with something in every table (a flag, a discussion, evidence, text that a
// spreadsheet would run as a formula) that went through a return and an approval.

export const exportCityName = "Thành phố Hội An thử nghiệm (Cẩm Phô – Minh An)";
export const injectedComment = "=HYPERLINK(\"http://evil.example\",\"bấm\")";
export const evidenceNote = "Báo cáo của Hội Khuyến học, có số liệu từng phường";

const blank: ResponseFields = { numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new Error(`fixture step refused: ${result.reason}`);
  return result.value;
}

export async function makeExportScope() {
  const framework = await makeFramework();
  const cities = await Promise.all([makeCity({ nameVi: exportCityName }), makeCity({ nameVi: "Thành phố Đồng Hới thử nghiệm" }), makeCity({ nameVi: "Thành phố ngoài phạm vi" })]);
  const officials = await Promise.all(cities.map((city) => makeUser("official", { cityId: city.id })));
  const coordinator = await makeUser("coordinator", { assignedCityIds: [cities[0].id, cities[1].id] });
  const assessmentIds = await Promise.all(cities.map(async (city, i) => value(await createAssessment(db(), officials[i], { cityId: city.id, frameworkId: framework.id, year: 2025 })).id));
  const [official] = officials;
  const [assessmentId] = assessmentIds;

  const answer = (indicatorId: string, revision: number, fields: Partial<ResponseFields>, who = official, id = assessmentId) =>
    saveResponse(db(), who, saveResponseSchema.parse({ ...blank, ...fields, assessmentId: id, indicatorId, revision }));
  const act = (actor: typeof official, input: Record<string, unknown>) => takeReviewAct(db(), actor, reviewActSchema.parse({ assessmentId, ...input })).then(value);

  await answer(framework.rate.id, 0, { numerator: 700, denominator: 1000, dataYear: 2025, evidenceNote, evidenceLinks: ["https://example.org/bao-cao"] });
  await answer(framework.count.id, 0, { value: 1420 });
  await db().evidenceFile.create({
    data: { assessmentId, indicatorId: framework.rate.id, fileName: "biên bản, đợt 1.pdf", mimeType: "application/pdf", size: 2048, storageKey: unique("key") },
  });
  await completeAssessment(db(), official, assessmentId);
  await act(official, { act: "submit" });
  await act(coordinator, { act: "return", reason: "Cần đối chiếu với biên bản", flags: [{ indicatorId: framework.rate.id, comment: "Tử số, mẫu số chưa khớp" }] });
  await answer(framework.rate.id, 1, { numerator: 611, denominator: 985, dataYear: 2025, comment: injectedComment, evidenceNote, evidenceLinks: ["https://example.org/bao-cao"] });
  value(await postComment(db(), official, postCommentSchema.parse({ assessmentId, indicatorId: framework.rate.id, body: "Đã sửa theo biên bản \"đợt 1\", ngày 12/3" })));
  await completeAssessment(db(), official, assessmentId);
  await act(official, { act: "submit" });
  await act(coordinator, { act: "approve" });

  // The second city answers only the rate; the city outside the coordinator's scope answers too.
  await answer(framework.rate.id, 0, { numerator: 500, denominator: 1000 }, officials[1], assessmentIds[1]);
  await answer(framework.rate.id, 0, { numerator: 900, denominator: 1000 }, officials[2], assessmentIds[2]);

  return { framework, cities, officials, coordinator, assessmentIds, assessmentId, official };
}
