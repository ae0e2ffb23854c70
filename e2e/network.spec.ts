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
  await expect(page.getByRole("img", { name: /to 425 members in 91 countries \(04\/12\/2025\)/ })).toBeVisible();
  const rows = page.getByTestId("network-stat-row");
  await expect(rows).toHaveCount(5);
  const december2025 = rows.filter({ has: page.getByRole("rowheader", { name: "04/12/2025" }) });
  // The source names the publications, not the project's working notes (it read "seed articles 001, 002").
  await expect(december2025.getByRole("cell")).toHaveText(["72 (from 46 countries)", "425", "91", "498,000,000", /^Source: Báo chí Việt Nam về đợt kết nạp tháng 12\/2025/]);
  await expect(page.getByRole("main")).not.toContainText(/seed/i);
  await expect(rows.first().getByRole("link", { name: "UIL, uil.unesco.org" })).toHaveAttribute("href", "https://uil.unesco.org");

  await expect(page.getByTestId("member-name")).toHaveText(["Sa Dec", "Vinh", "Cao Lanh", "Son La", "Ho Chi Minh City", "Hanoi"]);
  await expect(page.getByTestId("member-item").last()).toContainText("Admitted: 04/12/2025");
  await expect(page.getByTestId("membership-requirements")).toContainText("at most 3 new cities per country");
});

test("an official opens Hà Nội's profile and reads its published figures with their source", async ({ page }) => {
  await signIn(page, demoUser("official"));
  const response = await page.goto("/cities/ha-noi");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Hà Nội" })).toBeVisible();
  // Two figures for learning families, each with its basis: 67% of all households at the
  // admission, and the association's 89.06% of registered households a year earlier.
  const families = page.getByTestId("published-figure").filter({ hasText: "Tỷ lệ gia đình học tập" });
  await expect(families).toHaveCount(2);
  await expect(families.first().getByRole("cell")).toHaveText(["2025", "67%", "1.420.000", "tỷ lệ trên tổng số", /^Nguồn: VnExpress; CafeF, 12\/2025/]);
  await expect(families.last().getByRole("cell")).toHaveText(["2024", "89,1%", "1.669.074", "tỷ lệ trên số đã đăng ký", /^Nguồn: vietnam\.vn: báo cáo của Hội Khuyến học thành phố Hà Nội.*số liệu đến 19\/12\/2024/]);
  // Its area with year and source; no published population.
  await expect(page.getByText("3.359,82 km² (năm 2025)")).toBeVisible();
  await expect(page.getByRole("main")).toContainText("126 đơn vị cấp xã");
  await expect(page.getByRole("main")).not.toContainText(/seed/i);
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
