import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

test("an official cannot open the admin pages by changing the URL, and reads network members' public profiles without editing them", async ({ page }) => {
  await signIn(page, demoUser("official"));
  for (const path of ["/admin/users", "/admin/users/new", "/admin/reference-data"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  }
  // Network members hold only public facts: their profiles are open to every signed-in user,
  // read-only. (Another taking-part city's page stays 404: server/cities/cities.test.ts.)
  for (const path of ["/cities/ha-noi", "/cities/ho-chi-minh-city"]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.getByRole("button", { name: "Lưu hồ sơ" })).toHaveCount(0);
  }
  await page.goto("/cities/demo-city");
  await expect(page.getByRole("heading", { name: "Thành phố Minh Hoà (dữ liệu mẫu)" })).toBeVisible();
});

test("an official cannot change another city by changing the form", async ({ browser }) => {
  // An administrator's view tells us Hà Nội's record id and current population.
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, demoUser("administrator"));
  await adminPage.goto("/cities/ha-noi");
  // The hidden id is filled in once the form's script has run.
  await expect(adminPage.locator('input[name="cityId"]')).not.toHaveValue("");
  const haNoiId = await adminPage.locator('input[name="cityId"]').inputValue();

  const page = await (await browser.newContext()).newPage();
  await signIn(page, demoUser("official"));
  await page.goto("/cities/demo-city");
  await expect(page.locator('input[name="cityId"]')).not.toHaveValue("");
  const ownId = await page.locator('input[name="cityId"]').inputValue();
  // Rewrite the city id in the request the form sends, as someone with a proxy or the
  // browser's developer tools would.
  await page.route("**/cities/demo-city", async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body) return route.continue();
    await route.continue({ postData: body.replaceAll(ownId, haNoiId) });
  });
  await page.getByLabel("Dân số", { exact: true }).fill("999");
  await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(page.getByRole("status")).toHaveText("Bạn không có quyền thực hiện thao tác này.");
  // Nothing typed is lost.
  await expect(page.getByLabel("Dân số", { exact: true })).toHaveValue("999");

  await adminPage.reload();
  await expect(adminPage.getByLabel("Dân số", { exact: true })).not.toHaveValue("999");

  // The same form, sent as it is, saves.
  await page.unrouteAll();
  await page.getByLabel("Dân số", { exact: true }).fill("415000");
  await page.getByRole("button", { name: "Lưu hồ sơ" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu.");
  await page.reload();
  await expect(page.getByText("415.000 (năm 2025)")).toBeVisible();
});

test("a coordinator sees exactly the cities assigned to them", async ({ page }) => {
  await signIn(page, demoUser("coordinator"));
  const rows = page.getByTestId("city-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "Hà Nội" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Thành phố Hồ Chí Minh" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Sơn La" })).toHaveCount(0);
  // Sơn La is not theirs to follow, though its public profile opens, read-only.
  expect((await page.goto("/cities/son-la"))?.status()).toBe(200);
  await expect(page.getByRole("button", { name: "Lưu hồ sơ" })).toHaveCount(0);
});
