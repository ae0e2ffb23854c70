import { expect, test, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

async function open2024(page: Page) {
  await page.goto("/assessments");
  await page.getByTestId("assessment-row").filter({ hasText: "2024" }).filter({ hasText: "Minh Hoà" }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: /Minh Hoà.*2024/ })).toBeVisible();
}
const entry = (page: Page, code: string) => page.locator(`[data-testid="indicator-entry"][data-code="${code}"]`);

test("an official submits, a coordinator returns two indicators, the official fixes only those and resubmits, the coordinator approves", async ({ browser }) => {
  test.slow();
  const official = await (await browser.newContext()).newPage();
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(official, demoUser("official"));
  await signIn(coordinator, demoUser("coordinator"));

  await open2024(official);
  // Sending asks first; cancelling sends nothing.
  await official.getByRole("button", { name: "Gửi thẩm định" }).click();
  await expect(official.getByTestId("review-confirm")).toContainText("Gửi phiếu này để thẩm định?");
  await official.getByRole("button", { name: "Huỷ" }).click();
  await expect(official.getByTestId("review-confirm")).toHaveCount(0);
  await expect(official.getByText("Lê Minh Cán Bộ đã gửi thẩm định")).toHaveCount(0);
  await official.getByRole("button", { name: "Gửi thẩm định" }).click();
  await official.getByRole("button", { name: "Xác nhận gửi" }).click();
  await expect(official.getByTestId("review-timeline")).toContainText("Lê Minh Cán Bộ đã gửi thẩm định");
  // Submitted work is read-only for the official.
  await expect(entry(official, "LF").locator("input").first()).toBeDisabled();

  // The coordinator hears of it under the bell. (Other browser tests comment on the same city and
  // send its other checklists at the same time, so the list may hold their notifications too.)
  await coordinator.goto("/dashboard");
  await expect(coordinator.getByTestId("unread-count")).toBeVisible();
  await coordinator.getByTestId("bell").click();
  await expect(coordinator.getByTestId("notification").filter({ hasText: "Lê Minh Cán Bộ đã gửi thẩm định" }).filter({ hasText: "năm 2024" })).toBeVisible();
  await coordinator.getByRole("button", { name: "Đánh dấu đã đọc tất cả" }).click();

  await coordinator.goto("/review");
  await coordinator.getByTestId("queue-row").filter({ hasText: "2024" }).getByRole("link").click();
  // Approval is never offered to the official who submitted.
  await expect(official.getByRole("button", { name: "Phê duyệt" })).toHaveCount(0);
  await coordinator.getByLabel("Lý do (bắt buộc khi trả lại hoặc mở lại)").fill("Hai tỷ lệ cần đối chiếu lại với báo cáo của phường.");
  await coordinator.getByText(/Đánh dấu chỉ tiêu cần sửa/).click();
  for (const [code, comment] of [
    ["LF", "Mẫu số khác với số hộ trong báo cáo thống kê."],
    ["LU", "Thiếu các đơn vị sự nghiệp."],
  ]) {
    await coordinator.getByTestId("review-panel").getByRole("checkbox", { name: new RegExp(`^${code} `) }).check();
    await coordinator.getByLabel(`Nhận xét cho chỉ tiêu ${code}`).fill(comment);
  }
  await coordinator.getByRole("button", { name: "Trả lại để sửa" }).click();
  await expect(coordinator.getByTestId("review-timeline")).toContainText("Trần Văn Điều Phối đã trả lại");

  await official.reload();
  await expect(official.getByTestId("unread-count")).toBeVisible();
  await expect(official.getByTestId("flags-summary")).toContainText("Mẫu số khác với số hộ");
  await expect(entry(official, "LF").getByTestId("flag")).toContainText("Mẫu số khác với số hộ");
  // Only the two flagged indicators are open again.
  await expect(entry(official, "LF").locator("input").first()).toBeEnabled();
  await expect(entry(official, "LU").locator("input").first()).toBeEnabled();
  await expect(entry(official, "LCLAN").locator("input").first()).toBeDisabled();

  // The returned checklist is still complete until an answer changes; then the page says so at
  // once, and resubmitting waits for "complete" again.
  await expect(official.getByText("Phiếu đã hoàn thành.")).toBeVisible();
  await entry(official, "LF").locator("input").nth(1).fill("97800");
  await expect(entry(official, "LF").getByTestId("save-state")).toHaveText("Đã lưu");
  await expect(official.getByText("Phiếu đã hoàn thành.")).toHaveCount(0);
  await expect(official.getByText("Chưa hoàn thành", { exact: true })).toBeVisible();
  await expect(official.getByRole("button", { name: "Gửi thẩm định" })).toBeDisabled();
  await expect(official.getByText("Hãy đánh dấu phiếu hoàn thành trước khi gửi.")).toBeVisible();
  await entry(official, "LU").locator("input").nth(1).fill("310");
  await expect(entry(official, "LU").getByTestId("save-state")).toHaveText("Đã lưu");
  await official.getByRole("button", { name: "Đánh dấu hoàn thành" }).click();
  // One optional item is left blank: completing lists it and asks first.
  await expect(official.getByTestId("unanswered")).toContainText("CLC");
  await official.getByRole("button", { name: "Vẫn đánh dấu hoàn thành" }).click();
  await expect(official.getByText("Phiếu đã hoàn thành.")).toBeVisible();
  await official.getByRole("button", { name: "Gửi thẩm định" }).click();
  await official.getByRole("button", { name: "Xác nhận gửi" }).click();
  await expect(official.getByTestId("review-timeline").locator("li")).toHaveCount(3);

  await coordinator.reload();
  // What changed since the first submission is marked for the reviewer.
  await expect(entry(coordinator, "LF").getByText("Đã sửa từ lần gửi trước")).toBeVisible();
  await expect(entry(coordinator, "LCLAN").getByText("Đã sửa từ lần gửi trước")).toHaveCount(0);
  // A reviewer reads through with Alt+↓.
  await coordinator.keyboard.press("Alt+ArrowDown");
  await expect(entry(coordinator, "LF")).toBeFocused();
  await coordinator.keyboard.press("Alt+ArrowDown");
  await expect(entry(coordinator, "LCLAN")).toBeFocused();
  await coordinator.getByRole("button", { name: "Phê duyệt" }).click();
  await expect(coordinator.getByTestId("review-confirm")).toContainText("Phê duyệt phiếu này?");
  await coordinator.getByRole("button", { name: "Xác nhận phê duyệt" }).click();
  const timeline = coordinator.getByTestId("review-timeline");
  await expect(timeline.locator("li")).toHaveCount(4);
  await expect(timeline.locator("li").last()).toContainText("Trần Văn Điều Phối đã phê duyệt");

  await official.reload();
  await expect(official.getByText("Đã duyệt").first()).toBeVisible();
  await expect(entry(official, "LF").locator("input").first()).toBeDisabled();
  await expect(official.getByRole("button", { name: "Gửi thẩm định" })).toHaveCount(0);

  // The checklist's timeline holds every step, with who and when, and the corrected answer.
  await coordinator.getByRole("link", { name: "Dòng thời gian", exact: true }).click();
  const steps = coordinator.getByTestId("history-event");
  for (const [action, text] of [
    ["assessment.approve", "Trần Văn Điều Phối đã phê duyệt"],
    ["assessment.return", "Trần Văn Điều Phối đã trả lại để sửa"],
    ["assessment.submit", "Lê Minh Cán Bộ đã gửi thẩm định"],
  ] as const) {
    await expect(coordinator.locator(`[data-testid="history-event"][data-action="${action}"]`).first()).toContainText(text);
  }
  await expect(steps.first().locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expect(steps.filter({ hasText: "Lê Minh Cán Bộ đã sửa câu trả lời" }).filter({ hasText: "LF" }).first()).toContainText("Mẫu số");
});
