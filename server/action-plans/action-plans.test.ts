import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionPlanSchema, milestoneSchema, planCommentSchema, planUpdateSchema, savePlanItemSchema, updateActionPlanSchema } from "@/lib/validation/action-plans";
import { maxFilesPerAnswer } from "@/lib/assessments/evidence-files";
import { saveResponseSchema } from "@/lib/validation/assessments";
import { auditTrail, makeAssessment, makeCity, makeUser } from "@/tests/integration/fixtures";
import { saveResponse } from "../assessments/save-response";
import { db } from "../db";
import { diskEvidenceStore } from "../evidence/evidence-store";
import { createPlan } from "./create-plan";
import { deletePlanItem } from "./delete-plan-item";
import { getPlan } from "./get-plan";
import { getPlanItem } from "./get-plan-item";
import { listMyTasks } from "./list-my-tasks";
import { listPlans, planCityChoices } from "./list-plans";
import { openPlanFile } from "./plan-file-access";
import { postPlanComment } from "./post-plan-comment";
import { postPlanUpdate } from "./post-plan-update";
import { saveMilestone } from "./save-milestone";
import { savePlanItem } from "./save-plan-item";
import { updatePlan } from "./update-plan";
import { uploadPlanUpdateFile } from "./upload-plan-update-file";

const today = "2026-11-24";
const store = diskEvidenceStore(mkdtempSync(path.join(tmpdir(), "plan-files-")));
const pdf = new TextEncoder().encode("%PDF-1.7\nbiên bản\n%%EOF");
const readAll = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

const planInput = (cityId: string) => actionPlanSchema.parse({ cityId, titleVi: "Kế hoạch xây dựng thành phố học tập", startYear: 2025, endYear: 2030 });
const itemInput = (planId: string, fields: Record<string, unknown>) => savePlanItemSchema.parse({ planId, kind: "task", titleVi: "Nhiệm vụ", ...fields });
const updateInput = (itemId: string, revision: number, fields: Record<string, unknown>) => planUpdateSchema.parse({ itemId, revision, ...fields });

function value<T>(result: { ok: true; value: T } | { ok: false; reason: string; fieldErrors?: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.value;
}

// Plans are independent of each other, so the tests share one city (and one other city without
// plans) rather than each adding cities: every city adds reminders that other test files send.
let home: Promise<{ city: Awaited<ReturnType<typeof makeCity>>; official: Awaited<ReturnType<typeof makeUser>> }> | undefined;
const homeCity = () =>
  (home ??= (async () => {
    const city = await makeCity();
    return { city, official: await makeUser("official", { cityId: city.id }) };
  })());
let elsewhere: ReturnType<typeof makeCity> | undefined;
const otherCity = () => (elsewhere ??= makeCity());

/** The shared city with its official, a new plan, a goal "1" and two tasks under it, one overdue. */
async function planWithTasks() {
  const { city, official } = await homeCity();
  const plan = value(await createPlan(db(), official, planInput(city.id)));
  const goal = value(await savePlanItem(db(), official, itemInput(plan.id, { kind: "goal", code: "1", titleVi: "Mục tiêu 1" })));
  const late = value(await savePlanItem(db(), official, itemInput(plan.id, { code: "1.1", parentCode: "1", dueOn: "2026-06-30", status: "onTrack", progress: 10 })));
  const soon = value(await savePlanItem(db(), official, itemInput(plan.id, { code: "1.2", parentId: goal.id, dueOn: "2026-12-10" })));
  return { city, official, plan, goal, late, soon };
}

describe("an official's action plan", () => {
  it("creates a plan, adds a goal and tasks, reports progress and sees the roll-up change", async () => {
    const { official, plan, goal, late, soon } = await planWithTasks();
    const before = (await getPlan(db(), official, plan.id, today))!;
    expect(before.items.map((i) => [i.code, i.depth, i.progress])).toEqual([
      ["1", 0, 5],
      ["1.1", 1, 10],
      ["1.2", 1, 0],
    ]);
    expect(before.mayEdit).toBe(true);

    const reported = value(await postPlanUpdate(db(), official, updateInput(soon.id, soon.revision, { status: "onTrack", progress: 50, note: "Đã tổ chức hội nghị triển khai", evidenceLinks: "https://example.vn/bien-ban" })));
    const after = (await getPlan(db(), official, plan.id, today))!;
    expect(after.items.find((i) => i.id === goal.id)!.progress).toBe(30);
    expect(after.progress).toBe(30);
    expect(after.taskCounts).toMatchObject({ onTrack: 2, notStarted: 0 });

    const page = (await getPlanItem(db(), official, soon.id, today))!;
    expect(page.updates).toMatchObject([{ id: reported.updateId, previousStatus: "notStarted", status: "onTrack", previousProgress: 0, progress: 50, note: "Đã tổ chức hội nghị triển khai", evidenceLinks: ["https://example.vn/bien-ban"], author: "Test official" }]);
    expect(page.ancestors.map((a) => a.code)).toEqual(["1"]);
    expect(page.history.map((e) => e.action)).toEqual(["planItem.progress", "planItem.create"]);
    expect((await auditTrail(plan.id)).map((e) => e.action)).toEqual(["actionPlan.create"]);
    expect((await auditTrail(late.id)).map((e) => [e.entityType, e.action])).toEqual([["PlanItem", "planItem.create"]]);
  });

  it("computes overdue from today, lists it first, and drops it once done", async () => {
    const { official, plan, late } = await planWithTasks();
    const view = (await getPlan(db(), official, plan.id, today))!;
    expect(view.overdue.map((i) => [i.code, i.daysOverdue])).toEqual([["1.1", 147]]);
    expect(view.upcoming.map((i) => i.code)).toEqual(["1.2"]);
    expect((await getPlan(db(), official, plan.id, "2026-06-30"))!.overdue).toEqual([]);

    value(await postPlanUpdate(db(), official, updateInput(late.id, late.revision, { status: "done", progress: 100, note: "Hoàn thành" })));
    expect((await getPlan(db(), official, plan.id, today))!.overdue).toEqual([]);
  });

  it("refuses a change of status or progress without a note, done below 100%, and a stale revision", async () => {
    const { official, late } = await planWithTasks();
    expect(await postPlanUpdate(db(), official, updateInput(late.id, late.revision, { status: "atRisk", progress: 10, note: "" }))).toEqual({ ok: false, reason: "invalid", fieldErrors: { note: "actionPlans.errors.noteRequired" } });
    expect(await postPlanUpdate(db(), official, updateInput(late.id, late.revision, { status: "done", progress: 90, note: "Xong" }))).toEqual({ ok: false, reason: "invalid", fieldErrors: { progress: "actionPlans.errors.doneNeedsFull" } });
    value(await postPlanUpdate(db(), official, updateInput(late.id, late.revision, { status: "onTrack", progress: 5, note: "Điều chỉnh lại, khảo sát làm lại" })));
    expect(await postPlanUpdate(db(), official, updateInput(late.id, late.revision, { status: "onTrack", progress: 20, note: "Cũ" }))).toEqual({ ok: false, reason: "conflict" });
    expect(await db().planUpdate.count({ where: { itemId: late.id } })).toBe(1);
    expect((await db().planItem.findUniqueOrThrow({ where: { id: late.id } })).progress).toBe(5);
  });

  it("keeps a goal's progress rolled up when its status is reported", async () => {
    const { official, goal } = await planWithTasks();
    const stored = await db().planItem.findUniqueOrThrow({ where: { id: goal.id } });
    value(await postPlanUpdate(db(), official, updateInput(goal.id, stored.revision, { status: "atRisk", progress: 90, note: "Thiếu kinh phí" })));
    const update = await db().planUpdate.findFirstOrThrow({ where: { itemId: goal.id } });
    expect([update.previousProgress, update.progress, update.status]).toEqual([5, 5, "atRisk"]);
    expect((await db().planItem.findUniqueOrThrow({ where: { id: goal.id } })).progress).toBe(0);
  });
});

describe("goals and tasks", () => {
  it("refuses a taken code as a field problem, not a crash", async () => {
    const { official, plan } = await planWithTasks();
    expect(await savePlanItem(db(), official, itemInput(plan.id, { code: "1.1", parentCode: "1" }))).toEqual({ ok: false, reason: "invalid", fieldErrors: { code: "actionPlans.errors.codeTaken" } });
  });

  it("refuses an unknown parent, a loop and a goal under a task", async () => {
    const { official, plan, goal, late } = await planWithTasks();
    expect(await savePlanItem(db(), official, itemInput(plan.id, { code: "2.1", parentCode: "2" }))).toMatchObject({ reason: "invalid", fieldErrors: { parentCode: "actionPlans.errors.parentNotFound" } });
    expect(await savePlanItem(db(), official, itemInput(plan.id, { itemId: goal.id, revision: goal.revision, kind: "goal", code: "1", parentCode: "1.1" }))).toMatchObject({
      reason: "invalid",
      fieldErrors: { parentCode: "actionPlans.errors.parentCycle" },
    });
    expect(await savePlanItem(db(), official, itemInput(plan.id, { kind: "goal", code: "1.1.1", parentId: late.id }))).toMatchObject({ fieldErrors: { parentCode: "actionPlans.errors.goalUnderTask" } });
  });

  it("edits with the revision last seen, and refuses a status change outside an update", async () => {
    const { official, plan, late } = await planWithTasks();
    const edited = value(await savePlanItem(db(), official, itemInput(plan.id, { itemId: late.id, revision: late.revision, code: "1.1", parentCode: "1", titleVi: "Tên mới", status: "onTrack", progress: 10, leadAgency: "Sở Giáo dục và Đào tạo", supportingAgencies: "Sở Văn hoá\nĐoàn Thanh niên" })));
    expect(edited.revision).toBe(late.revision + 1);
    expect(await savePlanItem(db(), official, itemInput(plan.id, { itemId: late.id, revision: late.revision, code: "1.1", parentCode: "1", status: "onTrack", progress: 10 }))).toEqual({ ok: false, reason: "conflict" });
    expect(await savePlanItem(db(), official, itemInput(plan.id, { itemId: late.id, revision: edited.revision, code: "1.1", parentCode: "1", status: "done", progress: 100 }))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { status: "actionPlans.errors.useUpdate" },
    });
    const page = (await getPlanItem(db(), official, late.id, today))!;
    expect(page.item).toMatchObject({ titleVi: "Tên mới", supportingAgencies: ["Sở Văn hoá", "Đoàn Thanh niên"] });
    const change = page.history[0];
    expect(change.action).toBe("planItem.update");
    expect([change.before?.titleVi, change.after?.titleVi]).toEqual(["Nhiệm vụ", "Tên mới"]);
  });

  it("takes an owner who may read the plan, by e-mail", async () => {
    const { city, official, plan } = await planWithTasks();
    const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
    const outsider = await makeUser("official", { cityId: (await otherCity()).id });
    expect(await savePlanItem(db(), official, itemInput(plan.id, { code: "1.3", parentCode: "1", ownerEmail: "nobody@example.vn" }))).toMatchObject({ fieldErrors: { ownerEmail: "actionPlans.errors.ownerUnknown" } });
    expect(await savePlanItem(db(), official, itemInput(plan.id, { code: "1.3", parentCode: "1", ownerEmail: outsider.email }))).toMatchObject({ fieldErrors: { ownerEmail: "actionPlans.errors.ownerOutsideCity" } });
    const owned = value(await savePlanItem(db(), official, itemInput(plan.id, { code: "1.3", parentCode: "1", ownerEmail: coordinator.email.toUpperCase(), dueOn: "2026-01-31" })));

    // The owner reports on their own task, but cannot change the plan.
    value(await postPlanUpdate(db(), coordinator, updateInput(owned.id, owned.revision, { status: "onTrack", progress: 30, note: "Đã họp với các quận" })));
    expect(await savePlanItem(db(), coordinator, itemInput(plan.id, { code: "9" }))).toEqual({ ok: false, reason: "forbidden" });
    expect((await listMyTasks(db(), coordinator, today)).map((t) => [t.code, t.daysOverdue, t.progress])).toEqual([["1.3", 297, 30]]);
    const view = (await getPlan(db(), official, plan.id, today))!;
    expect(view.owners.map((o) => o.id)).toEqual([coordinator.id]);
    expect(view.ownerChoices.map((o) => o.id)).toEqual(expect.arrayContaining([official.id, coordinator.id]));
  });

  it("keeps to ten files per progress update when 25 uploads arrive at once", async () => {
    const { official, soon } = await planWithTasks();
    const update = value(await postPlanUpdate(db(), official, updateInput(soon.id, soon.revision, { status: "onTrack", progress: 20, note: "Nhiều biên bản" })));
    const outcomes = await Promise.all(Array.from({ length: 25 }, (_, i) => uploadPlanUpdateFile(db(), store, official, { updateId: update.updateId, fileName: `bien-ban-${i}.pdf`, bytes: pdf })));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(maxFilesPerAnswer);
    expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.fieldErrors?.file === "evidence.errors.tooMany")).toBe(true);
    expect(await db().planUpdateFile.count({ where: { updateId: update.updateId } })).toBe(maxFilesPerAnswer);
  });

  it("never takes a read-only viewer as an owner, and refuses one a record names as owner", async () => {
    const { city, official, plan, soon } = await planWithTasks();
    const viewer = await makeUser("viewer", { assignedCityIds: [city.id] });
    expect(await savePlanItem(db(), official, itemInput(plan.id, { code: "1.4", parentCode: "1", ownerEmail: viewer.email }))).toMatchObject({ fieldErrors: { ownerEmail: "actionPlans.errors.ownerReadOnly" } });

    // An owner set before the rule (or behind the app's back) writes nothing either.
    const stored = await db().planItem.update({ where: { id: soon.id }, data: { ownerId: viewer.id } });
    const before = await db().planUpdate.count({ where: { itemId: soon.id } });
    expect(await postPlanUpdate(db(), viewer, updateInput(soon.id, stored.revision, { status: "onTrack", progress: 40, note: "Người xem báo cáo" }))).toEqual({ ok: false, reason: "forbidden" });
    expect(await db().planUpdate.count({ where: { itemId: soon.id } })).toBe(before);
    const update = value(await postPlanUpdate(db(), official, updateInput(soon.id, stored.revision, { status: "onTrack", progress: 40, note: "Cán bộ báo cáo" })));
    expect(await uploadPlanUpdateFile(db(), store, viewer, { updateId: update.updateId, fileName: "bien-ban.pdf", bytes: pdf })).toMatchObject({ ok: false });
    expect(await db().planUpdateFile.count({ where: { updateId: update.updateId } })).toBe(0);
  });

  it("deletes a leaf with its updates and files, but not an item with children", async () => {
    const { official, goal, soon } = await planWithTasks();
    const storedGoal = await db().planItem.findUniqueOrThrow({ where: { id: goal.id } });
    expect(await deletePlanItem(db(), store, official, { itemId: goal.id, revision: storedGoal.revision })).toEqual({ ok: false, reason: "invalid", fieldErrors: { _form: "actionPlans.errors.hasChildren" } });

    const update = value(await postPlanUpdate(db(), official, updateInput(soon.id, soon.revision, { status: "onTrack", progress: 20, note: "Bắt đầu" })));
    const file = value(await uploadPlanUpdateFile(db(), store, official, { updateId: update.updateId, fileName: "biên bản.pdf", bytes: pdf }));
    expect(await deletePlanItem(db(), store, official, { itemId: soon.id, revision: soon.revision })).toEqual({ ok: false, reason: "conflict" });
    value(await deletePlanItem(db(), store, official, { itemId: soon.id, revision: update.revision }));
    expect(await db().planUpdateFile.count({ where: { id: file.id } })).toBe(0);
    expect((await auditTrail(soon.id)).map((e) => e.action)).toEqual(["planItem.create", "planItem.progress", "planItem.file", "planItem.delete"]);
  });
});

describe("evidence files on updates", () => {
  it("stores a checked file and gives it back only to readers of the plan", async () => {
    const { city, official, soon } = await planWithTasks();
    const update = value(await postPlanUpdate(db(), official, updateInput(soon.id, soon.revision, { status: "onTrack", progress: 20, note: "Bắt đầu" })));
    expect(await uploadPlanUpdateFile(db(), store, official, { updateId: update.updateId, fileName: "a.exe", bytes: pdf })).toEqual({ ok: false, reason: "invalid", fieldErrors: { file: "evidence.errors.type" } });
    expect(await uploadPlanUpdateFile(db(), store, official, { updateId: update.updateId, fileName: "fake.pdf", bytes: new TextEncoder().encode("<html>") })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { file: "evidence.errors.content" },
    });
    const file = value(await uploadPlanUpdateFile(db(), store, official, { updateId: update.updateId, fileName: "biên bản.pdf", bytes: pdf }));

    const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
    const opened = await openPlanFile(db(), store, coordinator, file.id);
    expect(opened?.mimeType).toBe("application/pdf");
    expect(await readAll(opened!.body)).toEqual(pdf);
    expect(await uploadPlanUpdateFile(db(), store, coordinator, { updateId: update.updateId, fileName: "b.pdf", bytes: pdf })).toEqual({ ok: false, reason: "forbidden" });
    const stranger = await makeUser("official", { cityId: (await otherCity()).id });
    expect(await openPlanFile(db(), store, stranger, file.id)).toBeNull();
    expect((await getPlanItem(db(), official, soon.id, today))!.updates[0].files).toMatchObject([{ id: file.id, fileName: "biên bản.pdf" }]);
  });
});

describe("who may see and change a plan", () => {
  it("lets coordinators covering the city read but not edit; hides the plan from everyone else", async () => {
    const { city, plan, late } = await planWithTasks();
    const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
    const view = await getPlan(db(), coordinator, plan.id, today);
    expect(view?.mayEdit).toBe(false);
    expect(view?.mayComment).toBe(true);
    expect(view?.ownerChoices).toEqual([]);
    expect(await savePlanItem(db(), coordinator, itemInput(plan.id, { code: "2" }))).toEqual({ ok: false, reason: "forbidden" });
    expect(await postPlanUpdate(db(), coordinator, updateInput(late.id, late.revision, { status: "atRisk", progress: 10, note: "?" }))).toEqual({ ok: false, reason: "forbidden" });
    expect(await updatePlan(db(), coordinator, updateActionPlanSchema.parse({ planId: plan.id, titleVi: "X", startYear: 2025, endYear: 2030 }))).toEqual({ ok: false, reason: "forbidden" });
    expect(await createPlan(db(), coordinator, planInput(city.id))).toEqual({ ok: false, reason: "forbidden" });
    expect(value(await postPlanComment(db(), coordinator, planCommentSchema.parse({ itemId: late.id, body: "Đề nghị bổ sung minh chứng" })))).toMatchObject({ id: expect.any(String) });
    expect((await listPlans(db(), coordinator, today)).map((p) => p.id)).toContain(plan.id);

    const stranger = await makeUser("official", { cityId: (await otherCity()).id });
    const outsideCoordinator = await makeUser("coordinator", { assignedCityIds: [(await otherCity()).id] });
    for (const actor of [stranger, outsideCoordinator]) {
      expect(await getPlan(db(), actor, plan.id, today)).toBeNull();
      expect(await getPlanItem(db(), actor, late.id, today)).toBeNull();
      expect(await savePlanItem(db(), actor, itemInput(plan.id, { code: "2" }))).toEqual({ ok: false, reason: "notFound" });
      expect(await postPlanUpdate(db(), actor, updateInput(late.id, late.revision, { status: "atRisk", progress: 10, note: "?" }))).toEqual({ ok: false, reason: "notFound" });
      expect(await listPlans(db(), actor, today)).toEqual([]);
    }
    expect(await createPlan(db(), stranger, planInput(city.id))).toEqual({ ok: false, reason: "forbidden" });
  });

  it("lets viewers read only", async () => {
    const { city, plan, late } = await planWithTasks();
    const viewer = await makeUser("viewer", { assignedCityIds: [city.id] });
    expect((await getPlan(db(), viewer, plan.id, today))?.mayComment).toBe(false);
    expect(await postPlanComment(db(), viewer, planCommentSchema.parse({ itemId: late.id, body: "x" }))).toEqual({ ok: false, reason: "forbidden" });
  });

  it("leaves a reference city's plan to administrators", async () => {
    const city = await makeCity();
    await db().city.update({ where: { id: city.id }, data: { isReference: true } });
    const official = await makeUser("official", { cityId: city.id });
    const admin = await makeUser("administrator");
    expect(await createPlan(db(), official, planInput(city.id))).toEqual({ ok: false, reason: "forbidden" });
    expect((await planCityChoices(db(), official)).map((c) => c.id)).toEqual([]);
    const plan = value(await createPlan(db(), admin, planInput(city.id)));
    expect((await getPlan(db(), official, plan.id, today))?.mayEdit).toBe(false);
    value(await updatePlan(db(), admin, updateActionPlanSchema.parse({ planId: plan.id, titleVi: "Chương trình 2024–2030", startYear: 2024, endYear: 2030, legalBasisNumber: "KH 01" })));
    const trail = await auditTrail(plan.id);
    expect(trail.map((e) => e.action)).toEqual(["actionPlan.create", "actionPlan.update"]);
    expect(JSON.parse(trail[1].after!)).toEqual({ titleVi: "Chương trình 2024–2030", startYear: 2024, legalBasisNumber: "KH 01" });
  });
});

describe("milestones and linked indicators", () => {
  it("keeps milestones with computed overdue", async () => {
    const { official, plan, goal } = await planWithTasks();
    const first = value(await saveMilestone(db(), official, milestoneSchema.parse({ planId: plan.id, titleVi: "Sơ kết", dueOn: "2026-06-30", itemId: goal.id })));
    value(await saveMilestone(db(), official, milestoneSchema.parse({ planId: plan.id, titleVi: "Tổng kết", dueOn: "2030-12-31" })));
    expect((await getPlan(db(), official, plan.id, today))!.milestones.map((m) => [m.titleVi, m.overdue])).toEqual([
      ["Sơ kết", true],
      ["Tổng kết", false],
    ]);
    value(await saveMilestone(db(), official, milestoneSchema.parse({ planId: plan.id, milestoneId: first.id, titleVi: "Sơ kết", dueOn: "2026-06-30", doneOn: "2026-07-02", itemId: goal.id })));
    expect((await getPlan(db(), official, plan.id, today))!.milestones[0].overdue).toBe(false);
    expect((await auditTrail(plan.id)).map((e) => e.action)).toEqual(["actionPlan.create", "planMilestone.create", "planMilestone.create", "planMilestone.update"]);
  });

  it("shows the city's latest figure for a linked indicator beside the target", async () => {
    const { city, official, framework, assessmentId } = await makeAssessment();
    await saveResponse(db(), official, saveResponseSchema.parse({ assessmentId, indicatorId: framework.rate.id, revision: 0, numerator: 720, denominator: 1000, value: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [] }));
    const plan = value(await createPlan(db(), official, planInput(city.id)));
    expect(await savePlanItem(db(), official, itemInput(plan.id, { code: "1", frameworkCode: framework.code, indicatorCode: "NOPE" }))).toMatchObject({ fieldErrors: { indicatorCode: "actionPlans.errors.indicatorUnknown" } });
    value(await savePlanItem(db(), official, itemInput(plan.id, { code: "1", frameworkCode: framework.code, indicatorCode: "LF", targetValue: "0,8", targetYear: 2030 })));
    const [item] = (await getPlan(db(), official, plan.id, today))!.items;
    expect(item).toMatchObject({ targetValue: 0.8, targetYear: 2030, indicator: { labelVi: "Gia đình học tập", type: "rate", figure: { year: 2025, value: 0.72, approved: false } } });
  });
});
