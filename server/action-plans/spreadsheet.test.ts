import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { headerLabel, spreadsheetColumns, type ColumnKey } from "@/lib/action-plans/spreadsheet";
import { auditTrail, makeCity, makeFramework, makeUser } from "@/tests/integration/fixtures";
import { db } from "../db";
import { exportTasks } from "./export-tasks";
import { applyTaskImport, previewTaskImport } from "./import-tasks";

/** A 2025–2030 plan of a fresh city: two goals, three tasks, with an official owning one task. */
async function planWithTasks() {
  const city = await makeCity();
  const official = await makeUser("official", { cityId: city.id });
  const plan = await db().actionPlan.create({ data: { cityId: city.id, titleVi: "Kế hoạch xây dựng thành phố học tập", startYear: 2025, endYear: 2030 } });
  const item = (data: { code: string; kind: string; titleVi: string; parentId?: string; position: number } & Record<string, unknown>) =>
    db().planItem.create({ data: { planId: plan.id, ...data } });
  const goal1 = await item({ code: "1", kind: "goal", titleVi: "Phát triển học tập suốt đời", position: 1, status: "onTrack" });
  await item({
    code: "1.1",
    kind: "task",
    titleVi: "Mở lớp tin học cho người cao tuổi",
    parentId: goal1.id,
    position: 1,
    leadAgency: "Sở Giáo dục và Đào tạo",
    supportingAgencies: JSON.stringify(["Hội Khuyến học", "Đoàn Thanh niên"]),
    ownerId: official.id,
    startOn: "2025-01-01",
    dueOn: "2026-06-30",
    status: "onTrack",
    progress: 40,
    weight: 2,
  });
  await item({ code: "1.2", kind: "task", titleVi: "Xây dựng thư viện số", parentId: goal1.id, position: 2, startOn: "2025-03-01", dueOn: "2027-12-31", status: "atRisk", progress: 20 });
  const goal2 = await item({ code: "2", kind: "goal", titleVi: "Gia đình học tập", position: 2 });
  await item({ code: "2.1", kind: "task", titleVi: "Bình xét gia đình học tập", parentId: goal2.id, position: 1, frameworkCode: "VN-LS", indicatorCode: "LF", targetValue: 0.8, targetYear: 2030 });
  return { city, official, plan };
}

async function exported(actor: Awaited<ReturnType<typeof makeUser>>, planId: string) {
  const result = await exportTasks(db(), actor, planId);
  if (!result.ok) throw new Error(result.reason);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(result.value.bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Tasks")!;
  const column = (key: ColumnKey) => spreadsheetColumns.findIndex((c) => c.key === key) + 1;
  const rowOf = (code: string) => {
    for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === code) return sheet.getRow(r);
    throw new Error(`no row ${code}`);
  };
  const codes = () => {
    const out: unknown[] = [];
    for (let r = 2; sheet.getRow(r).getCell(1).value !== null; r++) out.push(sheet.getRow(r).getCell(1).value);
    return out;
  };
  // The first empty row, where someone adding a task types it (the rows below carry the drop-down lists).
  const newRow = () => sheet.getRow(codes().length + 2);
  const bytes = async () => new Uint8Array(await workbook.xlsx.writeBuffer());
  return { workbook, sheet, column, rowOf, codes, newRow, bytes, fileName: result.value.fileName };
}

const itemsOf = async (planId: string) =>
  Object.fromEntries((await db().planItem.findMany({ where: { planId } })).map((i) => [i.code, i]));

describe("task spreadsheet export", () => {
  it("writes a Tasks sheet in outline order with a frozen header, drop-down lists and a Read me sheet", async () => {
    const { official, plan, city } = await planWithTasks();
    const { workbook, sheet, column, codes, fileName } = await exported(official, plan.id);
    expect(fileName).toBe(`${city.slug}-action-plan-2025-2030-tasks.xlsx`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tasks", "Read me"]);
    expect(sheet.getRow(1).values).toEqual([undefined, ...spreadsheetColumns.map(headerLabel)]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(codes()).toEqual(["1", "1.1", "1.2", "2", "2.1"]);
    const task = sheet.getRow(3);
    expect(task.getCell(column("supportingAgencies")).value).toBe("Hội Khuyến học; Đoàn Thanh niên");
    expect(task.getCell(column("ownerEmail")).value).toBe(official.email);
    expect(task.getCell(column("startOn")).value).toBe("2025-01-01");
    expect(task.getCell(column("progress")).value).toBe(40);
    // A goal shows its rolled-up progress: 1.1 carries the only weight, so 1.2 counts for nothing.
    expect(sheet.getRow(2).getCell(column("progress")).value).toBe(40);
    expect(task.getCell(column("status")).dataValidation).toMatchObject({ type: "list", formulae: ['"notStarted,onTrack,atRisk,offTrack,done,cancelled"'] });
    expect(task.getCell(column("kind")).dataValidation).toMatchObject({ type: "list", formulae: ['"goal,task"'] });
    const readMe = workbook.getWorksheet("Read me")!;
    expect(readMe.getRow(1).values).toEqual([undefined, "Hướng dẫn", "", "Read me"]);
  });

  it("is for readers of the plan only", async () => {
    const { plan, city } = await planWithTasks();
    const outsider = await makeUser("official", { cityId: (await makeCity()).id });
    expect(await exportTasks(db(), outsider, plan.id)).toEqual({ ok: false, reason: "notFound" });
    const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
    expect((await exportTasks(db(), coordinator, plan.id)).ok).toBe(true);
  });
});

describe("task spreadsheet import", () => {
  it("round trip: previews and applies exactly the edited cells and the added row", async () => {
    const { official, plan } = await planWithTasks();
    const before = await itemsOf(plan.id);
    const file = await exported(official, plan.id);
    const edited = file.rowOf("1.2");
    edited.getCell(file.column("titleVi")).value = "Xây dựng thư viện số cho mọi phường";
    edited.getCell(file.column("progress")).value = 35;
    const added = file.newRow();
    for (const [key, value] of Object.entries({ code: "2.2", parentCode: "2", kind: "task", titleVi: "Ngày hội gia đình học tập", status: "Đúng tiến độ", progress: 10, dueOn: new Date(Date.UTC(2026, 10, 20)) })) {
      added.getCell(file.column(key as ColumnKey)).value = value;
    }
    const bytes = await file.bytes();

    const preview = await previewTaskImport(db(), official, { planId: plan.id, bytes });
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.value.counts).toEqual({ added: 1, changed: 1, unchanged: 4, notInFile: 0, rowsWithErrors: 0 });
    expect(preview.value.rows.map((r) => [r.rowNumber, r.code, r.change])).toEqual([
      [2, "1", "unchanged"],
      [3, "1.1", "unchanged"],
      [4, "1.2", "changed"],
      [5, "2", "unchanged"],
      [6, "2.1", "unchanged"],
      [7, "2.2", "added"],
    ]);
    expect(preview.value.rows[2].fields).toEqual([
      { field: "titleVi", before: "Xây dựng thư viện số", after: "Xây dựng thư viện số cho mọi phường" },
      { field: "progress", before: 20, after: 35 },
    ]);
    // A preview writes nothing.
    expect(await itemsOf(plan.id)).toEqual(before);

    expect(await applyTaskImport(db(), official, { planId: plan.id, bytes, expectedDigest: preview.value.digest })).toEqual({ ok: true, value: { added: 1, changed: 1, unchanged: 4 } });
    const after = await itemsOf(plan.id);
    expect(after["1.2"]).toEqual({ ...before["1.2"], titleVi: "Xây dựng thư viện số cho mọi phường", progress: 35, revision: 1, updatedAt: after["1.2"].updatedAt });
    for (const code of ["1", "1.1", "2", "2.1"]) expect(after[code]).toEqual(before[code]);
    expect(after["2.2"]).toMatchObject({ parentId: before["2"].id, kind: "task", status: "onTrack", progress: 10, dueOn: "2026-11-20", startOn: null, revision: 0 });

    const [update] = await auditTrail(before["1.2"].id);
    expect(update).toMatchObject({ action: "planItem.update", actorId: official.id });
    const [was, is] = [JSON.parse(update.before!), JSON.parse(update.after!)];
    expect(Object.keys(is).filter((key) => JSON.stringify(is[key]) !== JSON.stringify(was[key]))).toEqual(["titleVi", "progress"]);
    expect([was.progress, is.progress]).toEqual([20, 35]);
    expect((await auditTrail(after["2.2"].id)).map((e) => e.action)).toEqual(["planItem.create"]);
    expect(await auditTrail(before["1.1"].id)).toEqual([]);
    // The progress history of the task shows the change, saying where it came from.
    expect(await db().planUpdate.findMany({ where: { itemId: before["1.2"].id }, select: { previousStatus: true, status: true, previousProgress: true, progress: true, note: true, authorId: true } })).toEqual([
      { previousStatus: "atRisk", status: "atRisk", previousProgress: 20, progress: 35, note: "Cập nhật qua bảng tính nhiệm vụ (updated through the task spreadsheet)", authorId: official.id },
    ]);

    // The same file again changes nothing.
    const again = await previewTaskImport(db(), official, { planId: plan.id, bytes });
    expect(again.ok && again.value.counts).toEqual({ added: 0, changed: 0, unchanged: 6, notInFile: 0, rowsWithErrors: 0 });
  });

  it("names the row of a bad status and applies nothing while any row is wrong", async () => {
    const { official, plan } = await planWithTasks();
    const before = await itemsOf(plan.id);
    const file = await exported(official, plan.id);
    file.rowOf("1.1").getCell(file.column("status")).value = "almost there";
    file.rowOf("2.1").getCell(file.column("titleVi")).value = "Đổi tên";
    const bytes = await file.bytes();
    const preview = await previewTaskImport(db(), official, { planId: plan.id, bytes });
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.value.rows.flatMap((r) => r.errors)).toEqual([{ rowNumber: 3, field: "status", key: "planSpreadsheet.errors.status" }]);
    expect(preview.value.counts.rowsWithErrors).toBe(1);
    expect(await applyTaskImport(db(), official, { planId: plan.id, bytes, expectedDigest: preview.value.digest })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { file: "planSpreadsheet.errors.rowsHaveErrors" },
    });
    expect(await itemsOf(plan.id)).toEqual(before);
  });

  it("reports rows left out of the file as not in the file and keeps them", async () => {
    const { official, plan } = await planWithTasks();
    const file = await exported(official, plan.id);
    file.sheet.spliceRows(file.rowOf("2.1").number, 1);
    const bytes = await file.bytes();
    const preview = await previewTaskImport(db(), official, { planId: plan.id, bytes });
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.value.notInFile).toEqual([{ code: "2.1", titleVi: "Bình xét gia đình học tập", titleEn: null }]);
    expect(await applyTaskImport(db(), official, { planId: plan.id, bytes, expectedDigest: preview.value.digest })).toEqual({ ok: true, value: { added: 0, changed: 0, unchanged: 4 } });
    expect(await db().planItem.count({ where: { planId: plan.id } })).toBe(5);
  });

  it("takes as owners only active users who may read the plan, when the file sets one", async () => {
    const { official, plan, city } = await planWithTasks();
    const colleague = await makeUser("official", { cityId: city.id });
    const outsider = await makeUser("official", { cityId: (await makeCity()).id });
    const file = await exported(official, plan.id);
    file.rowOf("1.2").getCell(file.column("ownerEmail")).value = colleague.email.toUpperCase();
    file.rowOf("2").getCell(file.column("ownerEmail")).value = "nobody@test.example";
    file.rowOf("2.1").getCell(file.column("ownerEmail")).value = outsider.email;
    let preview = await previewTaskImport(db(), official, { planId: plan.id, bytes: await file.bytes() });
    expect(preview.ok && preview.value.rows.flatMap((r) => r.errors)).toEqual([
      { rowNumber: 5, field: "ownerEmail", key: "actionPlans.errors.ownerUnknown" },
      { rowNumber: 6, field: "ownerEmail", key: "actionPlans.errors.ownerOutsideCity" },
    ]);

    file.rowOf("2").getCell(file.column("ownerEmail")).value = null;
    file.rowOf("2.1").getCell(file.column("ownerEmail")).value = null;
    const bytes = await file.bytes();
    preview = await previewTaskImport(db(), official, { planId: plan.id, bytes });
    if (!preview.ok) throw new Error(preview.reason);
    expect((await applyTaskImport(db(), official, { planId: plan.id, bytes, expectedDigest: preview.value.digest })).ok).toBe(true);
    expect((await itemsOf(plan.id))["1.2"].ownerId).toBe(colleague.id);

    // An owner who has left stays on a row the file does not change.
    await db().user.update({ where: { id: colleague.id }, data: { active: false } });
    const unchanged = await previewTaskImport(db(), official, { planId: plan.id, bytes: await (await exported(official, plan.id)).bytes() });
    expect(unchanged.ok && unchanged.value.counts).toMatchObject({ unchanged: 5, rowsWithErrors: 0 });
  });

  it("checks indicator links and the outline as the task form does", async () => {
    const { official, plan } = await planWithTasks();
    const framework = await makeFramework();
    const file = await exported(official, plan.id);
    file.rowOf("1.1").getCell(file.column("frameworkCode")).value = framework.code;
    file.rowOf("1.1").getCell(file.column("indicatorCode")).value = "LF";
    file.rowOf("1.2").getCell(file.column("frameworkCode")).value = framework.code;
    file.rowOf("1.2").getCell(file.column("indicatorCode")).value = "NOPE";
    file.rowOf("2").getCell(file.column("parentCode")).value = "1.1";
    const preview = await previewTaskImport(db(), official, { planId: plan.id, bytes: await file.bytes() });
    expect(preview.ok && preview.value.rows.flatMap((r) => r.errors)).toEqual([
      { rowNumber: 4, field: "indicatorCode", key: "actionPlans.errors.indicatorUnknown" },
      { rowNumber: 5, field: "parentCode", key: "actionPlans.errors.goalUnderTask" },
    ]);
  });

  it("refuses readers who may not edit the plan, and hides it from those outside its city", async () => {
    const { official, plan, city } = await planWithTasks();
    const bytes = await (await exported(official, plan.id)).bytes();
    const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
    const viewer = await makeUser("viewer", { coversAllCities: true });
    const outsider = await makeUser("official", { cityId: (await makeCity()).id });
    for (const actor of [coordinator, viewer]) {
      expect(await previewTaskImport(db(), actor, { planId: plan.id, bytes })).toEqual({ ok: false, reason: "forbidden" });
      expect(await applyTaskImport(db(), actor, { planId: plan.id, bytes, expectedDigest: "x" })).toEqual({ ok: false, reason: "forbidden" });
    }
    expect(await applyTaskImport(db(), outsider, { planId: plan.id, bytes, expectedDigest: "x" })).toEqual({ ok: false, reason: "notFound" });
    const admin = await makeUser("administrator");
    expect((await previewTaskImport(db(), admin, { planId: plan.id, bytes })).ok).toBe(true);
  });

  it("refuses with a conflict when the plan changed since the preview", async () => {
    const { official, plan } = await planWithTasks();
    const file = await exported(official, plan.id);
    file.rowOf("1.1").getCell(file.column("progress")).value = 50;
    const bytes = await file.bytes();
    const preview = await previewTaskImport(db(), official, { planId: plan.id, bytes });
    if (!preview.ok) throw new Error(preview.reason);
    const items = await itemsOf(plan.id);
    await db().planItem.update({ where: { id: items["2.1"].id }, data: { titleVi: "Sửa trên trang", revision: { increment: 1 } } });
    expect(await applyTaskImport(db(), official, { planId: plan.id, bytes, expectedDigest: preview.value.digest })).toEqual({ ok: false, reason: "conflict" });
    expect((await itemsOf(plan.id))["1.1"].progress).toBe(40);
  });

  it("refuses a file that is not a task spreadsheet with a translated reason", async () => {
    const { official, plan } = await planWithTasks();
    const preview = (bytes: Uint8Array) => previewTaskImport(db(), official, { planId: plan.id, bytes });
    const fileError = (key: string) => ({ ok: false, reason: "invalid", fieldErrors: { file: `planSpreadsheet.errors.${key}` } });
    expect(await preview(new TextEncoder().encode("Mã;Tên\n1;Một"))).toEqual(fileError("notXlsx"));
    expect(await preview(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]))).toEqual(fileError("notXlsx"));
    expect(await preview(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x50))).toEqual(fileError("tooLarge"));
    expect(await preview(new Uint8Array())).toEqual(fileError("fileRequired"));

    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").addRow(["Code"]);
    expect(await preview(new Uint8Array(await other.xlsx.writeBuffer()))).toEqual(fileError("noTasksSheet"));
    const partial = new ExcelJS.Workbook();
    partial.addWorksheet("Tasks").addRow(["Code", "Title (vi)"]);
    expect(await preview(new Uint8Array(await partial.xlsx.writeBuffer()))).toEqual(fileError("missingColumns"));
  });
});
