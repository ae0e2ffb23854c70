import "server-only";
import { actionPlanSchema, savePlanItemSchema } from "@/lib/validation/action-plans";
import { saveResponseSchema, type ResponseFields } from "@/lib/validation/assessments";
import { postCommentSchema } from "@/lib/validation/comments";
import { reviewActSchema } from "@/lib/validation/review";
import { makeCity, makeFramework, makeUser, unique } from "@/tests/integration/fixtures";
import { createPlan } from "../action-plans/create-plan";
import { savePlanItem } from "../action-plans/save-plan-item";
import { completeAssessment } from "../assessments/complete-assessment";
import { createAssessment } from "../assessments/create-assessment";
import { saveResponse } from "../assessments/save-response";
import { postComment } from "../comments/post-comment";
import { db } from "../db";
import { takeReviewAct } from "../review/take-review-act";

// A city whose reports have something in every part: two approved years of the fixture framework
// (learning families 58% then 62.1%), a return with a flag and a reply, evidence, and a plan.

export const cityNameVi = "Thành phố Đà Lạt thử nghiệm (Măng Đen – Xuân Hương)";
export const approverName = "Trần Thị Ánh Dương";

const blank: ResponseFields = { numerator: null, denominator: null, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] };

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string; fieldErrors?: unknown }): T {
  if (!result.ok) throw new Error(`fixture step refused: ${result.reason} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.value;
}

export async function makeReportedCity() {
  const city = await makeCity({ nameVi: cityNameVi });
  const official = await makeUser("official", { cityId: city.id });
  const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
  await db().user.update({ where: { id: coordinator.id }, data: { name: approverName } });
  const framework = await makeFramework();

  const answer = (assessmentId: string, indicatorId: string, revision: number, fields: Partial<ResponseFields>) =>
    saveResponse(db(), official, saveResponseSchema.parse({ ...blank, ...fields, assessmentId, indicatorId, revision }));
  const act = (actor: typeof official, assessmentId: string, input: Record<string, unknown>) =>
    takeReviewAct(db(), actor, reviewActSchema.parse({ assessmentId, ...input })).then(value);

  const start = async (year: number) => value(await createAssessment(db(), official, { cityId: city.id, frameworkId: framework.id, year })).id;

  const lastYear = await start(2024);
  await answer(lastYear, framework.rate.id, 0, { numerator: 580, denominator: 1000, dataYear: 2024 });
  await answer(lastYear, framework.count.id, 0, { value: 10 });
  await completeAssessment(db(), official, lastYear);
  await act(official, lastYear, { act: "submit" });
  await act(coordinator, lastYear, { act: "approve" });

  const assessmentId = await start(2025);
  await answer(assessmentId, framework.rate.id, 0, {
    numerator: 600,
    denominator: 1000,
    dataYear: 2025,
    evidenceNote: "Báo cáo tổng kết năm của Hội Khuyến học",
    evidenceLinks: ["https://example.org/bao-cao-2025"],
  });
  await answer(assessmentId, framework.count.id, 0, { value: 1420 });
  await db().evidenceFile.create({
    data: { assessmentId, indicatorId: framework.rate.id, fileName: "biên-bản-đánh-giá.pdf", mimeType: "application/pdf", size: 1024, storageKey: unique("key") },
  });
  await completeAssessment(db(), official, assessmentId);
  await act(official, assessmentId, { act: "submit" });
  await act(coordinator, assessmentId, { act: "return", reason: "Cần đối chiếu số liệu", flags: [{ indicatorId: framework.rate.id, comment: "Tử số chưa khớp biên bản" }] });
  await answer(assessmentId, framework.rate.id, 1, {
    numerator: 621,
    denominator: 1000,
    dataYear: 2025,
    evidenceNote: "Báo cáo tổng kết năm của Hội Khuyến học",
    evidenceLinks: ["https://example.org/bao-cao-2025"],
  });
  value(await postComment(db(), official, postCommentSchema.parse({ assessmentId, indicatorId: framework.rate.id, body: "Đã sửa theo biên bản ngày 12/3" })));
  await completeAssessment(db(), official, assessmentId);
  await act(official, assessmentId, { act: "submit" });
  await act(coordinator, assessmentId, { act: "approve" });

  const plan = value(await createPlan(db(), official, actionPlanSchema.parse({ cityId: city.id, titleVi: "Kế hoạch xây dựng thành phố học tập 2025–2030", titleEn: "Learning city plan 2025–2030", startYear: 2025, endYear: 2030 })));
  const item = (fields: Record<string, unknown>) => savePlanItem(db(), official, savePlanItemSchema.parse({ planId: plan.id, kind: "task", titleVi: "Nhiệm vụ", ...fields })).then(value);
  await item({ kind: "goal", code: "1", titleVi: "Mở rộng gia đình học tập" });
  await item({ code: "1.1", parentCode: "1", dueOn: "2025-06-30", status: "onTrack", progress: 40 });
  await item({ code: "1.2", parentCode: "1", dueOn: "2029-12-31", status: "done", progress: 100 });

  return { city, official, coordinator, framework, assessmentId, lastYearId: lastYear, planId: plan.id };
}
