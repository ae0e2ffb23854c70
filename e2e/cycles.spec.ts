import { expect, test, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

// Seeded: the 2025 learning-society cycle closed on 2026-03-31 with the demo city's checklist still
// a draft; the 2026 cycle opened on 2026-11-01 and the demo city has until 2027-02-28.
const cycleCard = (page: Page, year: number) => page.locator("section").filter({ has: page.getByRole("heading", { name: new RegExp(`năm ${year}$`) }) });

test("the cycles page lists the newest open cycle's cities, and another cycle's on request", async ({ page }) => {
  await signIn(page, demoUser("coordinator"));
  await page.goto("/review/cycles");

  const current = cycleCard(page, 2026);
  const demoRow = (card: ReturnType<typeof cycleCard>) => card.getByTestId("cycle-city-row").filter({ hasText: "Minh Hoà" });
  await expect(demoRow(current)).toContainText("Đang mở");
  await expect(demoRow(current)).toContainText(/đã gia hạn/i);

  // The closed cycle shows its counts, not its cities.
  const closed = cycleCard(page, 2025);
  await expect(closed.getByTestId("cycle-city-row")).toHaveCount(0);
  await expect(closed).toContainText(/\d+ thành phố tham gia, \d+ thành phố đã được phê duyệt\./);
  await expect(closed).toContainText(/[1-9]\d* thành phố trễ hạn/);

  await closed.getByRole("link", { name: "Xem danh sách thành phố" }).click();
  await expect(page).toHaveURL(/\/review\/cycles\?cycle=/);
  await expect(demoRow(cycleCard(page, 2025))).toContainText(/Trễ \d+ ngày/);
  await expect(cycleCard(page, 2026).getByTestId("cycle-city-row")).toHaveCount(0);
});

test("a coordinator opens a city's extension form, which the page draws only on request, and records a new reason", async ({ page }) => {
  await signIn(page, demoUser("coordinator"));
  await page.goto("/review/cycles");
  const demoRow = cycleCard(page, 2026).getByTestId("cycle-city-row").filter({ hasText: "Minh Hoà" });
  // Closed, the box holds no form: the page does not draw one per row.
  await expect(demoRow.getByLabel("Hạn nộp mới")).toHaveCount(0);
  await demoRow.getByText("Gia hạn", { exact: true }).click();
  // The form opens with the extension already granted; the date stays, so the other tests see the same cycle.
  const dueOn = demoRow.getByLabel("Hạn nộp mới");
  await expect(dueOn).toHaveValue("2027-02-28");
  const reason = `Chờ số liệu điều tra hộ gia đình ${Date.now()}`;
  await demoRow.getByLabel("Lý do gia hạn").fill(reason);
  await demoRow.getByRole("button", { name: "Lưu hạn mới" }).click();
  await expect(demoRow).toContainText(`Lý do gia hạn: ${reason}`);
  await expect(demoRow).toContainText(/đã gia hạn/i);
});
