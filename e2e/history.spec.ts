import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Read-only, on the demo city's 2024 checklist (review.spec.ts may add steps to it meanwhile, which
// this test does not count). What the timeline records for each kind of change is proved in
// server/history/history.test.ts.
test("a coordinator opens a checklist's timeline and narrows it to one indicator, with and without the filter form", async ({ page }) => {
  await signIn(page, demoUser("coordinator"));
  await page.goto("/assessments");
  await page.getByTestId("assessment-row").filter({ hasText: "Minh Hoà" }).filter({ hasText: "2024" }).getByRole("link").click();
  await expect(page.getByRole("heading", { name: /Minh Hoà.*2024/ })).toBeVisible();

  await page.getByRole("link", { name: "Dòng thời gian", exact: true }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole("heading", { level: 1, name: "Lịch sử thay đổi" })).toBeVisible();
  await expect(page.getByText(/Minh Hoà \(dữ liệu mẫu\), năm 2024/)).toBeVisible();

  // The filter is a plain GET form: it works before any script has loaded.
  await page.getByLabel("Chỉ tiêu").selectOption({ label: "LF Tỷ lệ gia đình học tập" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/\/history\?indicator=/);
  await expect(page.getByRole("heading", { level: 2, name: "LF Tỷ lệ gia đình học tập" })).toBeVisible();
  await expect(page.getByLabel("Chỉ tiêu")).toHaveValue(/.+/);

  await page.getByRole("link", { name: "Xem tất cả" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByLabel("Chỉ tiêu")).toHaveValue("");

  // Each indicator on the checklist is one click from its own history.
  await page.getByRole("link", { name: "← Về phiếu" }).click();
  await page.getByRole("link", { name: "Lịch sử thay đổi của chỉ tiêu LF", exact: true }).click();
  await expect(page).toHaveURL(/\/history\?indicator=/);
  await expect(page.getByRole("heading", { level: 2, name: "LF Tỷ lệ gia đình học tập" })).toBeVisible();
});
