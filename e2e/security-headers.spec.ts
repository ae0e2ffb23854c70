import { expect, test, type Page } from "@playwright/test";
import seed from "../prisma/data/action-plans.json";
import { demoUser, signIn } from "./helpers";

type Headers = Record<string, string>;

/** The nonce of a response's content security policy, after checking the headers every response carries. */
function expectHardened(headers: Headers): string {
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
  const policy = headers["content-security-policy"];
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-eval");
  const nonce = policy.match(/script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/)?.[1];
  expect(nonce, policy).toBeTruthy();
  return nonce!;
}

/** Every script tag of a rendered page carries the response's nonce, or the browser would block it. */
function expectScriptsCarry(html: string, nonce: string) {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
}

test("pages, 404 pages and JSON routes carry the headers, each with a fresh nonce the page's scripts carry", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const [firstNonce, secondNonce] = [expectHardened(first.headers()), expectHardened(second.headers())];
  expect(firstNonce).not.toBe(secondNonce);
  expectScriptsCarry(await first.text(), firstNonce);
  expectScriptsCarry(await second.text(), secondNonce);

  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectScriptsCarry(await missing.text(), expectHardened(missing.headers()));

  const json = await request.get("/api/health");
  expect(json.headers()["content-type"]).toContain("application/json");
  expect([firstNonce, secondNonce]).not.toContain(expectHardened(json.headers()));

  // The public open-data API still lets any site read it.
  const openData = await request.get("/api/open-data/v1/cities");
  expectHardened(openData.headers());
  expect(openData.headers()["access-control-allow-origin"]).toBe("*");

  // Plain http (the demo): no https pinning, no upgrading to an https that is not there.
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
  expect(first.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
});

test("behind a TLS proxy, browsers are told to stay on https", async ({ request }) => {
  const response = await request.get("/sign-in", { headers: { "X-Forwarded-Proto": "https" } });
  expectHardened(response.headers());
  expect(response.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
});

test("a server action's answer carries the headers too", async ({ page }) => {
  await page.goto("/sign-in");
  const action = page.waitForResponse((response) => response.request().method() === "POST" && !!response.request().headers()["next-action"]);
  await page.getByRole("button", { name: "English" }).click();
  expectHardened(await (await action).allHeaders());
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("signing in sets the session cookie HttpOnly and SameSite=Lax, not Secure over plain http", async ({ page }) => {
  const callback = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await signIn(page, demoUser("viewer"));
  const cookies = (await (await callback).headersArray()).filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
  const session = cookies.find((cookie) => cookie.startsWith("next-auth.session-token="));
  expect(session, cookies.join("\n")).toBeTruthy();
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  expect(session).not.toMatch(/;\s*Secure/i);
  // Scripts in the page cannot read it.
  expect(await page.evaluate(() => document.cookie)).not.toContain("next-auth.session-token");
});

/** Collects what the policy refused (scripts, eval, styles, connections) and uncaught errors. */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  // Chrome logs most refusals to the console; the event also catches refusals a library swallows.
  void page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy refused ${event.blockedURI} (${event.violatedDirective})`)),
  );
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) violations.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => violations.push(`${page.url()}: ${error.message}`));
  return violations;
}

test("the key pages run under the policy without a violation, and stored files keep their sandboxing policy", async ({ page }) => {
  test.slow();
  const violations = watchPolicyViolations(page);
  // The sign-in page, its form's validation and the dashboard.
  await signIn(page, demoUser("official"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // The checklist, with an evidence file uploaded through it (an indicator no other test uses).
  await page.goto("/assessments");
  await page.getByTestId("assessment-row").filter({ hasText: "2025" }).filter({ hasText: "Minh Hoà" }).filter({ hasText: "xã hội học tập" }).getByRole("link").click();
  const entry = page.locator('[data-testid="indicator-entry"][data-code="LCIT-OFFICIAL"]');
  await entry.getByText("Minh chứng (không bắt buộc)").click();
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  await entry.getByLabel("Tải tệp minh chứng lên").setInputFiles({ name: "bien-ban.pdf", mimeType: "application/pdf", buffer: pdf });
  const link = entry.getByTestId("evidence-file").getByRole("link", { name: "bien-ban.pdf" }).first();
  await expect(link).toBeVisible();
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["x-frame-options"]).toBe("DENY");

  // Compare, with its bar charts and radar.
  await page.goto("/compare?framework=vn-learning-society&year=2025&peers=members");
  await expect(page.locator('[data-indicator="LF"]').getByRole("img").first()).toBeVisible();

  // The action plan's timeline, and its spreadsheet download.
  await page.goto("/action-plans");
  const title = seed.plans.find((plan) => plan.city === "demo-city")!.titleVi;
  await page.getByTestId("plan-row").getByRole("link", { name: title, exact: true }).click();
  await expect(page).toHaveURL(/\/action-plans\/[^/]+$/);
  const planId = new URL(page.url()).pathname.split("/").pop();
  await page.goto(`/action-plans/${planId}/timeline`);
  await expect(page.getByTestId("timeline-chart")).toBeVisible();
  const spreadsheet = await page.request.get(`/api/action-plans/${planId}/tasks.xlsx`);
  expect(spreadsheet.status()).toBe(200);
  expect(spreadsheet.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
  expect(spreadsheet.headers()["content-disposition"]).toMatch(/^attachment;/);

  expect(violations).toEqual([]);
});
