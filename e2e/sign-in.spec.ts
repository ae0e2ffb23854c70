import { expect, test } from "@playwright/test";
import { demoPassword, demoUser, signIn } from "./helpers";
import { languageUsers } from "./language-users";

test("an official signs in in Vietnamese, switches to English and sees their dashboard", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();

  // This test switches to English, which is saved for its official: one of its own.
  await signIn(page, languageUsers.signIn.email, demoPassword);
  await expect(page.getByRole("heading", { name: `Xin chào, ${languageUsers.signIn.name}` })).toBeVisible();
  await expect(page.getByTestId("user-role")).toHaveText("Cán bộ thành phố");
  const rows = page.getByTestId("city-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Thành phố Minh Hoà");
  await expect(rows.first()).toContainText("Ứng viên");
  // Vietnamese number format: dots group thousands. (Another test edits the figure itself.)
  await expect(rows.first().getByRole("cell").last()).toHaveText(/^\d{1,3}(\.\d{3})+$/);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: `Hello, ${languageUsers.signIn.name}` })).toBeVisible();
  await expect(page.getByTestId("user-role")).toHaveText("City official");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Dashboard" }).first()).toBeVisible();
  await expect(rows.first()).toContainText("Minh Hoa City");
  await expect(rows.first().getByRole("cell").last()).toHaveText(/^\d{1,3}(,\d{3})+$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // The choice stays after a reload.
  await page.reload();
  await expect(page.getByRole("heading", { name: /Hello/ })).toBeVisible();

  await page.getByTestId("user-name").click();
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a wrong password gets a clear message and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Thư điện tử").fill(demoUser("coordinator"));
  await page.getByLabel("Mật khẩu").fill("not-the-password");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Thư điện tử hoặc mật khẩu không đúng.");
  await expect(page.getByLabel("Thư điện tử")).toHaveValue(demoUser("coordinator"));
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Thư điện tử").fill("không-phải-email");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText("Địa chỉ thư điện tử không hợp lệ.")).toBeVisible();
});

test("repeated failures on one account are refused for a while", async ({ page }) => {
  test.slow();
  const email = "khong-ton-tai@demo.hoctap.vn";
  await page.goto("/sign-in");
  await page.getByLabel("Thư điện tử").fill(email);
  for (let i = 0; i < 8; i++) {
    await page.getByLabel("Mật khẩu").fill(`guess-${i}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Thư điện tử hoặc mật khẩu không đúng.");
  }
  await page.getByLabel("Mật khẩu").fill(demoPassword);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Đăng nhập sai quá nhiều lần");
});

test("a sign-in link that names another site as the way back lands on the app's own dashboard", async ({ page, baseURL }) => {
  for (const callbackUrl of ["/\\evil.example/x", "/\t/evil.example/x", "//evil.example/x", "https://evil.example/x"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Thư điện tử").fill(demoUser("viewer"));
    await page.getByLabel("Mật khẩu").fill(demoPassword);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page, JSON.stringify(callbackUrl)).toHaveURL(`${baseURL}/dashboard`);
  }
  // A path of the app itself is still where the link leads.
  await page.context().clearCookies();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/network")}`);
  await page.getByLabel("Thư điện tử").fill(demoUser("viewer"));
  await page.getByLabel("Mật khẩu").fill(demoPassword);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(`${baseURL}/network`);
});

test("next-auth's own answer after signing in never points at another site", async ({ request, baseURL }) => {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email: demoUser("viewer"), password: demoPassword, csrfToken, callbackUrl: "https://evil.example/x", json: "true" },
    maxRedirects: 0,
  });
  const { url } = await response.json();
  expect(new URL(url).origin).toBe(baseURL);
});

test("the language a user chose last time applies when they sign in on a new browser", async ({ page }) => {
  // The demo viewer works in English; this browser has never been told.
  await signIn(page, demoUser("viewer"));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Dashboard" }).first()).toBeVisible();
  // Someone whose language is Vietnamese starts in it, whatever this browser showed before.
  await page.context().clearCookies();
  await signIn(page, demoUser("coordinator"));
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});
