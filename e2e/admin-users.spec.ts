import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";

test("an administrator adds an official, who then signs in to their city only; deactivation stops them", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demoUser("administrator"));
  await admin.getByRole("link", { name: "Quản trị" }).first().click();
  await admin.getByRole("link", { name: "Thêm người dùng" }).click();

  const email = `son-la-${Date.now()}@demo.hoctap.vn`;
  await admin.getByLabel("Thư điện tử").fill(email);
  await admin.getByLabel("Họ tên").fill("Lò Văn Sơn");
  await admin.getByLabel("Mật khẩu ban đầu").fill("ngắn");
  await admin.getByLabel("Vai trò").selectOption("official");
  await admin.getByRole("button", { name: "Tạo người dùng" }).click();
  // Translated errors next to the fields; what was typed stays.
  await expect(admin.getByText("Mật khẩu cần ít nhất 12 ký tự.")).toBeVisible();
  await expect(admin.getByText("Cán bộ thành phố phải thuộc một thành phố.")).toBeVisible();
  await expect(admin.getByLabel("Họ tên")).toHaveValue("Lò Văn Sơn");

  await admin.getByLabel("Mật khẩu ban đầu").fill("mat-khau-son-la-2026");
  await admin.getByLabel("Thành phố", { exact: true }).selectOption({ label: "Sơn La" });
  await admin.getByRole("button", { name: "Tạo người dùng" }).click();
  await expect(admin.getByRole("heading", { name: "Lò Văn Sơn" })).toBeVisible();
  const editUrl = admin.url();

  const official = await (await browser.newContext()).newPage();
  await signIn(official, email, "mat-khau-son-la-2026");
  await expect(official.getByTestId("city-row")).toHaveCount(1);
  await expect(official.getByTestId("city-row")).toContainText("Sơn La");

  await admin.goto(editUrl);
  await admin.getByRole("button", { name: "Khoá tài khoản" }).click();
  await expect(admin.getByText("Đã khoá")).toBeVisible();

  // The open session stops working at the next request, and signing in again is refused.
  await official.reload();
  await expect(official).toHaveURL(/\/sign-in/);
  await official.getByLabel("Thư điện tử").fill(email);
  await official.getByLabel("Mật khẩu").fill("mat-khau-son-la-2026");
  await official.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(official.getByRole("main").getByRole("alert")).toHaveText("Thư điện tử hoặc mật khẩu không đúng.");
});
