import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

test("an official reads the shipped frameworks, with targets, sources and unverified wording marked", async ({ page }) => {
  await signIn(page, demoUser("official"));
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
  await expect(families).toContainText("2030: 80%");

  await page.goBack();
  await page.getByTestId("framework-row").filter({ hasText: "Key Features" }).getByRole("link").click();
  await expect(page.getByTestId("indicator")).toHaveCount(42);
  await expect(page.getByTestId("indicator").first()).toContainText("Chưa xác minh");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("indicator").first()).toContainText("Not verified");
});
