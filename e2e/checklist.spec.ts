import { expect, test, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// These tests share the demo city's 2025 draft and run in order.
test.describe.configure({ mode: "serial" });

async function openDraft(page: Page) {
  await page.goto("/assessments");
  await page
    .getByTestId("assessment-row")
    .filter({ hasText: "2025" })
    .filter({ hasText: "Minh Hoà" })
    .filter({ hasText: "xã hội học tập" })
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { name: /Minh Hoà.*2025/ })).toBeVisible();
}

const entry = (page: Page, code: string) => page.locator(`[data-testid="indicator-entry"][data-code="${code}"]`);
const saved = (page: Page, code: string) => expect(entry(page, code).getByTestId("save-state")).toHaveText("Đã lưu");
const savedToFix = (page: Page, code: string) => expect(entry(page, code).getByTestId("save-state")).toHaveText("Đã lưu, cần sửa trước khi hoàn thành");

test("an official fills a rate, sees it computed, gets a translated error for a wrong one, and finds it all after a reload", async ({ page }) => {
  await signIn(page, demoUser("official"));
  await openDraft(page);
  const lcom = entry(page, "LCOM");
  const [numerator, denominator] = [lcom.locator("input").nth(0), lcom.locator("input").nth(1)];

  await numerator.fill("100");
  await numerator.press("Enter");
  // Enter moves on to the next box, as in a spreadsheet.
  await expect(denominator).toBeFocused();
  await denominator.fill("160");
  await expect(lcom.getByTestId("computed-rate")).toHaveText("62,5%");
  await saved(page, "LCOM");
  // Beside the answer: how it stands against this year's target (65% in 2025).
  await expect(lcom.getByTestId("attainment")).toHaveText("Chậm: còn 2,5 điểm % so với mục tiêu 2025");

  // A wrong figure is kept as a draft, and the state says it must be fixed: never "saved" alone.
  await numerator.fill("200");
  await expect(lcom.getByTestId("entry-error")).toHaveText("Tử số (200) lớn hơn mẫu số (160). Vui lòng kiểm tra lại hai số liệu.");
  await savedToFix(page, "LCOM");
  await numerator.fill("-5");
  await expect(lcom.getByTestId("entry-error")).toHaveText("Giá trị không được là số âm.");
  await savedToFix(page, "LCOM");
  await numerator.fill("12,5");
  await expect(lcom.getByTestId("entry-error")).toHaveText("Vui lòng nhập số nguyên (đây là số đếm).");
  await savedToFix(page, "LCOM");
  await numerator.fill("200");
  await savedToFix(page, "LCOM");

  await page.reload();
  await expect(numerator).toHaveValue("200");
  await expect(denominator).toHaveValue("160");
  await expect(lcom.getByTestId("entry-error")).toBeVisible();
  await savedToFix(page, "LCOM");

  await numerator.fill("104");
  await expect(lcom.getByTestId("entry-error")).toHaveCount(0);
  await saved(page, "LCOM");
  await expect(lcom.getByTestId("attainment")).toHaveText("Đạt mục tiêu 2025");
});

test("a text over its limit is held back with the reason at its box, and nothing typed disappears", async ({ page }) => {
  await signIn(page, demoUser("official"));
  await openDraft(page);
  const lcom = entry(page, "LCOM");
  await expect(lcom.getByTestId("computed-rate")).toHaveText("65%");
  await lcom.getByText("Minh chứng (không bắt buộc)").click();
  const note = lcom.getByLabel("Ghi chú minh chứng");

  await note.fill("Biên bản ".repeat(360).trim());
  await expect(lcom.getByTestId("length-counter")).toHaveText("3.239/4.000 ký tự");
  await saved(page, "LCOM");

  const tooLong = "x".repeat(4_012);
  await note.fill(tooLong);
  await expect(lcom.getByTestId("length-counter")).toHaveText("4.012/4.000 ký tự");
  await expect(lcom.getByTestId("entry-error")).toHaveText("Dài quá giới hạn 4.000 ký tự (hiện có 4.012). Phần này chưa được lưu; hãy rút ngắn lại.");
  await expect(lcom.getByTestId("save-state")).toHaveText("Chưa lưu: xem lỗi ở ô nhập");
  await expect(note).toHaveAttribute("aria-invalid", "true");
  // The rest of the answer stays in view.
  await expect(lcom.getByTestId("computed-rate")).toHaveText("65%");
  await expect(note).toHaveValue(tooLong);

  await note.fill(tooLong.slice(0, 4_000));
  await saved(page, "LCOM");
  await page.reload();
  await expect(entry(page, "LCOM").getByLabel("Ghi chú minh chứng")).toHaveValue(tooLong.slice(0, 4_000));
});

test("two people editing the same answer see the conflict instead of overwriting each other", async ({ browser }) => {
  const mine = await (await browser.newContext()).newPage();
  const theirs = await (await browser.newContext()).newPage();
  await signIn(mine, demoUser("official"));
  await signIn(theirs, demoUser("administrator"));
  await openDraft(mine);
  await openDraft(theirs);

  await entry(theirs, "LU").locator("input").nth(0).fill("230");
  await entry(theirs, "LU").locator("input").nth(1).fill("300");
  await saved(theirs, "LU");

  await entry(mine, "LU").locator("input").nth(0).fill("225");
  await entry(mine, "LU").locator("input").nth(1).fill("300");
  const conflict = entry(mine, "LU").getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("230 / 300");
  // Nothing typed is lost: the official's own figure is still in the box.
  await expect(entry(mine, "LU").locator("input").nth(0)).toHaveValue("225");

  await conflict.getByRole("button", { name: "Giữ bản của tôi" }).click();
  await saved(mine, "LU");
  await theirs.reload();
  await expect(entry(theirs, "LU").locator("input").nth(0)).toHaveValue("225");
});

test("the checklist completes only once every required answer is valid", async ({ page }) => {
  await signIn(page, demoUser("official"));
  await openDraft(page);
  await page.getByRole("button", { name: "Đánh dấu hoàn thành" }).click();
  // Completing with answers left out lists them and asks first.
  const confirm = page.getByTestId("confirm-complete");
  await expect(confirm.getByRole("heading")).toBeFocused();
  await expect(confirm.getByTestId("unanswered")).toContainText("LCIT-ADULT");
  await expect(confirm.getByTestId("unanswered")).toContainText("CLC");
  await confirm.getByRole("button", { name: "Quay lại nhập tiếp" }).click();
  await expect(confirm).toHaveCount(0);
  await page.getByRole("button", { name: "Đánh dấu hoàn thành" }).click();
  await confirm.getByRole("button", { name: "Vẫn đánh dấu hoàn thành" }).click();
  const problems = page.getByTestId("completion-problems");
  await expect(problems).toContainText("LCIT-ADULT");
  await expect(problems).toContainText("Chỉ tiêu bắt buộc này chưa được trả lời.");

  for (const [code, numerator, denominator] of [
    ["LCIT-ADULT", "112000", "268000"],
    ["LCIT-OFFICIAL", "4.100", "5.650"],
  ]) {
    await entry(page, code).locator("input").nth(0).fill(numerator);
    await entry(page, code).locator("input").nth(1).fill(denominator);
    await saved(page, code);
  }
  await page.getByRole("button", { name: "Đánh dấu hoàn thành" }).click();
  await expect(confirm.getByTestId("unanswered")).not.toContainText("LCIT-ADULT");
  await confirm.getByRole("button", { name: "Vẫn đánh dấu hoàn thành" }).click();
  await expect(page.getByText("Phiếu đã hoàn thành.")).toBeVisible();
  await expect(page.getByText(/Đã hoàn thành/).first()).toBeVisible();

  await page.getByRole("link", { name: "Xem mức sẵn sàng" }).click();
  await expect(page.getByTestId("overall-readiness")).toContainText("%");
  await expect(page.getByTestId("gaps")).toBeVisible();
});

test("evidence files upload, download for the city and are refused when they are not what they claim", async ({ page }) => {
  await signIn(page, demoUser("official"));
  await openDraft(page);
  const lf = entry(page, "LF");
  await lf.getByText("Minh chứng (không bắt buộc)").click();

  await lf.getByLabel("Tải tệp minh chứng lên").setInputFiles({ name: "trang.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
  await expect(lf.getByTestId("evidence-error")).toHaveText("Nội dung tệp không khớp với đuôi tệp.");

  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  await lf.getByLabel("Tải tệp minh chứng lên").setInputFiles({ name: "Quyết định công nhận 2025.pdf", mimeType: "application/pdf", buffer: pdf });
  const link = lf.getByTestId("evidence-file").getByRole("link", { name: "Quyết định công nhận 2025.pdf" });
  await expect(link).toBeVisible();

  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect(Buffer.from(await download.body())).toEqual(pdf);

  // Still there after a reload, and the coordinator who covers the city can fetch it too.
  await page.reload();
  await expect(entry(page, "LF").getByTestId("evidence-file")).toHaveCount(1);
  const href = (await entry(page, "LF").getByTestId("evidence-file").getByRole("link").getAttribute("href"))!;
  const context = await page.context().browser()!.newContext();
  const stranger = await context.newPage();
  await signIn(stranger, demoUser("coordinator"));
  expect((await stranger.request.get(href)).status()).toBe(200);
  await context.close();
});
