import { expect, type Page } from "@playwright/test";
import demo from "../prisma/data/demo-users.json";

export const demoPassword = demo.password;
export const demoUser = (role: "administrator" | "coordinator" | "official" | "viewer") => demo.users.find((u) => u.role === role)!.email;

export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/sign-in");
  await page.getByLabel(/Thư điện tử|E-mail/).fill(email);
  await page.getByLabel(/Mật khẩu|Password/).fill(password);
  await page.getByRole("button", { name: /^(Đăng nhập|Sign in)$/ }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}
