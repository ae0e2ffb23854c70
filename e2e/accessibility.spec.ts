// An automated accessibility check of every page of the permission table
// (tests/permissions/access-table.ts), as each demo role and signed out: each page a role may
// open is loaded in the browser and checked by axe-core against WCAG 2.1 A and AA. A serious or
// critical violation fails the test, named with its rule, the element, the page and the role.
// The table is the list, so a page added there is checked here too.
//
// Dynamic routes are filled with the seeded demo city's records (its 2025 learning-society draft,
// its action plan and a task of it, the published GNLC application framework, the demo official)
// and, for the administrator, a framework draft imported here: the pages each role sees of its own
// city. Other browser tests change some of these records at the same time; these tests only read.
import { createRequire } from "node:module";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import actionPlans from "../prisma/data/action-plans.json";
import {
  accessTable,
  cellOf,
  fillRoute,
  frameworkFileText,
  matrixRoles,
  type Fixtures,
  type MatrixRole,
  type PageEntry,
  type Side,
} from "../tests/permissions/access-table";
import { demoUser, signIn } from "./helpers";
import { callServerAction, serverActions } from "./server-actions";

// A failure lists every violation with its element and page; a trace of a hundred pages and their
// checks would only slow the run.
test.use({ trace: "off" });

const port = Number(process.env.E2E_PORT ?? 3100);
const wcag21 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const failing = new Set(["serious", "critical"]);

interface Sqlite {
  prepare(sql: string): { get(...params: unknown[]): unknown };
  close(): void;
}
type SqliteOpen = new (file: string, options: { readonly: boolean; fileMustExist: boolean; timeout: number }) => Sqlite;

/** What an object of the table's fixtures has not been given here: a page needing it fails with its name. */
function only<T extends object>(what: string, given: Partial<T>): T {
  return new Proxy(given, {
    get(target, key) {
      if (key in target) return target[key as keyof T];
      throw new Error(`the accessibility check has no seeded record for ${what}.${String(key)}: add one to e2e/accessibility.spec.ts`);
    },
  }) as T;
}

/** The seeded records the table's dynamic routes are filled with, read from the database scripts/e2e-server.sh seeded for this port. */
function seededFixtures(): Fixtures {
  const Database = createRequire(path.join(process.cwd(), "package.json"))("better-sqlite3") as SqliteOpen;
  const sqlite = new Database(path.join(process.cwd(), `data/e2e-${port}.db`), { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    const id = (sql: string, ...params: unknown[]) => {
      const found = (sqlite.prepare(sql).get(...params) as { id?: unknown } | undefined)?.id;
      if (typeof found !== "string") throw new Error(`the seed has nothing for ${sql} ${params.join(", ")}`);
      return found;
    };
    const cityId = id(`SELECT "id" FROM "City" WHERE "slug" = 'demo-city'`);
    const planTitle = actionPlans.plans.find((p) => p.city === "demo-city")!.titleVi;
    const planId = id(`SELECT "id" FROM "ActionPlan" WHERE "cityId" = ? AND "titleVi" = ?`, cityId, planTitle);
    const own = only<Side>("own", {
      cityId,
      citySlug: "demo-city",
      assessmentId: id(`SELECT "id" FROM "Assessment" WHERE "cityId" = ? AND "frameworkCode" = 'vn-learning-society' AND "year" = 2025`, cityId),
      planId,
      planTitle,
      // A task with progress updates on it: the item page at its fullest.
      itemId: id(`SELECT i."id" FROM "PlanItem" i WHERE i."planId" = ? AND i."kind" = 'task' AND EXISTS (SELECT 1 FROM "PlanUpdate" u WHERE u."itemId" = i."id") ORDER BY i."code"`, planId),
    });
    return only<Fixtures>("fixtures", {
      own,
      frameworkId: id(`SELECT "id" FROM "Framework" WHERE "code" = 'gnlc-application' AND "status" = 'published' ORDER BY "version" DESC`),
      userId: id(`SELECT "id" FROM "User" WHERE "email" = ?`, demoUser("official")),
    });
  } finally {
    sqlite.close();
  }
}

/** The pages of the table this role may open, as addresses (on the role's own city's records). */
function pagesFor(role: MatrixRole, f: Fixtures) {
  return accessTable
    .filter((entry): entry is PageEntry => entry.kind === "page" && cellOf(entry, role, "own") === "allowed")
    .map((entry) => fillRoute(entry.route, entry.params?.(f.own, f) ?? {}) + (entry.query ? `?${entry.query}` : ""));
}

/** Every serious or critical violation on the page as it stands, one line each. */
async function violations(page: Page, url: string, role: MatrixRole) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21).options({ resultTypes: ["violations"] }).analyze();
  return violations
    .filter((v) => failing.has(v.impact ?? ""))
    .flatMap((v) => v.nodes.map((node) => `${v.impact} ${v.id} at ${node.target.join(" ")} on ${url} as ${role}: ${v.help} (${node.failureSummary?.replace(/\s+/g, " ").trim()})`));
}

const who = (role: MatrixRole) => (role === "anonymous" ? "signed out" : `as the ${role}`);

for (const role of matrixRoles) {
  test(`every page the permission table opens ${who(role)} has no serious or critical accessibility violations`, async ({ page }) => {
    test.setTimeout(5 * 60_000);
    const f = seededFixtures();
    if (role !== "anonymous") await signIn(page, demoUser(role));
    if (role === "administrator") {
      // The administrator's framework editor is for drafts: one imported for the check.
      const importFramework = serverActions().get("server/actions/frameworks.ts#importFrameworkAction")!;
      const { result } = await callServerAction(page.request, importFramework, [{ text: frameworkFileText(`a11y-${Date.now().toString(36)}`) }], `http://localhost:${port}`);
      const imported = result as { ok: boolean; value?: { id: string } };
      expect(imported.ok, `importing a framework draft: ${JSON.stringify(result)}`).toBe(true);
      Object.defineProperty(f, "draftFrameworkId", { value: imported.value!.id });
    }
    const pages = pagesFor(role, f);
    expect(pages.length, "pages to check").toBeGreaterThan(0);
    const found: string[] = [];
    for (const url of pages) {
      await test.step(url, async () => {
        const response = await page.goto(url);
        expect.soft(response?.status(), `${url} ${who(role)} opens`).toBe(200);
        found.push(...(await violations(page, url, role)));
      });
    }
    expect(found, `${found.length} serious or critical violations:\n${found.join("\n")}`).toEqual([]);
  });
}
