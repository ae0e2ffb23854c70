// Keyboard only: an official signs in, opens a draft, answers what is left, marks it complete
// (through the confirmation) and sends it for review; a coordinator opens it from the review queue
// and returns it with a reason and a flagged indicator. Nothing is clicked or filled: every step is
// Tab, Shift+Tab, typing, Enter, Space or an arrow key, and after each act the focus is checked to
// be where a keyboard user goes on from, and visible there.
//
// The checklist is the demo city's 2022 GNLC application profile, which e2e/seed-checklists.ts
// adds for this test alone.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoPassword, demoUser } from "./helpers";
import { keyboardChecklist } from "./keyboard-checklist";

/** The focus is on this element, and shown there (the focus ring of :focus-visible). */
async function expectFocus(target: Locator) {
  await expect(target).toBeFocused();
  expect(await target.evaluate((el) => el.matches(":focus-visible")), "the focus is visible").toBe(true);
}

/** Presses Tab (or Shift+Tab) until the target has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, { back = false, limit = 200 } = {}) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return expectFocus(target);
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${target} was not reached in ${limit} presses of ${back ? "Shift+Tab" : "Tab"}`);
}

async function signInWithKeyboard(page: Page, email: string) {
  await page.goto("/sign-in");
  await expectFocus(page.getByLabel("Thư điện tử"));
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expectFocus(page.getByLabel("Mật khẩu"));
  await page.keyboard.type(demoPassword);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Through the main navigation to one of its areas. */
async function openArea(page: Page, name: string) {
  await tabTo(page, page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name, exact: true }));
  await page.keyboard.press("Enter");
}

const entry = (page: Page, code: string) => page.locator(`[data-testid="indicator-entry"][data-code="${code}"]`);
const saved = (page: Page, code: string) => expect(entry(page, code).getByTestId("save-state")).toHaveText("Đã lưu");
const heading = new RegExp(`Minh Hoà.*${keyboardChecklist.year}`);

test("an official completes a checklist and sends it for review, and a coordinator returns it, with the keyboard alone", async ({ browser }) => {
  test.slow();
  const official = await (await browser.newContext()).newPage();
  await signInWithKeyboard(official, demoUser("official"));

  await openArea(official, "Phiếu tự đánh giá");
  await expect(official).toHaveURL(/\/assessments$/);
  const row = official.getByTestId("assessment-row").filter({ hasText: String(keyboardChecklist.year) }).filter({ hasText: "GNLC" });
  await tabTo(official, row.getByRole("link"));
  await official.keyboard.press("Enter");
  await expect(official.getByRole("heading", { level: 1, name: heading })).toBeVisible();

  // Past the header and the menus to the checklist itself.
  await tabTo(official, official.getByRole("link", { name: "Chuyển đến nội dung chính" }));
  await official.keyboard.press("Enter");

  // A number with its year: Enter moves on from one box to the next, as in a spreadsheet.
  await tabTo(official, entry(official, "YOS-WOMEN").getByLabel("Giá trị"));
  await official.keyboard.type("9,8");
  await official.keyboard.press("Enter");
  await expectFocus(entry(official, "YOS-WOMEN").getByLabel("Năm của số liệu"));
  await official.keyboard.type("2019");
  await saved(official, "YOS-WOMEN");

  // A written answer.
  await tabTo(official, entry(official, "MOTIVATION").getByLabel("Câu trả lời"));
  await official.keyboard.type("Thành phố muốn mọi người dân được học tập suốt đời, gắn với chuyển đổi số và phát triển kinh tế địa phương.");
  await saved(official, "MOTIVATION");

  // A level on a scale: Space picks the first, an arrow key moves to the next.
  const levels = entry(official, "CH1").getByRole("radio");
  await tabTo(official, levels.first());
  await official.keyboard.press("Space");
  await expect(levels.first()).toBeChecked();
  await official.keyboard.press("ArrowRight");
  await expectFocus(levels.nth(1));
  await expect(levels.nth(1)).toBeChecked();
  await saved(official, "CH1");

  // Completing with optional items blank asks first; the question takes the focus, and going
  // back to entering returns it to the button.
  const complete = official.getByRole("button", { name: "Đánh dấu hoàn thành" });
  await tabTo(official, complete, { back: true });
  await official.keyboard.press("Enter");
  const confirm = official.getByTestId("confirm-complete");
  await expectFocus(confirm.getByRole("heading"));
  await expect(confirm.getByTestId("unanswered")).toContainText("CH2");
  await expect(confirm.getByTestId("unanswered")).not.toContainText("YOS-WOMEN");
  await tabTo(official, confirm.getByRole("button", { name: "Quay lại nhập tiếp" }));
  await official.keyboard.press("Enter");
  await expect(confirm).toHaveCount(0);
  await expectFocus(complete);
  await official.keyboard.press("Enter");
  await expectFocus(confirm.getByRole("heading"));
  await tabTo(official, confirm.getByRole("button", { name: "Vẫn đánh dấu hoàn thành" }));
  await official.keyboard.press("Enter");
  await expect(official.getByText("Phiếu đã hoàn thành.")).toBeVisible();
  await expect(confirm).toHaveCount(0);
  await expectFocus(complete);

  // Sending asks first too, with the focus on the confirming button.
  const send = official.getByRole("button", { name: "Gửi thẩm định" });
  await expect(send).toBeEnabled();
  await tabTo(official, send, { back: true });
  await official.keyboard.press("Enter");
  await expect(official.getByTestId("review-confirm")).toContainText("Gửi phiếu này để thẩm định?");
  await expectFocus(official.getByRole("button", { name: "Xác nhận gửi" }));
  await official.keyboard.press("Enter");
  const officialPanel = official.getByTestId("review-panel");
  await expect(officialPanel.getByTestId("review-timeline")).toContainText("Lê Minh Cán Bộ đã gửi thẩm định");
  await expectFocus(officialPanel.getByRole("heading", { name: "Thẩm định" }));
  await expect(entry(official, "YOS-WOMEN").getByLabel("Giá trị")).toBeDisabled();

  const coordinator = await (await browser.newContext()).newPage();
  await signInWithKeyboard(coordinator, demoUser("coordinator"));
  await openArea(coordinator, "Thẩm định");
  await expect(coordinator).toHaveURL(/\/review$/);
  await tabTo(coordinator, coordinator.getByTestId("queue-row").filter({ hasText: String(keyboardChecklist.year) }).filter({ hasText: "GNLC" }).getByRole("link"));
  await coordinator.keyboard.press("Enter");
  await expect(coordinator.getByRole("heading", { level: 1, name: heading })).toBeVisible();

  const panel = coordinator.getByTestId("review-panel");
  await tabTo(coordinator, panel.getByLabel("Lý do (bắt buộc khi trả lại hoặc mở lại)"));
  await coordinator.keyboard.type("Số năm đi học của nữ cần ghi rõ nhóm tuổi theo nguồn số liệu.");
  // The indicators to fix are behind a summary: Enter opens it, Space ticks one, its comment box follows.
  await tabTo(coordinator, panel.getByText(/Đánh dấu chỉ tiêu cần sửa/));
  await coordinator.keyboard.press("Enter");
  const flag = panel.getByRole("checkbox", { name: /^YOS-WOMEN / });
  await tabTo(coordinator, flag);
  await coordinator.keyboard.press("Space");
  await expect(flag).toBeChecked();
  await coordinator.keyboard.press("Tab");
  await expectFocus(panel.getByLabel("Nhận xét cho chỉ tiêu YOS-WOMEN"));
  await coordinator.keyboard.type("Ghi rõ độ tuổi (từ 25 tuổi trở lên).");
  await tabTo(coordinator, panel.getByRole("button", { name: "Trả lại để sửa" }));
  await coordinator.keyboard.press("Enter");
  await expect(panel.getByTestId("review-timeline")).toContainText("Trần Văn Điều Phối đã trả lại: “Số năm đi học của nữ cần ghi rõ nhóm tuổi theo nguồn số liệu.”");
  await expectFocus(panel.getByRole("heading", { name: "Thẩm định" }));

  // The official finds the flagged indicator open again, with the coordinator's comment.
  await official.reload();
  await expect(entry(official, "YOS-WOMEN").getByTestId("flag")).toContainText("Ghi rõ độ tuổi (từ 25 tuổi trở lên).");
  await expect(entry(official, "YOS-WOMEN").getByLabel("Giá trị")).toBeEnabled();
});
