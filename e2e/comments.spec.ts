import { expect, test, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// The demo city's 2024 checklist, which review.spec.ts takes through review at the same time:
// this test talks about an indicator that one never flags, and looks only for its own words.
const code = "LCIT-OFFICIAL";

async function open2024(page: Page) {
  await page.goto("/assessments");
  await page.getByTestId("assessment-row").filter({ hasText: "2024" }).filter({ hasText: /Minh Ho(à|a)/ }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: /Minh Ho(à|a).*2024/ })).toBeVisible();
}
const thread = (page: Page) => page.locator(`[data-testid="indicator-entry"][data-code="${code}"]`).getByTestId("indicator-thread");
const toggle = (page: Page) => thread(page).getByRole("button", { name: /^(Trao đổi|Discussion) \(/ });
const box = (page: Page) => thread(page).getByLabel(`Ý kiến của bạn về chỉ tiêu ${code}`);
const comment = (page: Page, text: string) => thread(page).getByTestId("thread-comment").filter({ hasText: text });

test("an official asks about an indicator, the coordinator answers and resolves it, a new comment re-opens it, a viewer only reads", async ({ browser }) => {
  test.slow();
  const stamp = Date.now();
  const question = `Mẫu số tính theo danh sách cán bộ ngày nào? (${stamp})`;
  const answer = `Theo danh sách ngày 31/12, có xác nhận của Sở Nội vụ. (${stamp})`;
  const followUp = `Đã bổ sung xác nhận vào minh chứng. (${stamp})`;
  const official = await (await browser.newContext()).newPage();
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(official, demoUser("official"));
  await signIn(coordinator, demoUser("coordinator"));

  // The official, by keyboard alone: open the discussion, write, send with Ctrl+Enter.
  await open2024(official);
  await toggle(official).focus();
  await official.keyboard.press("Enter");
  await expect(toggle(official)).toHaveAttribute("aria-expanded", "true");
  await official.keyboard.press("Tab");
  await expect(box(official)).toBeFocused();
  await official.keyboard.insertText(question);
  await official.keyboard.press("Control+Enter");
  await expect(comment(official, question)).toContainText("Lê Minh Cán Bộ");
  await expect(box(official)).toHaveValue("");
  await expect(toggle(official)).toContainText("Chưa giải quyết");

  // The coordinator answers with the button and marks the question resolved.
  await open2024(coordinator);
  await toggle(coordinator).click();
  await expect(comment(coordinator, question)).toBeVisible();
  await box(coordinator).fill(answer);
  await thread(coordinator).getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(comment(coordinator, answer)).toContainText("Trần Văn Điều Phối");
  await thread(coordinator).getByRole("button", { name: "Đánh dấu đã giải quyết" }).click();
  await expect(thread(coordinator).getByText(/Trần Văn Điều Phối đã đánh dấu giải quyết/)).toBeVisible();
  await expect(toggle(coordinator)).toContainText("Đã giải quyết");

  // The official hears of the answer, reads it, and a further comment carries the talk on.
  await official.goto("/notifications");
  await expect(official.getByTestId("notification").filter({ hasText: "Trần Văn Điều Phối" }).filter({ hasText: /bình luận/ }).first()).toBeVisible();
  await open2024(official);
  await toggle(official).click();
  await expect(comment(official, answer)).toBeVisible();
  await expect(toggle(official)).toContainText("Đã giải quyết");
  await box(official).fill(followUp);
  await box(official).press("Control+Enter");
  await expect(comment(official, followUp)).toBeVisible();
  await expect(toggle(official)).toContainText("Chưa giải quyết");
  await expect(thread(official).getByRole("button", { name: "Đánh dấu đã giải quyết" })).toBeVisible();

  // A viewer reads the discussion but has nothing to write with.
  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, demoUser("viewer"));
  await open2024(viewer);
  await toggle(viewer).click();
  await expect(comment(viewer, followUp)).toBeVisible();
  // The demo viewer's saved language is English, and it applies from sign-in.
  await expect(toggle(viewer)).toContainText("Open");
  await expect(thread(viewer).getByRole("textbox")).toHaveCount(0);
  await expect(thread(viewer).getByRole("button", { name: "Mark resolved" })).toHaveCount(0);
});
