import { expect, test } from "@playwright/test";
import { demoPassword, demoUser, signIn } from "./helpers";
import { languageUsers } from "./language-users";

test("an official reads the shipped frameworks, with targets, sources and unverified wording marked", async ({ page }) => {
  // This test switches to English, which is saved for its official: one of its own.
  await signIn(page, languageUsers.frameworks.email, demoPassword);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Bộ chỉ số" }).first().click();
  await expect(page.getByRole("heading", { name: "Bộ chỉ số", level: 1 })).toBeVisible();
  // The four shipped frameworks (other tests may publish more).
  for (const source of ["281/QĐ-TTg", "Key Features", "studylib", "Sở GD&ĐT TP. Hồ Chí Minh"]) {
    await expect(page.getByTestId("framework-row").filter({ hasText: source })).toHaveCount(1);
  }

  await page.getByTestId("framework-row").filter({ hasText: "281/QĐ-TTg" }).getByRole("link").click();
  const families = page.getByTestId("indicator").filter({ hasText: /gia đình học tập/i }).first();
  // Rates' targets in the Vietnamese percent format, each with its decision.
  await expect(families).toContainText("2025: 70%");
  await expect(families).toContainText("387/QĐ-TTg");
  // Hà Nội's 2030 plan is listed as Hà Nội's alone; the national 2030 target is not set.
  await expect(families.locator('[data-scope="own-plan"]')).toContainText("2030: 80% Chỉ áp dụng cho Hà Nội (kế hoạch riêng của thành phố):");
  await expect(families.locator('[data-scope="national-unset"]')).toHaveText("2030: chưa có mục tiêu quốc gia");

  await page.goBack();
  await page.getByTestId("framework-row").filter({ hasText: "Key Features" }).getByRole("link").click();
  await expect(page.getByTestId("indicator")).toHaveCount(42);
  await expect(page.getByTestId("indicator").first()).toContainText("Chưa xác minh");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("indicator").first()).toContainText("Not verified");
});

test("the happy-school checklist names the six People criteria and says once, at its top, that the other wording is unverified", async ({ page }) => {
  await signIn(page, demoUser("official"));
  await page.goto("/frameworks");
  await page.getByTestId("framework-row").filter({ hasText: "Sở GD&ĐT TP. Hồ Chí Minh" }).getByRole("link").click();
  const people = page.getByTestId("indicator").filter({ hasText: "HCM-1." });
  await expect(people).toHaveCount(6);
  await expect(people.first()).toContainText("Quan hệ tin cậy, tôn trọng, bao dung và công bằng");
  await expect(people.filter({ hasText: "Chưa xác minh" })).toHaveCount(0);
  await expect(page.getByTestId("indicator").filter({ hasText: "HCM-2.1" })).toContainText("Chưa xác minh");

  // The demo city's approved 2025 checklist of this framework.
  await page.goto("/assessments");
  await page.getByTestId("assessment-row").filter({ hasText: "Trường học hạnh phúc" }).filter({ hasText: "2025" }).getByRole("link").first().click();
  await expect(page.getByTestId("unverified-notice")).toHaveText(/^Bộ chỉ số này còn 12\/20 chỉ tiêu có tên chưa được xác minh/);
  await expect(page.getByText("Quan hệ tin cậy, tôn trọng, bao dung và công bằng").first()).toBeVisible();
  // Said once, not on every item.
  await expect(page.getByText("Chưa xác minh", { exact: true })).toHaveCount(0);
});
