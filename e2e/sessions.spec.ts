import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { demoUser, signIn } from "./helpers";
import { mainServerPort } from "./ports";
import { callServerAction, serverActions } from "./server-actions";

// Sessions end for real: a cookie copied before signing out, a password reset, a change of role
// or city, or a deactivation stops it at its next request, on any device. Every user here is made
// for the test, so ending their sessions never signs out another test's browser.
const origin = `http://localhost:${mainServerPort}`;
const password = "phien-lam-viec-2026";
const stamp = Date.now().toString(36);

function demoCityId(): string {
  const Database = createRequire(path.join(process.cwd(), "package.json"))("better-sqlite3") as new (file: string, options: object) => {
    prepare(sql: string): { get(): unknown };
    close(): void;
  };
  const sqlite = new Database(path.join(process.cwd(), `data/e2e-${mainServerPort}.db`), { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    return (sqlite.prepare(`SELECT "id" FROM "City" WHERE "slug" = 'demo-city'`).get() as { id: string }).id;
  } finally {
    sqlite.close();
  }
}

type Role = "administrator" | "coordinator" | "official" | "viewer";
const placement = (role: Role, cityId: string) =>
  role === "official" ? { cityId } : role === "coordinator" ? { assignedCityIds: [cityId] } : role === "viewer" ? { coversAllCities: true } : {};

let admin: Page;
const action = (name: string) => [...serverActions().values()].find((a) => a.name === name)!;
async function asAdmin(name: string, input: unknown) {
  const { result } = await callServerAction(admin.request, action(name), [input], origin);
  expect(result, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: true });
  return result as { ok: true; value: { id: string } };
}

/** A user of the role, made by the administrator, with their id and e-mail. */
async function makeUser(role: Role, label: string) {
  const email = `phien-${label}-${role}-${stamp}@demo.hoctap.vn`;
  const created = await asAdmin("createUserAction", { email, password, name: `Phiên ${label} ${role}`, role, locale: "vi", ...placement(role, demoCityId()) });
  return { id: created.value.id, email, role };
}

/** Signed in in a browser of its own, through next-auth's credentials form as the sign-in page posts it. */
async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const { csrfToken } = await (await context.request.get("/api/auth/csrf")).json();
  const response = await context.request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken, json: "true" } });
  expect(new URL((await response.json()).url).searchParams.get("error"), `signing in as ${email}`).toBeNull();
  const page = await context.newPage();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: /Xin chào/ })).toBeVisible();
  return { context, page };
}
async function copyOf(browser: Browser, from: BrowserContext): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies(await from.cookies());
  return context.newPage();
}

async function expectSignedOut(page: Page, label: string) {
  await page.goto("/dashboard");
  await expect(page, label).toHaveURL(/\/sign-in/);
  expect(await (await page.request.get("/api/auth/session")).json(), `${label}: the session endpoint`).toEqual({});
}

test.beforeAll(async ({ browser }) => {
  admin = await (await browser.newContext()).newPage();
  await signIn(admin, demoUser("administrator"));
});

test("a cookie copied before signing out stops working when its browser signs out; another device stays signed in", async ({ browser }) => {
  test.slow();
  const user = await makeUser("official", "copy");
  const first = await signedIn(browser, user.email);
  const copied = await copyOf(browser, first.context);
  const other = await signedIn(browser, user.email);
  await copied.goto("/dashboard");
  await expect(copied.getByRole("heading", { name: /Xin chào/ })).toBeVisible();

  await first.page.getByTestId("user-name").click();
  await first.page.getByRole("menuitem", { name: "Đăng xuất", exact: true }).click();
  await expect(first.page).toHaveURL(/\/sign-in/);

  await expectSignedOut(copied, "the copied cookie");
  const refused = await callServerAction(copied.request, action("saveResponseAction"), [{}], origin);
  expect(refused.result).toMatchObject({ ok: false, reason: "forbidden" });
  await other.page.goto("/dashboard");
  await expect(other.page.getByRole("heading", { name: /Xin chào/ })).toBeVisible();
});

test("a password reset, a change of role or city and a deactivation end every session of the user", async ({ browser }) => {
  test.slow();
  const cases: [string, (user: { id: string; email: string; role: Role }) => Promise<unknown>][] = [
    ["password reset", (user) => asAdmin("resetPasswordAction", { userId: user.id, password })],
    ["role change", (user) => asAdmin("updateUserAction", { userId: user.id, name: "Phiên vai trò", role: "viewer", coversAllCities: true, assignedCityIds: [], cityId: null, locale: "vi" })],
    ["deactivation, then reactivation", async (user) => {
      await asAdmin("setUserActiveAction", { userId: user.id, active: false });
      await asAdmin("setUserActiveAction", { userId: user.id, active: true });
    }],
  ];
  for (const [label, change] of cases) {
    const user = await makeUser("official", label.split(/\W/)[0]);
    const first = await signedIn(browser, user.email);
    const second = await signedIn(browser, user.email);
    const copied = await copyOf(browser, first.context);
    await change(user);
    for (const [device, page] of [["first", first.page], ["second", second.page], ["copied", copied]] as const) await expectSignedOut(page, `${label}: ${device} device`);
    // Signing in afresh works, with what the account is now.
    const again = await signedIn(browser, user.email);
    await expect(again.page.getByRole("heading", { name: /Xin chào/ })).toBeVisible();
  }
});

test("signing out everywhere ends the sessions of every role on every device", async ({ browser }) => {
  test.slow();
  for (const role of ["administrator", "coordinator", "official", "viewer"] as const) {
    const user = await makeUser(role, "everywhere");
    const first = await signedIn(browser, user.email);
    const second = await signedIn(browser, user.email);
    await first.page.getByTestId("user-name").click();
    await first.page.getByRole("menuitem", { name: "Đăng xuất trên mọi thiết bị" }).click();
    await expect(first.page, role).toHaveURL(/\/sign-in/);
    await expectSignedOut(second.page, `${role}: the other device`);
  }
});
