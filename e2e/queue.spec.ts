import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Seeded: the 2025 learning-society cycle closed on 2026-03-31 with the demo city's 2025 checklist
// still a draft; the 2026 cycle is open and the demo city has not started it.
test("a coordinator filters the review queue to overdue work, and the filtered view is a shareable link", async ({ page, browser }) => {
  await signIn(page, demoUser("coordinator"));
  await page.goto("/review");
  await expect(page.getByTestId("queue-row").filter({ hasText: "Chưa bắt đầu" }).filter({ hasText: "2026" })).toBeVisible();

  await page.getByLabel("Chỉ phiếu quá hạn").check();
  await page.getByLabel("Sắp xếp theo").selectOption("due");
  await page.getByRole("button", { name: "Áp dụng" }).click();
  await expect(page).toHaveURL(/overdue=1/);
  await expect(page).toHaveURL(/sort=due/);
  const rows = page.getByTestId("queue-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("2025");
  await expect(rows.first()).toContainText(/Trễ \d+ ngày/);

  // Someone else opening the same address sees the same view.
  const colleague = await (await browser.newContext()).newPage();
  await signIn(colleague, demoUser("administrator"));
  await colleague.goto(page.url());
  await expect(colleague.getByTestId("queue-row")).toHaveCount(1);
  await expect(colleague.getByLabel("Chỉ phiếu quá hạn")).toBeChecked();

  // Clearing the filters clears the form too.
  await page.getByRole("link", { name: "Bỏ lọc" }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByLabel("Chỉ phiếu quá hạn")).not.toBeChecked();
  await expect(page.getByLabel("Sắp xếp theo")).toHaveValue("attention");
});

test("officials have no review queue", async ({ page }) => {
  await signIn(page, demoUser("official"));
  const response = await page.goto("/review");
  expect(response?.status()).toBe(404);
});
