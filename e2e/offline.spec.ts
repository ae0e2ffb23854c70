import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page, type Route } from "@playwright/test";
import { demoPassword, demoUser, signIn } from "./helpers";
import { offlineChecklist } from "./offline-checklist";

// The demo city's 2021 learning-society draft, which only this file fills in (seed-checklists.ts).
test.describe.configure({ mode: "serial" });

const entry = (page: Page, code: string) => page.locator(`[data-testid="indicator-entry"][data-code="${code}"]`);
const badge = (page: Page, code: string) => entry(page, code).getByTestId("save-state");
const boxes = (page: Page, code: string) => entry(page, code).locator("input:not([type=file])");
const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function openChecklist(page: Page): Promise<string> {
  await page.goto("/assessments");
  await page
    .getByTestId("assessment-row")
    .filter({ hasText: String(offlineChecklist.year) })
    .filter({ hasText: "Minh Hoà" })
    .filter({ hasText: "xã hội học tập" })
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { name: new RegExp(`Minh Hoà.*${offlineChecklist.year}`) })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The service worker controls the page and keeps it (the first visit's page included). */
async function keptForOffline(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(async () => !!(await (await caches.open("hoctap-pages")).match(location.pathname)))).toBe(true);
}

/** Serious or critical WCAG 2.1 A/AA violations on the page as it stands (the offline states are not in the accessibility spec's pages). */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(" ")}: ${v.help}`));
}

// The browser's offline mode does not reach what the service worker fetches, so those requests
// are cut as well, as a dropped connection would.
const cut = (route: Route) => route.abort("internetdisconnected");
async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route("**/*", cut);
}
async function goOnline(context: BrowserContext) {
  await context.unroute("**/*", cut);
  await context.setOffline(false);
}

/** The official, in a browser of their own, on the offline draft, with the page kept for offline use. */
async function officialOnKeptChecklist(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoUser("official"));
  const path = await openChecklist(page);
  await keptForOffline(page);
  return { context, page, path };
}

test("answers typed offline survive a reload and a closed page, go out when the network is back, and a change made meanwhile is shown, not overwritten", async ({ browser }) => {
  const kept = await officialOnKeptChecklist(browser);
  const { context, path } = kept;
  let { page } = kept;
  const connection = page.getByTestId("connection");
  await expect(connection).toHaveAttribute("data-state", "online");
  // Saved online after the page was kept: an offline reload shows it, not the older kept page.
  await boxes(page, "LU").nth(0).fill("40");
  await boxes(page, "LU").nth(1).fill("100");
  await expect(badge(page, "LU")).toHaveText("Đã lưu");

  await goOffline(context);
  await expect(connection).toHaveAttribute("data-state", "offline");
  await boxes(page, "LF").nth(0).fill("600");
  await boxes(page, "LF").nth(1).fill("1000");
  await expect(badge(page, "LF")).toHaveText("Chờ mạng: đã giữ trên thiết bị");
  await boxes(page, "LCLAN").nth(0).fill("50");
  await boxes(page, "LCLAN").nth(1).fill("100");
  await expect(badge(page, "LCLAN")).toHaveText("Chờ mạng: đã giữ trên thiết bị");
  // A file chosen offline waits on the device too, within the device's limit.
  const lf = entry(page, "LF");
  await lf.getByText("Minh chứng (không bắt buộc)").click();
  await lf.getByLabel("Tải tệp minh chứng lên").setInputFiles({ name: "Biên bản 2021.pdf", mimeType: "application/pdf", buffer: pdf });
  await expect(lf.getByTestId("evidence-file-queued")).toContainText("Biên bản 2021.pdf");
  await expect(lf.getByTestId("evidence-file-queued")).toContainText("chờ mạng để tải lên");
  await lf.getByLabel("Tải tệp minh chứng lên").setInputFiles({ name: "Ảnh chụp.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(6 * 1024 * 1024, 32) });
  await expect(lf.getByTestId("evidence-error")).toHaveText("Khi không có mạng, thiết bị chỉ giữ tệp đến 5 MB; hãy tải tệp này lên khi có mạng.");
  await expect(connection).toContainText("Không có mạng · 2 câu trả lời chờ gửi · 1 tệp chờ tải lên");
  // What needs the server says so instead of being tried.
  await expect(page.getByRole("button", { name: "Hoàn thành" })).toBeDisabled();
  await expect(page.getByText("Cần có mạng để hoàn thành phiếu; các câu trả lời vẫn nhập được.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // A reload without a network shows the kept page with the answers typed since.
  await page.reload();
  await expect(boxes(page, "LU").nth(0)).toHaveValue("40");
  await expect(boxes(page, "LF").nth(0)).toHaveValue("600");
  await expect(boxes(page, "LF").nth(1)).toHaveValue("1000");
  await expect(badge(page, "LF")).toHaveText("Chờ mạng: đã giữ trên thiết bị");
  await entry(page, "LF").getByText("Minh chứng (không bắt buộc)").click();
  await expect(entry(page, "LF").getByTestId("evidence-file-queued")).toContainText("Biên bản 2021.pdf");

  // So does a page opened afresh after the first one was closed.
  await page.close();
  page = await context.newPage();
  await page.goto(path);
  await expect(boxes(page, "LCLAN").nth(0)).toHaveValue("50");
  await expect(badge(page, "LCLAN")).toHaveText("Chờ mạng: đã giữ trên thiết bị");

  // Meanwhile someone else changes one of those answers on the server.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, demoUser("administrator"));
  await other.goto(path);
  await boxes(other, "LCLAN").nth(0).fill("70");
  await boxes(other, "LCLAN").nth(1).fill("100");
  await expect(badge(other, "LCLAN")).toHaveText("Đã lưu");

  await goOnline(context);
  const summary = page.getByTestId("sync-summary");
  await expect(summary.getByTestId("sync-sent")).toHaveText("Máy chủ đã nhận 1 câu trả lời.");
  await expect(summary.getByTestId("sync-files-sent")).toHaveText("Đã tải lên 1 tệp.");
  await expect(summary.getByTestId("sync-conflicts")).toContainText("LCLAN");
  await expect(badge(page, "LF")).toHaveText("Đã lưu");
  const conflict = entry(page, "LCLAN").getByTestId("conflict");
  await expect(conflict).toContainText("70 / 100");
  await expect(boxes(page, "LCLAN").nth(0)).toHaveValue("50");
  expect(await seriousViolations(page)).toEqual([]);
  await conflict.getByRole("button", { name: "Giữ bản của tôi" }).click();
  await expect(badge(page, "LCLAN")).toHaveText("Đã lưu");
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "online");

  // On the server: the other user sees both answers, and the history says when each was typed.
  await other.reload();
  await expect(boxes(other, "LF").nth(0)).toHaveValue("600");
  await expect(entry(other, "LF").getByTestId("evidence-file").getByRole("link", { name: "Biên bản 2021.pdf" })).toBeAttached();
  await expect(boxes(other, "LCLAN").nth(0)).toHaveValue("50");
  await other.goto(`${path}/history`);
  await expect(other.getByTestId("typed-offline").first()).toContainText("khi chưa gửi được");

  // Signing out takes the device's copy with it.
  await page.getByTestId("user-name").click();
  await page.getByRole("menuitem", { name: "Đăng xuất", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  const left = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name).filter((name) => name?.startsWith("hoctap-device")),
    pages: await caches.has("hoctap-pages"),
  }));
  expect(left).toEqual({ databases: [], pages: false });
  // The next person on this browser finds nothing of it.
  await signIn(page, demoUser("administrator"));
  await page.goto(path);
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "online");
  await expect(entry(page, "LF").getByTestId("evidence-file-queued")).toHaveCount(0);
  await context.close();
});

test("answers kept offline while the session ends wait for the user to sign in again, and are never dropped", async ({ browser }) => {
  const { context, page, path } = await officialOnKeptChecklist(browser);

  await goOffline(context);
  await boxes(page, "LCOM").nth(0).fill("30");
  await boxes(page, "LCOM").nth(1).fill("100");
  await expect(badge(page, "LCOM")).toHaveText("Chờ mạng: đã giữ trên thiết bị");
  // Hours offline: the session ends meanwhile.
  await context.clearCookies();
  await goOnline(context);
  const connection = page.getByTestId("connection");
  await expect(connection).toHaveAttribute("data-state", "held");
  await expect(connection).toContainText("đăng nhập lại để gửi");
  await expect(badge(page, "LCOM")).toHaveText("Chờ mạng: đã giữ trên thiết bị");

  await connection.click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Thư điện tử").fill(demoUser("official"));
  await page.getByLabel("Mật khẩu").fill(demoPassword);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByTestId("sync-summary").getByTestId("sync-sent")).toHaveText("Máy chủ đã nhận 1 câu trả lời.");
  await expect(badge(page, "LCOM")).toHaveText("Đã lưu");
  await page.reload();
  await expect(boxes(page, "LCOM").nth(0)).toHaveValue("30");
  await context.close();
});
