import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

test("a viewer sees the network's growth with its sources and Vietnam's members in the order they joined", async ({ page }) => {
  // The demo viewer reads the interface in English.
  await signIn(page, demoUser("viewer"));
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Network", exact: true }).first().click();
  await expect(page).toHaveURL(/\/network$/);
  await expect(page.getByRole("heading", { level: 1, name: "The Global Network of Learning Cities" })).toBeVisible();

  // The chart is one image named by its summary, and the table holds every row with its source.
  await expect(page.getByRole("img", { name: /to 425 members in 91 countries \(December 4, 2025\)/ })).toBeVisible();
  const rows = page.getByTestId("network-stat-row");
  await expect(rows).toHaveCount(5);
  const december2025 = rows.filter({ has: page.getByRole("rowheader", { name: "December 4, 2025" }) });
  await expect(december2025.getByRole("cell")).toHaveText(["72 (from 46 countries)", "425", "91", "498,000,000", /Source: .*seed articles 001, 002/]);
  await expect(rows.first().getByRole("link", { name: "UIL, uil.unesco.org" })).toHaveAttribute("href", "https://uil.unesco.org");

  await expect(page.getByTestId("member-name")).toHaveText(["Sa Dec", "Vinh", "Cao Lanh", "Son La", "Ho Chi Minh City", "Hanoi"]);
  await expect(page.getByTestId("member-item").last()).toContainText("Admitted: December 4, 2025");
  await expect(page.getByTestId("membership-requirements")).toContainText("at most 3 new cities per country");
});

test("an official opens Hà Nội's profile and reads its published figures with their source", async ({ page }) => {
  await signIn(page, demoUser("official"));
  const response = await page.goto("/cities/ha-noi");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Hà Nội" })).toBeVisible();
  const families = page.getByTestId("published-figure").filter({ hasText: "Tỷ lệ gia đình học tập" });
  await expect(families.getByRole("cell")).toHaveText(["2025", "67%", "1.420.000", /^Nguồn: VnExpress và CafeF, 12\/2025/]);
  // A reference city's profile is open to everyone, but not its editing form.
  await expect(page.getByRole("button", { name: "Lưu hồ sơ" })).toHaveCount(0);
});

test("a network member's profile shows its programme's progress to an official of another city, without a way into the plan", async ({ page }) => {
  await signIn(page, demoUser("official"));
  await page.goto("/cities/ho-chi-minh-city");
  const plan = page.getByTestId("profile-plan");
  await expect(plan).toHaveCount(1);
  await expect(plan).toContainText("giai đoạn 2024–2030");
  await expect(plan.getByRole("cell").first()).toHaveText("2024–2030");
  await expect(plan.getByRole("link")).toHaveCount(0);
});
