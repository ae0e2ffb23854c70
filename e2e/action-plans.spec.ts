import { expect, test, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Each run makes its own plan under a unique title, so reruns and tests running alongside never
// meet each other's goals and tasks.

const row = (page: Page, code: string) => page.locator(`[data-testid="plan-item-row"][data-code="${code}"]`);
const itemForm = (page: Page) => page.getByTestId("item-form");

async function addItem(page: Page, fields: { kind: "goal" | "task"; code: string; title: string; parent?: string; dueOn?: string; owner?: string }) {
  const form = itemForm(page);
  await form.getByLabel("Loại", { exact: true }).selectOption(fields.kind);
  await form.getByLabel("Mã", { exact: true }).fill(fields.code);
  await form.getByLabel("Thuộc mục", { exact: true }).selectOption(fields.parent ?? "");
  await form.getByLabel("Tên (tiếng Việt)", { exact: true }).fill(fields.title);
  if (fields.dueOn) await form.getByLabel("Hạn hoàn thành", { exact: true }).fill(fields.dueOn);
  if (fields.owner) await form.getByLabel("Người phụ trách", { exact: true }).selectOption(fields.owner);
  await form.getByRole("button", { name: "Thêm mục tiêu hoặc nhiệm vụ" }).click();
  await expect(row(page, fields.code)).toBeVisible();
}

test("an official plans a goal with two tasks, reports progress, sees the roll-up and the overdue task; others only read", async ({ browser }) => {
  test.slow();
  const stamp = Date.now();
  const planTitle = `Kế hoạch thử nghiệm ${stamp}`;
  const goalTitle = `Mục tiêu thử ${stamp}`;
  const lateTitle = `Nhiệm vụ đã quá hạn ${stamp}`;
  const taskTitle = `Nhiệm vụ báo cáo ${stamp}`;

  const official = await (await browser.newContext()).newPage();
  await signIn(official, demoUser("official"));
  await official.goto("/action-plans");
  await official.getByRole("link", { name: "Tạo kế hoạch" }).click();
  await official.getByLabel("Tên kế hoạch (tiếng Việt)").fill(planTitle);
  await official.getByLabel("Năm bắt đầu").fill("2025");
  await official.getByLabel("Năm kết thúc").fill("2030");
  await official.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await expect(official.getByRole("heading", { level: 1, name: planTitle })).toBeVisible();
  const planUrl = official.url();

  await addItem(official, { kind: "goal", code: "1", title: goalTitle });
  await addItem(official, { kind: "task", code: "1.1", parent: "1", title: lateTitle, dueOn: "2025-01-31", owner: demoUser("official") });
  await addItem(official, { kind: "task", code: "1.2", parent: "1", title: taskTitle, dueOn: "2030-06-30" });
  await expect(row(official, "1").getByTestId("progress-value")).toHaveText("0%");

  // The task whose due date has passed shows as overdue, in its row and in the list at the top.
  await expect(row(official, "1.1").getByTestId("overdue-badge")).toContainText(/Quá hạn \d+ ngày/);
  await expect(official.getByTestId("overdue-list")).toContainText(lateTitle);
  await expect(row(official, "1.2").getByTestId("overdue-badge")).toHaveCount(0);

  // A change of status or progress without a note is refused, in words.
  await row(official, "1.2").getByRole("link", { name: taskTitle }).click();
  await expect(official.getByRole("heading", { level: 1, name: new RegExp(taskTitle) })).toBeVisible();
  const update = official.getByTestId("update-form");
  await update.getByLabel("Trạng thái", { exact: true }).selectOption("onTrack");
  await update.getByLabel("Tiến độ (%)").fill("50");
  await update.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(update.getByRole("alert")).toHaveText("Hãy ghi chú lý do khi thay đổi trạng thái hoặc tiến độ.");
  await expect(official.getByTestId("plan-update")).toHaveCount(0);

  await update.getByLabel("Ghi chú").fill("Đã tổ chức hội nghị triển khai ở các phường.");
  await update.getByRole("button", { name: "Gửi báo cáo" }).click();
  const history = official.getByTestId("plan-update");
  await expect(history).toHaveCount(1);
  await expect(history).toContainText("Đã tổ chức hội nghị triển khai ở các phường.");
  await expect(history).toContainText("0% → 50%");
  await expect(official.getByTestId("history-event").first()).toContainText("Báo cáo tiến độ");

  // The goal rolls up from its two tasks: (0 + 50) / 2.
  await official.goto(planUrl);
  await expect(row(official, "1").getByTestId("progress-value")).toHaveText("25%");
  await expect(official.getByTestId("goal-progress").getByTestId("progress-value")).toHaveText("25%");

  // "My tasks" lists the task the official owns, overdue.
  await official.goto("/my-tasks");
  await expect(official.getByTestId("my-task").filter({ hasText: lateTitle }).getByTestId("overdue-badge")).toBeVisible();

  // A coordinator covering the city reads the plan but has no form to change it.
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, demoUser("coordinator"));
  await coordinator.goto(planUrl);
  await expect(coordinator.getByRole("heading", { level: 1, name: planTitle })).toBeVisible();
  await expect(row(coordinator, "1").getByTestId("progress-value")).toHaveText("25%");
  await expect(itemForm(coordinator)).toHaveCount(0);
  await row(coordinator, "1.2").getByRole("link", { name: taskTitle }).click();
  await expect(coordinator.getByTestId("plan-update")).toHaveCount(1);
  await expect(coordinator.getByTestId("update-form")).toHaveCount(0);
  // Coordinators may still comment.
  await coordinator.getByLabel("Bình luận", { exact: true }).fill("Đề nghị bổ sung biên bản hội nghị.");
  await coordinator.getByRole("button", { name: "Gửi bình luận" }).click();
  await expect(coordinator.getByTestId("plan-comment")).toContainText("Đề nghị bổ sung biên bản hội nghị.");

  // A viewer (English interface) reads only: no forms, no comment box.
  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, demoUser("viewer"));
  await viewer.goto(planUrl);
  await expect(viewer.getByRole("heading", { level: 1, name: planTitle })).toBeVisible();
  await expect(itemForm(viewer)).toHaveCount(0);
  await row(viewer, "1.2").getByRole("link").click();
  await expect(viewer.getByTestId("plan-comment")).toHaveCount(1);
  await expect(viewer.getByRole("button", { name: "Post comment" })).toHaveCount(0);
  await expect(viewer.getByTestId("update-form")).toHaveCount(0);
});

test("the plans list offers a new plan only to those who may make one", async ({ page }) => {
  await signIn(page, demoUser("coordinator"));
  await page.goto("/action-plans");
  await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch hành động" })).toBeVisible();
  await expect(page.getByTestId("plan-row").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Tạo kế hoạch" })).toHaveCount(0);
  const response = await page.goto("/action-plans/new");
  expect(response?.status()).toBe(404);
});
