import { createRequire } from "node:module";
import { readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import fc from "fast-check";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { hostileString, scriptPayloads, unicodeEdges, xssFlag } from "../tests/robustness/arbitraries";
import { demoUser, signIn } from "./helpers";
import { callServerAction, serverActions } from "./server-actions";

// Hostile input through the real build. First, script payloads stored the way users store text
// (a discussion comment on the demo city's 2025 checklist, a plan, a task and a progress note, a
// new user's display name) and every page that shows them opened: no script may run, and the
// payload must read as text. Then hostile HTTP requests at every route handler and page, and
// hostile arguments at server actions: never a 500, and a refused action writes nothing.
//
// Other tests run beside this one on the same database. This file adds its own user and plan,
// touches the 2025 checklist only through a discussion thread (which no other test reads there),
// and never renames or deactivates a demo user.
test.describe.configure({ mode: "serial" });

const port = Number(process.env.E2E_PORT ?? 3100);
const origin = `http://localhost:${port}`;
const stamp = Date.now().toString(36);
const payload = `Robust ${stamp} ${scriptPayloads[0]}${scriptPayloads[1]}${scriptPayloads[2]}`;
const displayName = `Tên ${stamp} <img src=x onerror="window.${xssFlag}=1">`;
const email = `robust-${stamp}@demo.hoctap.vn`;
const password = "mat-khau-robust-2026";

/** Opens `url` and checks that nothing the users stored ran as script or became markup. */
async function expectInert(page: Page, url: string, shows: string[] = []) {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  await checkInert(page, shows);
}

async function checkInert(page: Page, shows: string[] = []) {
  expect(await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], xssFlag), `window.${xssFlag} on ${page.url()}`).toBeUndefined();
  // Next's own inline scripts carry the page's data, payloads included, as escaped JSON text;
  // a payload turned into markup would be an element of its own.
  await expect(page.locator(`[onerror*="${xssFlag}"], [onload*="${xssFlag}"], iframe[srcdoc]`)).toHaveCount(0);
  expect(await page.evaluate((flag) => [...document.scripts].filter((s) => s.textContent?.trim() === `window.${flag}=1`).length, xssFlag)).toBe(0);
  for (const text of shows) await expect(page.getByText(text).filter({ visible: true }).first(), `"${text}" shown as text on ${page.url()}`).toBeVisible();
}

const dialogs: string[] = [];
async function newPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return page;
}

let checklistUrl = "";
let planUrl = "";
let itemUrl = "";
let userUrl = "";

test("script payloads stored as a comment, a plan, a task, a progress note and a display name stay text on every page", async ({ browser }) => {
  test.slow();
  const admin = await newPage(browser);
  await signIn(admin, demoUser("administrator"));
  await admin.goto("/admin/users/new");
  await admin.getByLabel("Thư điện tử").fill(email);
  await admin.getByLabel("Họ tên").fill(displayName);
  await admin.getByLabel("Mật khẩu ban đầu").fill(password);
  await admin.getByLabel("Vai trò").selectOption("official");
  await admin.getByLabel("Thành phố", { exact: true }).selectOption({ label: "Thành phố Minh Hoà (dữ liệu mẫu)" });
  await admin.getByRole("button", { name: "Tạo người dùng" }).click();
  await expect(admin.getByRole("heading", { name: displayName })).toBeVisible();
  userUrl = admin.url();

  // The new official writes in the 2025 checklist's discussion of one indicator.
  const author = await newPage(browser);
  await signIn(author, email, password);
  await author.goto("/assessments");
  await author.getByTestId("assessment-row").filter({ hasText: "2025" }).filter({ hasText: "Minh Hoà" }).filter({ hasText: "xã hội học tập" }).getByRole("link").click();
  await expect(author.getByRole("heading", { name: /Minh Hoà.*2025/ })).toBeVisible();
  checklistUrl = author.url();
  const thread = author.locator('[data-testid="indicator-entry"][data-code="LCLAN"]').getByTestId("indicator-thread");
  await thread.getByRole("button", { name: /^Trao đổi \(/ }).click();
  await thread.getByLabel("Ý kiến của bạn về chỉ tiêu LCLAN").fill(payload);
  await thread.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(thread.getByTestId("thread-comment").filter({ hasText: stamp })).toContainText(displayName);
  await checkInert(author, [payload]);

  // A plan of the city's own, a task the new official owns, and a progress report on it.
  await author.goto("/action-plans");
  await author.getByRole("link", { name: "Tạo kế hoạch" }).click();
  await author.getByLabel("Tên kế hoạch (tiếng Việt)").fill(payload);
  await author.getByLabel("Năm bắt đầu").fill("2026");
  await author.getByLabel("Năm kết thúc").fill("2030");
  await author.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await expect(author.getByRole("heading", { level: 1, name: payload })).toBeVisible();
  planUrl = author.url();
  const form = author.getByTestId("item-form");
  await form.getByLabel("Loại", { exact: true }).selectOption("task");
  await form.getByLabel("Mã", { exact: true }).fill("1");
  await form.getByLabel("Tên (tiếng Việt)", { exact: true }).fill(payload);
  await form.getByLabel("Cơ quan chủ trì", { exact: true }).fill(payload);
  await form.getByLabel("Hạn hoàn thành", { exact: true }).fill("2030-06-30");
  await form.getByLabel("Người phụ trách", { exact: true }).selectOption(email);
  await form.getByRole("button", { name: "Thêm mục tiêu hoặc nhiệm vụ" }).click();
  const row = author.locator('[data-testid="plan-item-row"][data-code="1"]');
  await row.getByRole("link").first().click();
  await expect(author).toHaveURL(/\/items\//);
  itemUrl = author.url();
  const update = author.getByTestId("update-form");
  await update.getByLabel("Trạng thái", { exact: true }).selectOption("onTrack");
  await update.getByLabel("Tiến độ (%)").fill("10");
  await update.getByLabel("Ghi chú").fill(payload);
  await update.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(author.getByTestId("plan-update")).toContainText(payload);

  // Every page that shows what was stored, as the people who see it.
  await expectInert(author, checklistUrl);
  await author.locator('[data-testid="indicator-entry"][data-code="LCLAN"]').getByTestId("indicator-thread").getByRole("button", { name: /^Trao đổi \(/ }).click();
  await checkInert(author, [payload, displayName]);
  await expectInert(author, `${checklistUrl}/history`, [displayName]);
  await expectInert(author, `${checklistUrl}/report`);
  await expectInert(author, "/action-plans", [payload]);
  await expectInert(author, planUrl, [payload]);
  await expectInert(author, itemUrl, [payload, displayName]);
  await expectInert(author, `${planUrl}/timeline`, [payload]);
  await expectInert(author, "/my-tasks", [payload]);
  await expectInert(author, "/dashboard");
  await expectInert(author, "/notifications");

  const coordinator = await newPage(browser);
  await signIn(coordinator, demoUser("coordinator"));
  await expectInert(coordinator, "/notifications", [displayName]);
  await expectInert(coordinator, "/review");
  await expectInert(coordinator, `${checklistUrl}/history`, [displayName]);
  await expectInert(coordinator, itemUrl, [payload, displayName]);

  await expectInert(admin, "/admin/users", [displayName]);
  await expectInert(admin, userUrl);
  expect(dialogs).toEqual([]);
});

// ─── Hostile HTTP ───────────────────────────────────────────────────────────────────────────────

const appDir = path.join(process.cwd(), "app");
/** Every page and route handler of the app as a URL pattern, route groups dropped, sign-in's own routes aside. */
function appPaths(file: "page.tsx" | "route.ts") {
  return (readdirSync(appDir, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === file && !f.includes("[..."))
    .map((f) => "/" + path.dirname(f).split(path.sep).filter((s) => s !== "." && !/^\(.*\)$/.test(s)).join("/"));
}

const hostileSegments = ["%00", "..%2F..%2Fetc%2Fpasswd", encodeURIComponent(scriptPayloads[1]), "x".repeat(5000), encodeURIComponent(unicodeEdges[3]), "%C3%A9%CC%81"];
/** Percent-encoding that is no UTF-8 at all: a surrogate's bytes, a cut-off sequence, no hex. */
const brokenSegments = ["%ED%A0%80", "%E0%A4%A", "%ZZ"];
const hostileQuery = () =>
  fc.sample(
    fc.array(fc.tuple(fc.constantFrom("year", "framework", "city", "peer", "peers", "status", "sort", "lang", "table", "limit", "offset", "cursor", "indicator", "callbackUrl"), fc.oneof(hostileString.filter((s) => s.length < 3000), fc.constantFrom("-1", "NaN", "1e309", "javascript:alert(1)"))), { minLength: 1, maxLength: 4 }),
    { numRuns: 3, seed: 9 },
  ).map((pairs) => new URLSearchParams(pairs).toString());
const fill = (pattern: string, segment: string) => pattern.replace(/\[[^\]]+\]/g, segment);

test("hostile paths, query strings and bodies never get a 500 from a page or a route handler", async ({ browser }) => {
  test.slow();
  const page = await newPage(browser);
  await signIn(page, demoUser("official"));
  const request = page.request;
  const failures: string[] = [];
  const check = async (label: string, send: () => Promise<{ status(): number }>) => {
    const status = (await send()).status();
    if (status >= 500) failures.push(`${label} → ${status}`);
  };

  for (const route of [...appPaths("route.ts"), "/api/auth/session", "/api/auth/csrf", "/api/auth/providers"]) {
    for (const segment of route.includes("[") ? hostileSegments : [""]) {
      const url = fill(route, segment);
      for (const query of hostileQuery()) await check(`GET ${url}?${query.slice(0, 80)}`, () => request.get(`${url}?${query}`, { maxRedirects: 0 }));
    }
  }
  await check("GET /api/auth/session with a callback cookie next-auth cannot read", () => request.get("/api/auth/session", { headers: { cookie: "next-auth.callback-url=NaN" } }));
  for (const route of appPaths("page.tsx")) {
    for (const segment of route.includes("[") ? hostileSegments.slice(0, 3) : [""]) {
      const url = fill(route, segment);
      for (const query of hostileQuery().slice(0, 1)) await check(`GET ${url}?${query.slice(0, 80)}`, () => request.get(`${url}?${query}`, { maxRedirects: 0 }));
    }
  }

  // Uploads: garbage where a form is expected, the wrong content type, an unreadable boundary,
  // a body far over the limit, hostile field values and file names.
  const uploads = appPaths("route.ts").filter((r) => /evidence$|plan-files$|tasks\.xlsx$|template\.xlsx$/.test(r));
  const huge = Buffer.alloc(12 * 1024 * 1024, 0x41);
  for (const route of uploads) {
    const url = fill(route, "x");
    const bodies: [string, Parameters<typeof request.post>[1]][] = [
      ["garbage multipart", { headers: { "content-type": "multipart/form-data; boundary=zz" }, data: "--zz\r\ngarbage" }],
      ["no boundary", { headers: { "content-type": "multipart/form-data" }, data: "a=b" }],
      ["json", { headers: { "content-type": "application/json" }, data: '{"__proto__":{"x":1}}' }],
      ["text", { headers: { "content-type": "text/plain" }, data: scriptPayloads[0] }],
      ["empty", {}],
      ["huge", { headers: { "content-type": "application/octet-stream" }, data: huge }],
      ["hostile form", { multipart: { mode: "apply", digest: "\u0000", indicatorId: "%00", updateId: scriptPayloads[1], file: { name: "nul\u0000<script>.pdf", mimeType: "text/html", buffer: Buffer.from(scriptPayloads[0]) } } }],
      ["huge form", { multipart: { mode: "preview", indicatorId: "x", file: { name: "big.pdf", mimeType: "application/pdf", buffer: huge } } }],
    ];
    for (const [label, options] of bodies) await check(`POST ${url} (${label})`, () => request.post(url, { ...options, maxRedirects: 0 }));
  }
  expect(failures).toEqual([]);
});

// Next.js would answer these with a bare 500 before any app code runs; the proxy refuses them
// (lib/security/request-guard.ts).
test("a path with broken percent-encoding is refused with a 400, not a 500", async ({ request }) => {
  const statuses = [];
  for (const route of [...appPaths("route.ts"), ...appPaths("page.tsx")].filter((r) => r.includes("["))) {
    for (const segment of brokenSegments) statuses.push(`${fill(route, segment)} → ${(await request.get(fill(route, segment), { maxRedirects: 0 })).status()}`);
  }
  expect(statuses.filter((s) => !s.endsWith("→ 400"))).toEqual([]);
});

// ─── Hostile server-action arguments over HTTP ──────────────────────────────────────────────────

// Next.js would throw "Body exceeded 1 MB limit" into the action's answer (a 200 with an error row
// signed out, a 500 signed in); the proxy refuses such a body first.
test("a server-action body over the size limit is refused with a 413", async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page, demoUser("official"));
  const action = [...serverActions().values()].find((a) => a.name === "postCommentAction")!;
  const response = await page.request.post(action.page, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
    data: JSON.stringify([{ assessmentId: "x", indicatorId: "x", body: "ệ".repeat(1_500_000) }]),
  });
  expect(response.status()).toBe(413);
});

// Bodies no browser of the app sends, each of which Next.js or React would answer with a 500 (or
// leave waiting for a part that never comes): refused by the proxy with a 4xx and a message in the
// caller's language.
test("malformed server-action bodies, a foreign origin and an unbounded chunked body get a 4xx with a message, never a 500", async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page, demoUser("official"));
  const action = [...serverActions().values()].find((a) => a.name === "postCommentAction")!;
  const send = (data: string, headers: Record<string, string> = {}) =>
    page.request.post(action.page, { headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: origin, ...headers }, data, maxRedirects: 0 });
  const shapes: [string, string, Record<string, string>?][] = [
    ["empty", ""],
    ["not JSON", "{not json"],
    ["an object, not the argument list", '{"assessmentId":"x"}'],
    ["5,000 levels deep", "[".repeat(5000) + "]".repeat(5000)],
    ["a reference to a part never sent", '["$1"]'],
    ["a promise", '["$@2"]'],
    ["a Map", '[{"x":"$Q3"}]'],
    ["a server reference", '["$h4"]'],
    ["multipart", '--zz\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--zz--', { "Content-Type": "multipart/form-data; boundary=zz" }],
  ];
  const answers: string[] = [];
  for (const [label, data, headers] of shapes) {
    const response = await send(data, headers);
    const body = await response.json().catch(() => ({}));
    answers.push(`${label}: ${response.status()} ${typeof body.message === "string" && body.message.length > 0 ? "with a message" : "without a message"}`);
  }
  expect(answers).toEqual(shapes.map(([label]) => `${label}: 400 with a message`));

  const foreign = await send(JSON.stringify([{ assessmentId: "x", indicatorId: "x", body: "x" }]), { Origin: "http://localhost:9999" });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).message).toBe("Bạn không có quyền thực hiện thao tác này.");

  // A body sent in chunks with no length at all, past the limit: refused once the limit is read.
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const chunked = await new Promise<number>((resolve, reject) => {
    const request = http.request(`${origin}${action.page}`, { method: "POST", headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Origin: origin, Cookie: cookies, "Transfer-Encoding": "chunked" } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
    const chunk = "x".repeat(64 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent < 40) {
        sent++;
        if (!request.write(sent === 1 ? `["${chunk}` : chunk)) return void request.once("drain", pump);
      }
      request.end('"]');
    };
    pump();
  });
  expect(chunked).toBe(413);
});

test("the credentials callback answers a GET and a posted callback address it cannot read with a 4xx", async ({ request }) => {
  const get = await request.get("/api/auth/callback/credentials", { maxRedirects: 0 });
  expect(get.status()).toBe(405);
  expect((await get.json()).message).toBeTruthy();
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  for (const callbackUrl of ["NaN", "javascript:alert(1)", "http://"]) {
    const post = await request.post("/api/auth/callback/credentials", { form: { email: "khong-co@demo.hoctap.vn", password: "x", csrfToken, callbackUrl, json: "true" }, maxRedirects: 0 });
    expect(post.status(), callbackUrl).toBe(400);
  }
});

interface Sqlite {
  prepare(sql: string): { get(...params: unknown[]): unknown };
  close(): void;
}
function openDatabase(): Sqlite {
  const Database = createRequire(path.join(process.cwd(), "package.json"))("better-sqlite3") as new (file: string, options: object) => Sqlite;
  return new Database(path.join(process.cwd(), `data/e2e-${port}.db`), { readonly: true, fileMustExist: true, timeout: 10_000 });
}

test("server actions called over HTTP with hostile arguments refuse them in words and write nothing", async ({ browser }) => {
  const page = await newPage(browser);
  await signIn(page, demoUser("official"));
  const actions = serverActions();
  const action = (name: string) => [...actions.values()].find((a) => a.name === name)!;
  const database = openDatabase();
  const ids = database.prepare(
    `SELECT a."id" AS "assessmentId", i."id" AS "indicatorId", a."cityId" AS "cityId" FROM "Assessment" a JOIN "City" c ON c."id" = a."cityId" JOIN "Framework" f ON f."id" = a."frameworkId" JOIN "Indicator" i ON i."frameworkId" = f."id" WHERE c."slug" = 'demo-city' AND f."code" = 'vn-learning-society' AND a."year" = 2025 AND i."code" = 'LCLAN'`,
  ).get() as { assessmentId: string; indicatorId: string; cityId: string };
  const marker = `robust-${stamp}-action`;
  const hostileTexts = [`${marker}\u0000`, `${marker}\uD800`, `${marker}${"x".repeat(30_000)}`, `${marker}\uDC00${scriptPayloads[0]}`];
  const wrong = [null, 12, [marker], { marker }, true, Number.NaN];
  const calls: [string, unknown][] = [
    ...hostileTexts.map((body) => ["postCommentAction", { assessmentId: ids.assessmentId, indicatorId: ids.indicatorId, body }] as [string, unknown]),
    ...wrong.map((body) => ["postCommentAction", { assessmentId: ids.assessmentId, indicatorId: ids.indicatorId, body }] as [string, unknown]),
    ...hostileTexts.map((titleVi) => ["createPlanAction", { cityId: ids.cityId, titleVi, startYear: 2026, endYear: 2030 }] as [string, unknown]),
    ["createPlanAction", { cityId: ids.cityId, titleVi: marker, startYear: Number.NaN, endYear: -Infinity }],
    ["createPlanAction", { cityId: ids.cityId, titleVi: marker, startYear: 1e308, endYear: "2030" }],
    ...wrong.map((input) => ["saveResponseAction", input] as [string, unknown]),
    ["saveResponseAction", { assessmentId: ids.assessmentId, indicatorId: ids.indicatorId, revision: -1, numerator: Number.NaN, denominator: Infinity, value: null, text: marker, dataYear: 1e9, comment: null, evidenceNote: null, evidenceLinks: [] }],
    ...hostileTexts.map((text) => ["saveResponseAction", { assessmentId: ids.assessmentId, indicatorId: ids.indicatorId, revision: 999_999, numerator: null, denominator: null, value: null, text, dataYear: null, comment: text, evidenceNote: null, evidenceLinks: [text] }] as [string, unknown]),
  ];
  const failures: string[] = [];
  for (const [name, input] of calls) {
    const label = `${name} ${JSON.stringify(input).slice(0, 120)}`;
    const call = await callServerAction(page.request, action(name), [input], origin).catch((error: Error) => ({ status: 0, result: error.message, headers: {} }));
    if (call.status >= 500 || call.status === 0) failures.push(`${label} → HTTP ${call.status} ${String(call.result).slice(0, 200)}`);
    else if ((call.result as { ok?: unknown }).ok !== false) failures.push(`${label} → accepted: ${JSON.stringify(call.result).slice(0, 200)}`);
  }
  const written = database.prepare(`SELECT COUNT(*) AS "n" FROM "AuditEvent" WHERE "after" LIKE ? OR "before" LIKE ?`).get(`%${marker}%`, `%${marker}%`) as { n: number };
  database.close();
  expect(failures).toEqual([]);
  expect(written.n, "audit events mentioning the refused text").toBe(0);
});
