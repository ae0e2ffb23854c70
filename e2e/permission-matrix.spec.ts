// The permission matrix (tests/permissions/access-table.ts), cell by cell, as real requests to the
// production build: every page and route handler method fetched and every server action called
// over HTTP, as each demo role and signed out, on the demo city's records and on Sơn La's. Refusals
// are checked to change nothing (by reading the seeded SQLite file); allowed changes to check that
// they landed, and are undone where they touch shared records.
//
// Other browser tests run beside this one on the same database: the setup makes the records the
// matrix aims at (a 2023 application checklist and an action plan in each city, with files on
// them), never changes the seeded checklists, and nothing here deactivates a demo user.
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type APIRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import ExcelJS from "exceljs";
import demo from "../prisma/data/demo-users.json";
import {
  accessTable,
  cellOf,
  entryName,
  evidenceFor,
  evidencePdf,
  fillRoute,
  frameworkFileText,
  matrixRoles,
  scopesOf,
  signedInRoles,
  type ActionEntry,
  type ActionResult,
  type AdminHand,
  type CellContext,
  type Entry,
  type Fixtures,
  type Hides,
  type MatrixRole,
  type Outcome,
  type PageEntry,
  type ReadDb,
  type RouteEntry,
  type Scope,
  type Side,
  type SignedInRole,
} from "../tests/permissions/access-table";
import { readPdf } from "../tests/read-pdf";
import { callServerAction, resent, serverActions, type ServerActionRef } from "./server-actions";

// The cells need the records the setup makes, so they run as one test, in order: a failing cell
// is reported and the next one still runs. Hundreds of API calls make no useful trace.
test.use({ trace: "off" });

const port = Number(process.env.E2E_PORT ?? 3100);
const origin = `http://localhost:${port}`;
const stamp = Date.now().toString(36);

interface SqliteStatement {
  get(...params: unknown[]): unknown;
}
interface Sqlite {
  prepare(sql: string): SqliteStatement;
  close(): void;
}
type SqliteOpen = new (file: string, options: { readonly: boolean; fileMustExist: boolean; timeout: number }) => Sqlite;

/** The database scripts/e2e-server.sh seeded for this port, opened read-only. */
function openDatabase(): { db: ReadDb; close: () => void } {
  const Database = createRequire(path.join(process.cwd(), "package.json"))("better-sqlite3") as SqliteOpen;
  const sqlite = new Database(path.join(process.cwd(), `data/e2e-${port}.db`), { readonly: true, fileMustExist: true, timeout: 10_000 });
  return {
    db: {
      get: (sql, ...params) => sqlite.prepare(sql).get(...params) as Record<string, unknown> | undefined,
    },
    close: () => sqlite.close(),
  };
}

const callers = new Map<MatrixRole, APIRequestContext>();
const caller = (role: MatrixRole) => callers.get(role)!;
let actions: Map<string, ServerActionRef>;
let database: ReturnType<typeof openDatabase>;
let f: Fixtures;
/** Cells the table leaves to the setup, as the setup did them. */
const doneInSetup = new Set<string>();
const cellKey = (entry: Entry, role: MatrixRole, scope: Scope) => `${entryName(entry)}|${role}|${scope}`;

function actionRef(key: string) {
  const ref = actions.get(key);
  if (!ref) throw new Error(`${key} is not in the build's server reference manifest (is the build older than the source?)`);
  return ref;
}

async function act(role: MatrixRole, key: string, input: unknown): Promise<ActionResult> {
  return (await callServerAction(caller(role), actionRef(key), [input], origin)).result as ActionResult;
}

/** A setup step that is also a cell of the matrix: it must succeed, and the cell is recorded as done. */
async function perform<T>(role: SignedInRole, key: string, input: unknown, scope: Scope = "own"): Promise<T> {
  const result = await act(role, key, input);
  if (!result.ok) throw new Error(`setup: ${role} ${key}: ${result.reason} ${JSON.stringify(result.fieldErrors ?? {})}`);
  for (const entry of accessTable) if (entry.kind === "action" && `${entry.file}#${entry.name}` === key) doneInSetup.add(cellKey(entry, role, scope));
  return result.value as T;
}

async function upload(role: MatrixRole, url: string, multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>) {
  return resent(() => caller(role).post(url, { multipart, maxRedirects: 0 }));
}

async function uploadEvidence(role: MatrixRole, side: Pick<Side, "assessmentId" | "indicatorId">) {
  const response = await upload(role, `/api/assessments/${side.assessmentId}/evidence`, { indicatorId: side.indicatorId, file: evidencePdf() });
  if (response.status() !== 201) throw new Error(`uploading evidence as ${role}: HTTP ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { file: { id: string } }).file.id;
}

/** A file an upload cell sends back. A failed download leaves it empty, and those cells fail on their own. */
async function download(url: string) {
  const response = await resent(() => caller("administrator").get(url));
  return response.ok() ? Buffer.from(await response.body()) : Buffer.alloc(0);
}

const adminHand: AdminHand = {
  action: (key, input) => act("administrator", key, input),
  uploadEvidence: (side) => uploadEvidence("administrator", side),
  deleteEvidence: async (fileId) => {
    const response = await resent(() => caller("administrator").delete(`/api/evidence/${fileId}`));
    if (response.status() !== 204) throw new Error(`deleting evidence ${fileId}: HTTP ${response.status()}`);
  },
};

async function signIn(request: APIRequest, role: MatrixRole) {
  const context = await request.newContext({ baseURL: origin });
  callers.set(role, context);
  if (role === "anonymous") return;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const email = demo.users.find((u) => u.role === role)!.email;
  const response = await context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: demo.password, json: "true" } });
  expect(response.ok(), `signing in as ${role}`).toBe(true);
  const session = (await (await context.get("/api/auth/session")).json()) as { userId?: string };
  expect(session.userId, `${role}'s session`).toBe(database.db.get(`SELECT "id" FROM "User" WHERE "email" = ?`, email)?.id);
}

/** The ids the seed gave, and the records the matrix needs that the seed lacks. */
async function makeFixtures(): Promise<Fixtures> {
  const { db } = database;
  const id = (sql: string, ...params: unknown[]) => {
    const found = db.get(sql, ...params)?.id;
    if (typeof found !== "string") throw new Error(`setup: nothing for ${sql} ${params.join(", ")}`);
    return found;
  };
  const city = (slug: string) => db.get(`SELECT "id", "nameVi", "nameEn" FROM "City" WHERE "slug" = ?`, slug)!;
  const users = Object.fromEntries(signedInRoles.map((role) => [role, id(`SELECT "id" FROM "User" WHERE "email" = ?`, demo.users.find((u) => u.role === role)!.email)])) as Record<SignedInRole, string>;
  const frameworkId = id(`SELECT "id" FROM "Framework" WHERE "code" = 'gnlc-application' AND "status" = 'published' ORDER BY "version" DESC`);
  const indicatorId = id(`SELECT "id" FROM "Indicator" WHERE "frameworkId" = ? AND "code" = 'POP'`, frameworkId);

  const assessments = "server/actions/assessments.ts";
  const plans = "server/actions/action-plans.ts";
  async function side(slug: string, role: "official" | "administrator", scope: Scope, draftValue: number): Promise<Side> {
    const { id: cityId, nameVi, nameEn } = city(slug) as { id: string; nameVi: string; nameEn: string };
    const { id: assessmentId } = await perform<{ id: string }>(role, `${assessments}#createAssessmentAction`, { cityId, frameworkId, year: 2023 }, scope);
    const answer = { numerator: null, denominator: null, text: null, dataYear: 2023, comment: null, evidenceNote: null, evidenceLinks: [] };
    await perform(role, `${assessments}#saveResponseAction`, { assessmentId, indicatorId, revision: 0, value: draftValue, ...answer }, scope);
    const evidenceFileId = await uploadEvidence(role, { assessmentId, indicatorId });
    const planTitle = `Kế hoạch kiểm thử phân quyền ${slug} ${stamp}`;
    const { id: planId } = await perform<{ id: string }>(role, `${plans}#createPlanAction`, { cityId, titleVi: planTitle, startYear: 2026, endYear: 2030 }, scope);
    const { id: itemId } = await perform<{ id: string }>(role, `${plans}#savePlanItemAction`, { planId, kind: "task", code: "1", titleVi: "Nhiệm vụ kiểm thử" }, scope);
    const { updateId } = await perform<{ updateId: string }>(role, `${plans}#postPlanUpdateAction`, { itemId, revision: 0, status: "onTrack", progress: 10, note: "Bắt đầu", evidenceLinks: [] }, scope);
    const attached = await upload(role, "/api/plan-files", { updateId, file: evidencePdf() });
    if (attached.status() !== 201) throw new Error(`setup: attaching a plan file: HTTP ${attached.status()} ${await attached.text()}`);
    const planFileId = ((await attached.json()) as { file: { id: string } }).file.id;
    return {
      cityId,
      citySlug: slug,
      cityNames: [nameVi, nameEn],
      assessmentId,
      indicatorId,
      draftValue,
      evidenceFileId,
      planId,
      planTitle,
      itemId,
      updateId,
      planFileId,
      templateXlsx: await download(`/api/assessments/${assessmentId}/template.xlsx`),
      tasksXlsx: await download(`/api/action-plans/${planId}/tasks.xlsx`),
    };
  }
  const own = await side("demo-city", "official", "own", 876_543);
  const other = await side("son-la", "administrator", "other", 987_654);
  await perform("administrator", `${assessments}#postCommentAction`, { assessmentId: other.assessmentId, indicatorId: other.indicatorId, body: "Số dân theo niên giám 2023?" }, "other");

  const draftCode = `ma-tran-${stamp}`;
  const { id: draftFrameworkId } = await perform<{ id: string }>("administrator", "server/actions/frameworks.ts#importFrameworkAction", { text: frameworkFileText(draftCode) });
  const { id: userId } = await perform<{ id: string }>("administrator", "server/actions/users.ts#createUserAction", {
    email: `ma-tran-${stamp}@demo.hoctap.vn`,
    password: "mat-khau-ma-tran-2026",
    name: "Cán Bộ Ma Trận",
    role: "official",
    cityId: own.cityId,
    coversAllCities: false,
    assignedCityIds: [],
    locale: "vi",
  });
  const figure = await act("administrator", "server/actions/reference-values.ts#upsertReferenceValueAction", {
    id: null,
    cityId: other.cityId,
    frameworkCode: "vn-learning-society",
    indicatorCode: "LF",
    year: 2003,
    value: 0.07,
    count: null,
    sourceTitle: "Niên giám thống kê (kiểm thử phân quyền)",
    sourceUrl: null,
    noteVi: null,
    noteEn: null,
  });
  if (!figure.ok) throw new Error(`setup: a published figure: ${figure.reason}`);

  return {
    own,
    other,
    frameworkId,
    draftFrameworkId,
    draftIndicatorId: id(`SELECT "id" FROM "Indicator" WHERE "frameworkId" = ? ORDER BY "position"`, draftFrameworkId),
    publishedFrameworkId: id(`SELECT "id" FROM "Framework" WHERE "code" = 'happy-schools' AND "status" = 'published'`),
    userId,
    cycleId: id(`SELECT "id" FROM "ReportingCycle" WHERE "frameworkCode" = 'vn-learning-society' AND "year" = 2026`),
    referenceValueId: (figure.value as { id: string }).id,
    users,
  };
}

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(180_000);
  actions = serverActions();
  database = openDatabase();
  for (const role of matrixRoles) await signIn(playwright.request, role);
  for (const entry of accessTable) if (entry.kind === "route" && entry.method === "POST" && entry.route === "/api/auth/[...nextauth]") doneInSetup.add(cellKey(entry, "anonymous", "own"));
  f = await makeFixtures();
});

test.afterAll(async () => {
  // The setup's published figure for Sơn La would show on pages other tests read.
  if (f) await act("administrator", "server/actions/reference-values.ts#deleteReferenceValueAction", { id: f.referenceValueId });
  for (const context of callers.values()) await context.dispose();
  database?.close();
});

// ─── Reading answers ────────────────────────────────────────────────────────────────────────────

function pathOf(location: string) {
  return new URL(location, origin).pathname;
}

/** What a page answered: a redirect (HTTP, or the meta refresh of a streamed page), a 404, or the page. */
function pageOutcome(response: APIResponse, body: string): Outcome | string {
  const status = response.status();
  const refresh = /<meta[^>]*http-equiv="refresh"[^>]*content="\d+;\s*url=([^"]+)"/i.exec(body)?.[1];
  const location = status >= 300 && status < 400 ? response.headers().location : status === 200 ? refresh : undefined;
  if (location) {
    const target = pathOf(location.replace(/&amp;/g, "&"));
    return target === "/sign-in" ? "signIn" : target === "/dashboard" ? "toDashboard" : `redirect to ${target}`;
  }
  return status === 200 ? "allowed" : status === 404 ? "notFound" : `HTTP ${status}`;
}

function routeOutcome(status: number): Outcome | string {
  if (status >= 200 && status < 300) return "allowed";
  return ({ 401: "signIn", 403: "forbidden", 404: "notFound" } as Record<number, Outcome>)[status] ?? `HTTP ${status}`;
}

function actionOutcome(entry: ActionEntry, result: unknown): Outcome | string {
  if (entry.outcome) return entry.outcome(result as ActionResult);
  if (!result || typeof result !== "object" || !("ok" in result)) return `unexpected answer ${JSON.stringify(result)}`;
  const answer = result as ActionResult;
  return answer.ok ? "allowed" : answer.reason;
}

/** A file's text as a reader would search it: PDF text, every spreadsheet cell, or the body. */
async function textOf(response: APIResponse): Promise<string> {
  const type = response.headers()["content-type"] ?? "";
  const bytes = await response.body();
  if (type.includes("pdf")) return (await readPdf(bytes)).text;
  if (type.includes("spreadsheetml")) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell.text))));
    return cells.join("\n");
  }
  return bytes.toString("utf8");
}

function checkHidden(hides: Hides | undefined, role: MatrixRole, answer: string, label: string) {
  if (!hides?.from.includes(role)) return;
  // A name may wrap in a PDF's table cell.
  const text = answer.replace(/\s+/g, " ");
  for (const marker of hides.markers(f)) expect.soft(text.includes(marker), `${label}: shows ${marker}`).toBe(false);
  const shown = hides.shown?.(f);
  if (shown) expect.soft(shown.some((control) => text.includes(control)), `${label}: shows none of ${shown.join(", ")}, so what it hides proves nothing`).toBe(true);
}

const json = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

// ─── The cells ──────────────────────────────────────────────────────────────────────────────────

let cells = 0;
function contextFor(role: MatrixRole, scope: Scope, expected: Outcome): CellContext {
  cells += 1;
  return { role, scope, expected, f, side: f[scope], db: database.db, actorId: role === "anonymous" ? null : f.users[role], unique: `${stamp}-${role}-${scope}-${cells}`, admin: adminHand };
}

/** Whether a change-checking cell found what it should: nothing changed on a refusal, something on an allowed change. */
function checkState(entry: RouteEntry | ActionEntry, label: string, expected: Outcome, before: unknown, after: unknown) {
  if (expected === "allowed" && entry.changes !== false) expect.soft(after, `${label}: an allowed change did not land`).not.toEqual(before);
  else expect.soft(after, `${label}: the records changed`).toEqual(before);
}

async function pageCell(entry: PageEntry, role: MatrixRole, scope: Scope, label: string) {
  const url = fillRoute(entry.route, entry.params?.(f[scope], f) ?? {}) + (entry.query ? `?${entry.query}` : "");
  const response = await resent(() => caller(role).get(url, { maxRedirects: 0 }));
  const body = await response.text();
  const got = pageOutcome(response, body);
  expect.soft(got, `${label}: GET ${url}`).toBe(cellOf(entry, role, scope));
  if (got === "allowed") checkHidden(entry.hides, role, body, label);
}

async function routeCell(entry: RouteEntry, role: MatrixRole, scope: Scope, label: string) {
  const expected = cellOf(entry, role, scope);
  const ctx = contextFor(role, scope, expected);
  const params = await (entry.params?.(ctx) ?? {});
  const url = fillRoute(entry.route, params) + (entry.query ? `?${entry.query}` : "");
  const before = entry.state?.(ctx, params);
  // NextAuth wants its CSRF token with every form.
  const form = entry.form && { ...entry.form(ctx), json: "true", csrfToken: ((await (await caller(role).get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken };
  const multipart = await entry.multipart?.(ctx);
  const response = await resent(() => caller(role).fetch(url, { method: entry.method, multipart, form, maxRedirects: 0 }));
  const got = routeOutcome(response.status());
  expect.soft(got, `${label}: ${entry.method} ${url}`).toBe(expected);
  if (entry.state) checkState(entry, label, expected, before, entry.state(ctx, params));
  if (got === "allowed" && entry.hides) checkHidden(entry.hides, role, await textOf(response), label);
  if (got === "allowed" && entry.undo) await entry.undo(ctx, params, json(await response.text()));
}

async function actionCell(entry: ActionEntry, role: MatrixRole, scope: Scope, label: string) {
  const expected = cellOf(entry, role, scope);
  const ctx = contextFor(role, scope, expected);
  const input = await entry.input(ctx);
  const before = entry.state?.(ctx, input);
  const call = await callServerAction(caller(role), actionRef(`${entry.file}#${entry.name}`), [input], origin);
  const got = actionOutcome(entry, call.result);
  expect.soft(got, `${label}: ${JSON.stringify(call.result)}`).toBe(expected);
  if (entry.state) checkState(entry, label, expected, before, entry.state(ctx, input));
  if (got === "allowed" && entry.undo) await entry.undo(ctx, input);
  if (entry.name === "setLocale" && got === "allowed") expect.soft(call.headers["set-cookie"] ?? "", `${label}: the language cookie`).toContain("NEXT_LOCALE=");
}

const tally = { sent: 0, elsewhere: 0 };
async function runCells(kind: Entry["kind"], role: MatrixRole) {
  for (const entry of accessTable.filter((e) => e.kind === kind)) {
    for (const scope of scopesOf(entry)) {
      if (evidenceFor(entry, role, scope)) {
        tally.elsewhere += 1;
        continue;
      }
      tally.sent += 1;
      const label = `${entryName(entry)} as ${role}${entry.sides ? `, ${scope === "own" ? "demo city" : "Sơn La"}` : ""}`;
      await test.step(label, async () => {
        try {
          if (entry.kind === "page") await pageCell(entry, role, scope, label);
          else if (entry.kind === "route") await routeCell(entry, role, scope, label);
          else await actionCell(entry, role, scope, label);
        } catch (error) {
          expect.soft(String(error), `${label} could not be run`).toBe("");
        }
      });
    }
  }
}

test("every cell of the permission matrix answers as the table says", async () => {
  test.setTimeout(20 * 60_000);
  await test.step("the setup did every cell the table leaves to it", () => {
    const cells = accessTable.flatMap((entry) => matrixRoles.flatMap((role) => scopesOf(entry).map((scope) => ({ entry, role, scope }))));
    const left = cells.filter(({ entry, role, scope }) => {
      const evidence = evidenceFor(entry, role, scope);
      return evidence && "setup" in evidence && !doneInSetup.has(cellKey(entry, role, scope));
    });
    expect.soft(left.map(({ entry, role, scope }) => cellKey(entry, role, scope))).toEqual([]);
  });
  for (const kind of ["page", "route", "action"] as const) {
    for (const role of matrixRoles) {
      await test.step(`${kind === "page" ? "pages" : kind === "route" ? "route handlers" : "server actions"} ${role === "anonymous" ? "signed out" : `as the ${role}`}`, () => runCells(kind, role));
    }
  }
  console.log(`permission matrix: ${accessTable.length} entries, ${tally.sent} cells sent, ${tally.elsewhere} done by the setup or other tests`);
});
