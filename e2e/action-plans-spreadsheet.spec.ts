import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import seed from "../prisma/data/action-plans.json";
import { demoUser, signIn } from "./helpers";

// These tests read and then change the demo city's seeded 2025–2030 plan, in order.
test.describe.configure({ mode: "serial" });

const seededTitle = seed.plans.find((plan) => plan.city === "demo-city")!.titleVi;

/** Opens the demo city's seeded plan, by its title (other tests may add plans meanwhile), and returns its id. */
async function openSeededPlan(page: Page): Promise<string> {
  await page.goto("/action-plans");
  await page.getByTestId("plan-row").getByRole("link", { name: seededTitle, exact: true }).click();
  await expect(page).toHaveURL(/\/action-plans\/[^/]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("the timeline shows every goal and task as a bar with a table behind it, usable from the keyboard", async ({ page }) => {
  await signIn(page, demoUser("official"));
  const planId = await openSeededPlan(page);
  await page.goto(`/action-plans/${planId}/timeline`);
  await expect(page.getByRole("heading", { level: 1, name: /Biểu đồ thời gian/ })).toBeVisible();

  const chart = page.getByTestId("timeline-chart");
  await expect(chart).toBeVisible();
  const bars = chart.getByTestId("timeline-bar");
  const rows = page.getByTestId("timeline-table-row");
  await expect(rows.first()).toBeVisible();
  // One bar (or a "no dates" link) per goal and task, in the table's order.
  const count = await rows.count();
  await expect(bars).toHaveCount(count);
  const firstCode = (await rows.first().getAttribute("data-code"))!;
  await expect(bars.first()).toHaveAccessibleName(new RegExp(`^${firstCode.replace(/\./g, "\\.")} `));
  await expect(page.getByRole("table", { name: "Các mục tiêu và nhiệm vụ theo thời gian" })).toBeVisible();

  // Tab goes from one row's bar to the next.
  if (count > 1) {
    await bars.first().focus();
    await page.keyboard.press("Tab");
    await expect(bars.nth(1)).toBeFocused();
  }
  await bars.first().press("Enter");
  await expect(page).toHaveURL(new RegExp(`/action-plans/${planId}/items/`));
});

test("a downloaded spreadsheet, edited and uploaded again, changes exactly the edited task", async ({ page }, testInfo) => {
  await signIn(page, demoUser("official"));
  const planId = await openSeededPlan(page);
  await page.goto(`/action-plans/${planId}/spreadsheet`);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải bảng tính (.xlsx)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Tasks")!;
  const header = Array.from(sheet.getRow(1).values as unknown[], (label) => String(label ?? ""));
  const column = (english: string) => header.findIndex((label) => label.endsWith(`(${english})`));
  const [code, parent, kind, title, status, progress] = ["Code", "Parent code", "Kind", "Title (vi)", "Status", "Progress %"].map(column);

  // A task whose own progress may move: open, not rolled up from tasks under it, below 95%.
  const rows = [];
  for (let r = 2; sheet.getRow(r).getCell(code).value; r++) rows.push(sheet.getRow(r));
  const parents = new Set(rows.map((row) => row.getCell(parent).value));
  const row = rows
    .filter((row) => row.getCell(kind).value === "task" && ["onTrack", "atRisk", "offTrack"].includes(String(row.getCell(status).value)))
    .filter((row) => !parents.has(row.getCell(code).value) && Number(row.getCell(progress).value) < 95)
    .at(-1)!;
  expect(row).toBeDefined();
  const taskCode = String(row.getCell(code).value);
  const newTitle = `${row.getCell(title).value} (sửa qua bảng tính ${Date.now() % 100000})`;
  const newProgress = Number(row.getCell(progress).value) + 5;
  row.getCell(title).value = newTitle;
  row.getCell(progress).value = newProgress;
  const edited = testInfo.outputPath("edited-tasks.xlsx");
  await writeFile(edited, new Uint8Array(await workbook.xlsx.writeBuffer()));

  await page.getByLabel("Tệp bảng tính đã sửa (.xlsx)").setInputFiles(edited);
  await page.getByRole("button", { name: "Xem trước thay đổi" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toBeVisible();
  const changed = preview.locator('[data-testid="import-row"][data-change="changed"]');
  await expect(changed).toHaveCount(1);
  await expect(changed).toHaveAttribute("data-code", taskCode);
  await expect(changed.getByTestId("import-field-change")).toHaveCount(2);
  await expect(changed.locator('[data-field="titleVi"]')).toContainText(newTitle);
  await expect(changed.locator('[data-field="progress"]')).toContainText(`→ ${newProgress}`);
  await expect(preview.locator('[data-testid="import-row"]:not([data-change="unchanged"]):not([data-change="changed"])')).toHaveCount(0);

  await preview.getByRole("button", { name: "Áp dụng 1 thay đổi" }).click();
  await expect(page.getByTestId("import-applied")).toHaveText("Đã áp dụng: thêm 0 mục, cập nhật 1 mục.");

  await page.goto(`/action-plans/${planId}/timeline`);
  const task = page.locator(`[data-testid="timeline-table-row"][data-code="${taskCode}"]`);
  await expect(task).toContainText(newTitle);
  await expect(task).toContainText(`${newProgress}%`);
});
