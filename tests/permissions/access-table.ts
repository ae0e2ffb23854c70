// The permission matrix: one entry for every page, route handler method and exported server
// action of the app, saying what each role gets, on the demo city's records ("own") and on
// Sơn La's ("other": outside the demo coordinator's cities and the demo official's city).
//
// tests/permissions/access-table.test.ts fails when a page, method or action has no entry here
// (or an entry names something that no longer exists); e2e/permission-matrix.spec.ts sends every
// cell as a real request to the production build over the seeded demo database and checks the
// answer. An allowed cell of something that changes data is either performed there (on records
// the spec made for itself, and undone when shared) or, where doing it on the shared demo
// database would disturb other browser tests, named here with the test that exercises it.
import { readFileSync } from "node:fs";
import path from "node:path";
import demo from "../../prisma/data/demo-users.json";

export const matrixRoles = ["administrator", "coordinator", "official", "viewer", "anonymous"] as const;
export type MatrixRole = (typeof matrixRoles)[number];
export type SignedInRole = Exclude<MatrixRole, "anonymous">;
export const signedInRoles = matrixRoles.filter((r): r is SignedInRole => r !== "anonymous");
export const scopes = ["own", "other"] as const;
export type Scope = (typeof scopes)[number];

/**
 * What a request gets.
 * - allowed: a page answers 200, a route handler 2xx, a server action `ok` (for public pages and
 *   routes the anonymous cell is "allowed" too);
 * - notFound: 404, or an action's `notFound` (what cannot be read does not exist, for the caller);
 * - forbidden: 403, or an action's `forbidden` (readable, but not theirs to change; an action
 *   without a signed-in caller is `forbidden` too);
 * - signIn: a page redirects to /sign-in, a route handler answers 401;
 * - toDashboard: a page sends a signed-in user on to /dashboard.
 */
export type Outcome = "allowed" | "notFound" | "forbidden" | "signIn" | "toDashboard";
export type Cell = Outcome | { own: Outcome; other: Outcome };
export type Access = Record<MatrixRole, Cell>;

/** One city's records the matrix aims at; the spec's setup makes those that the seed lacks. */
export interface Side {
  cityId: string;
  citySlug: string;
  /** Its Vietnamese and English names. */
  cityNames: string[];
  /** The city's 2023 GNLC application checklist, a draft the spec's setup opened. */
  assessmentId: string;
  /** Its population indicator (a count). */
  indicatorId: string;
  /** The population the setup saved in the draft: never shown outside the city's readers, nor compared, nor published. */
  draftValue: number;
  evidenceFileId: string;
  /** An action plan the setup made, with one task, one progress update and one file on it. */
  planId: string;
  planTitle: string;
  itemId: string;
  updateId: string;
  planFileId: string;
  /** What the spreadsheet routes give an administrator for this checklist and plan, for the upload cells to send back. */
  templateXlsx: Buffer;
  tasksXlsx: Buffer;
}

export interface Fixtures {
  own: Side;
  other: Side;
  /** The published GNLC application framework. */
  frameworkId: string;
  /** A framework draft the setup imported. */
  draftFrameworkId: string;
  draftIndicatorId: string;
  /** A published framework nobody retires. */
  publishedFrameworkId: string;
  /** An official the setup created, for the user-administration acts (never a demo sign-in). */
  userId: string;
  /** The 2026 learning-society reporting cycle. */
  cycleId: string;
  /** Hà Nội's published 2025 learning-family figure. */
  referenceValueId: string;
  /** The demo users' ids. */
  users: Record<SignedInRole, string>;
}

/** Read-only access to the seeded SQLite database the browser tests run on. */
export interface ReadDb {
  get(sql: string, ...params: unknown[]): Record<string, unknown> | undefined;
}

export type ActionResult = { ok: true; value?: unknown } | { ok: false; reason: string; fieldErrors?: Record<string, string> };

/** The administrator's hand, for preparing a record a cell will change and for putting things back. */
export interface AdminHand {
  action(key: string, input: unknown): Promise<ActionResult>;
  uploadEvidence(side: Side): Promise<string>;
  deleteEvidence(fileId: string): Promise<void>;
}

export interface CellContext {
  role: MatrixRole;
  scope: Scope;
  expected: Outcome;
  f: Fixtures;
  side: Side;
  db: ReadDb;
  /** The caller's user id (null when signed out). */
  actorId: string | null;
  /** Different for every cell, for names that must not clash. */
  unique: string;
  admin: AdminHand;
}

/** A cell exercised somewhere other than by a request of the matrix itself. */
export type Evidence = { setup: string } | { test: { file: string; title: string } };
export type Elsewhere = Partial<Record<MatrixRole, Evidence | { own?: Evidence; other?: Evidence }>>;

type Multipart = Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;

interface Common {
  /** Whether the cells differ by city: the entry is then requested on both sides. */
  sides?: boolean;
  access: Access;
  /** Why the expectations are what they are, where the rule is not the obvious one. */
  note?: string;
  /** Allowed cells answer without changing anything (a preview, a refusal by state): their records must stay as they were too. */
  changes?: boolean;
}

export interface PageEntry extends Common {
  kind: "page";
  /** The route pattern, as the URL shows it: "/assessments/[id]". */
  route: string;
  params?: (side: Side, f: Fixtures) => Record<string, string>;
  query?: string;
  hides?: Hides;
}

/**
 * Allowed answers to these roles must not contain these strings (ids and names of records
 * outside the caller's cities, or never published): the page or file is a list or summary that
 * has to stay within what the caller may read.
 */
export interface Hides {
  from: MatrixRole[];
  markers: (f: Fixtures) => string[];
  /** The control: at least one of these (the caller's own city's) is in the same answer, so it is about the records in question. */
  shown?: (f: Fixtures) => string[];
}

export interface RouteEntry extends Common {
  kind: "route";
  route: string;
  method: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
  params?: (ctx: CellContext) => Record<string, string> | Promise<Record<string, string>>;
  query?: string;
  multipart?: (ctx: CellContext) => Multipart | Promise<Multipart>;
  /** A urlencoded form (NextAuth's; the spec adds its CSRF token). */
  form?: (ctx: CellContext) => Record<string, string>;
  hides?: Hides;
  /** For methods that change data: the targeted records, read before and after a cell. */
  state?: (ctx: CellContext, params: Record<string, string>) => unknown;
  elsewhere?: Elsewhere;
  /** Puts back what an allowed cell changed on a shared or limited record. */
  undo?: (ctx: CellContext, params: Record<string, string>, answer: unknown) => Promise<void>;
}

export interface ActionEntry extends Common {
  kind: "action";
  /** The "use server" module, from the project root. */
  file: string;
  name: string;
  /** Several entries of one action try it different ways (the review steps, say). */
  variant?: string;
  input: (ctx: CellContext) => unknown | Promise<unknown>;
  /**
   * The targeted records, read before and after a cell: unchanged by a refusal, changed by an
   * allowed cell the matrix performs (unless `changes` is false).
   */
  state?: (ctx: CellContext, input: unknown) => unknown;
  /** Maps the answer to an outcome, for acts whose refusals come back inside an `ok` value. */
  outcome?: (result: ActionResult) => Outcome | string;
  elsewhere?: Elsewhere;
  /** Puts back what an allowed cell changed on a shared record. */
  undo?: (ctx: CellContext, input: unknown) => Promise<void>;
}

export type Entry = PageEntry | RouteEntry | ActionEntry;

// ─── Access profiles ────────────────────────────────────────────────────────────────────────────

const split = (own: Outcome, other: Outcome): Cell => ({ own, other });
const everyone = (outcome: Outcome): Access => ({ administrator: outcome, coordinator: outcome, official: outcome, viewer: outcome, anonymous: outcome });

/** Public: no sign-in needed. */
const open = everyone("allowed");
/** Any signed-in user. */
const signedIn = (anonymous: Outcome): Access => ({ ...everyone("allowed"), anonymous });
/** Administrators only; other signed-in users are told it does not exist. */
const administratorsOnly = (refused: Outcome, anonymous: Outcome): Access => ({ ...everyone(refused), administrator: "allowed", anonymous });
/** A city's records: whoever's cities include it (the viewer reads every city). */
const readersOfCity = (anonymous: Outcome): Access => ({
  administrator: "allowed",
  coordinator: split("allowed", "notFound"),
  official: split("allowed", "notFound"),
  viewer: "allowed",
  anonymous,
});
/** Changing a city's records: its officials and administrators; readers who may not change them are refused, others told it does not exist. */
const editorsOfCity = (anonymous: Outcome): Access => ({
  administrator: "allowed",
  coordinator: split("forbidden", "notFound"),
  official: split("allowed", "notFound"),
  viewer: "forbidden",
  anonymous,
});
/** Acts decided on the city id alone (nothing to read first): the city's officials and administrators. */
const cityDecides: Access = { administrator: "allowed", coordinator: "forbidden", official: split("allowed", "forbidden"), viewer: "forbidden", anonymous: "forbidden" };
/** Taking part in a city's review and discussion: its officials, the coordinators covering it and administrators; viewers only read. */
const participantsOfCity: Access = {
  administrator: "allowed",
  coordinator: split("allowed", "notFound"),
  official: split("allowed", "notFound"),
  viewer: "forbidden",
  anonymous: "forbidden",
};
const adminActs = administratorsOnly("forbidden", "forbidden");

/** Pages that list or sum up records must not show the other city's to readers outside it. */
const scopedReaders: MatrixRole[] = ["coordinator", "official"];
const records = ({ other }: Fixtures) => [other.assessmentId, other.planId, other.planTitle];
const ownAssessment = ({ own }: Fixtures) => [own.assessmentId];
/** Neither city has published anything: their drafts never reach open data. */
/** Both cities have a 2023 GNLC application checklist (the setup opens them). */
const inBothCities = "framework=gnlc-application&year=2023";
/** The demo city set against Sơn La, on the checklists the setup opened. */
const againstOther = `${inBothCities}&city=demo-city&peers=manual&peer=son-la&indicator=POP`;
/** A draft's value as a page or file could show it: in either language, or as a raw number. */
const figures = (side: Side) => [side.draftValue.toLocaleString("vi-VN"), side.draftValue.toLocaleString("en-US"), String(side.draftValue)];

const unpublished = ({ own, other }: Fixtures) => [own.assessmentId, other.assessmentId, ...figures(own), ...figures(other)];

// ─── Helpers for inputs and state ───────────────────────────────────────────────────────────────

const test = (file: string, title: string): Evidence => ({ test: { file, title } });
const matrixIntegration = "tests/integration/permission-matrix.test.ts";
const setupOf = (what: string): Evidence => ({ setup: what });

const count = (db: ReadDb, sql: string, ...params: unknown[]) => Number(db.get(`SELECT count(*) AS n ${sql}`, ...params)?.n ?? 0);
const row = (db: ReadDb, sql: string, ...params: unknown[]) => db.get(sql, ...params) ?? null;
/** What the caller has done to a record, by the audit trail: unaffected by other tests working on the same record as other users. */
const auditedBy = (db: ReadDb, entityId: string, actorId: string | null) => count(db, `FROM "AuditEvent" WHERE "entityId" = ? AND "actorId" IS ?`, entityId, actorId);

const responseOf = (db: ReadDb, assessmentId: string, indicatorId: string) =>
  row(db, `SELECT "value", "revision" FROM "Response" WHERE "assessmentId" = ? AND "indicatorId" = ?`, assessmentId, indicatorId);
const planItem = (db: ReadDb, itemId: string) => row(db, `SELECT "titleVi", "status", "progress", "revision" FROM "PlanItem" WHERE "id" = ?`, itemId);
const xlsxMime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The smallest file the evidence checks take for a PDF. */
export const evidencePdf = () => ({ name: "bien-ban.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% permission matrix\n%%EOF\n") });
const readAsAdmin = <T>(result: ActionResult, what: string): T => {
  if (!result.ok) throw new Error(`${what}: ${result.reason}`);
  return result.value as T;
};

/** A framework file nobody has imported: the shipped happy-schools file under a code of its own. */
export function frameworkFileText(code: string) {
  const file = JSON.parse(readFileSync(path.join(process.cwd(), "prisma/data/frameworks/happy-schools.json"), "utf8")) as Record<string, unknown>;
  return JSON.stringify({ ...file, code, version: 1 });
}

// ─── The table ──────────────────────────────────────────────────────────────────────────────────

const assessment = (side: Side) => ({ id: side.assessmentId });
const plan = (side: Side) => ({ planId: side.planId });

const pages: PageEntry[] = [
  { kind: "page", route: "/", access: { ...everyone("toDashboard"), anonymous: "signIn" } },
  { kind: "page", route: "/sign-in", access: { ...everyone("toDashboard"), anonymous: "allowed" } },
  { kind: "page", route: "/open-data", access: open, note: "The public open-data page: approved results of cities that chose to publish.", hides: { from: matrixRoles.slice(), markers: unpublished } },
  { kind: "page", route: "/dashboard", access: signedIn("signIn"), hides: { from: scopedReaders, markers: records, shown: ownAssessment } },
  { kind: "page", route: "/assessments", access: signedIn("signIn"), hides: { from: scopedReaders, markers: records, shown: ownAssessment } },
  { kind: "page", route: "/assessments/[id]", sides: true, params: assessment, access: readersOfCity("signIn") },
  { kind: "page", route: "/assessments/[id]/history", sides: true, params: assessment, access: readersOfCity("signIn") },
  { kind: "page", route: "/assessments/[id]/readiness", sides: true, params: assessment, access: readersOfCity("signIn") },
  { kind: "page", route: "/assessments/[id]/report", sides: true, params: assessment, access: readersOfCity("signIn") },
  {
    kind: "page",
    route: "/assessments/[id]/import",
    sides: true,
    params: assessment,
    access: { ...editorsOfCity("signIn"), coordinator: "notFound", viewer: "notFound" },
    note: "Importing answers from a spreadsheet: only those who may change the (editable) checklist see the page at all.",
  },
  { kind: "page", route: "/action-plans", access: signedIn("signIn"), hides: { from: scopedReaders, markers: records, shown: ({ own }) => [own.planId] } },
  {
    kind: "page",
    route: "/action-plans/new",
    access: { ...everyone("notFound"), administrator: "allowed", official: "allowed", anonymous: "signIn" },
    note: "Only those with a city they may plan for get the form.",
  },
  { kind: "page", route: "/action-plans/[planId]", sides: true, params: plan, access: readersOfCity("signIn") },
  { kind: "page", route: "/action-plans/[planId]/items/[itemId]", sides: true, params: (s) => ({ planId: s.planId, itemId: s.itemId }), access: readersOfCity("signIn") },
  { kind: "page", route: "/action-plans/[planId]/spreadsheet", sides: true, params: plan, access: readersOfCity("signIn") },
  { kind: "page", route: "/action-plans/[planId]/timeline", sides: true, params: plan, access: readersOfCity("signIn") },
  { kind: "page", route: "/my-tasks", access: signedIn("signIn"), hides: { from: scopedReaders, markers: records } },
  {
    kind: "page",
    route: "/cities/[slug]",
    sides: true,
    params: (s) => ({ slug: s.citySlug }),
    access: signedIn("signIn"),
    note: "Sơn La is a network member: its profile is public to signed-in users, but not its unapproved checklist.",
    hides: { from: scopedReaders, markers: ({ other }) => [other.assessmentId] },
  },
  ...["/compare", "/compare/trends"].map(
    (route): PageEntry => ({
      kind: "page",
      route,
      query: againstOther,
      access: signedIn("signIn"),
      note: "Another city's unapproved figures are never compared, whoever reads every city.",
      hides: { from: signedInRoles, markers: ({ other }) => figures(other), shown: ({ own }) => figures(own) },
    }),
  ),
  { kind: "page", route: "/network", access: signedIn("signIn") },
  { kind: "page", route: "/frameworks", access: signedIn("signIn") },
  { kind: "page", route: "/frameworks/[id]", params: (_s, f) => ({ id: f.frameworkId }), access: signedIn("signIn") },
  { kind: "page", route: "/notifications", access: signedIn("signIn") },
  {
    kind: "page",
    route: "/reports",
    query: inBothCities,
    access: signedIn("signIn"),
    hides: { from: scopedReaders, markers: (f) => [...records(f), ...f.other.cityNames, ...figures(f.other)], shown: ({ own }) => own.cityNames },
  },
  {
    kind: "page",
    route: "/review",
    access: { ...everyone("notFound"), administrator: "allowed", coordinator: "allowed", anonymous: "signIn" },
    hides: { from: ["coordinator"], markers: records, shown: ownAssessment },
  },
  { kind: "page", route: "/review/cycles", access: { ...everyone("notFound"), administrator: "allowed", coordinator: "allowed", anonymous: "signIn" } },
  { kind: "page", route: "/admin/users", access: administratorsOnly("notFound", "signIn") },
  { kind: "page", route: "/admin/users/new", access: administratorsOnly("notFound", "signIn") },
  { kind: "page", route: "/admin/users/[id]", params: (_s, f) => ({ id: f.userId }), access: administratorsOnly("notFound", "signIn") },
  { kind: "page", route: "/admin/frameworks", access: administratorsOnly("notFound", "signIn") },
  { kind: "page", route: "/admin/frameworks/[id]", params: (_s, f) => ({ id: f.draftFrameworkId }), access: administratorsOnly("notFound", "signIn") },
  { kind: "page", route: "/admin/reference-data", access: administratorsOnly("notFound", "signIn") },
];

const assessmentFile = (ctx: CellContext) => ({ id: ctx.side.assessmentId });
const readerGet = (route: string, query?: string): RouteEntry => ({ kind: "route", route, method: "GET", sides: true, params: assessmentFile, query, access: readersOfCity("signIn") });
const evidenceCount = (ctx: CellContext) => count(ctx.db, `FROM "EvidenceFile" WHERE "assessmentId" = ?`, ctx.side.assessmentId);

const routes: RouteEntry[] = [
  { kind: "route", route: "/api/health", method: "GET", access: open },
  { kind: "route", route: "/api/auth/[...nextauth]", method: "GET", params: () => ({ nextauth: "session" }), access: open },
  {
    kind: "route",
    route: "/api/auth/[...nextauth]",
    method: "POST",
    params: () => ({ nextauth: "callback/credentials" }),
    access: open,
    note: "Signing in is open to all: the anonymous cell is the setup's sign-in of every role; signed-in callers sign in again as themselves.",
    form: (ctx) => ({ email: demo.users.find((u) => u.role === ctx.role)!.email, password: demo.password }),
    elsewhere: { anonymous: setupOf("every demo user signs in through this route") },
  },
  readerGet("/api/assessments/[id]/report.pdf"),
  readerGet("/api/assessments/[id]/application.pdf"),
  readerGet("/api/assessments/[id]/workbook.xlsx"),
  readerGet("/api/assessments/[id]/export.csv", "table=responses"),
  readerGet("/api/assessments/[id]/template.xlsx"),
  {
    kind: "route",
    route: "/api/assessments/[id]/template.xlsx",
    method: "POST",
    sides: true,
    params: assessmentFile,
    access: editorsOfCity("signIn"),
    note: "A preview of an import (nothing is written); applying one is the import browser test's.",
    multipart: (ctx) => ({ mode: "preview", file: { name: "mau-nhap.xlsx", mimeType: xlsxMime, buffer: ctx.side.templateXlsx } }),
    changes: false,
    state: (ctx) => responseOf(ctx.db, ctx.side.assessmentId, ctx.side.indicatorId),
  },
  {
    kind: "route",
    route: "/api/assessments/[id]/evidence",
    method: "POST",
    sides: true,
    params: assessmentFile,
    access: editorsOfCity("signIn"),
    multipart: (ctx) => ({ indicatorId: ctx.side.indicatorId, file: evidencePdf() }),
    state: evidenceCount,
    undo: async (ctx, _params, answer) => {
      const id = (answer as { file?: { id?: string } }).file?.id;
      if (!id) throw new Error("the upload answered without the file's id");
      await ctx.admin.deleteEvidence(id);
    },
  },
  { kind: "route", route: "/api/evidence/[fileId]", method: "GET", sides: true, params: (ctx) => ({ fileId: ctx.side.evidenceFileId }), access: readersOfCity("signIn") },
  {
    kind: "route",
    route: "/api/evidence/[fileId]",
    method: "DELETE",
    sides: true,
    // Allowed cells delete a file uploaded for them; refusals aim at the setup's file.
    params: async (ctx) => ({ fileId: ctx.expected === "allowed" ? await ctx.admin.uploadEvidence(ctx.side) : ctx.side.evidenceFileId }),
    access: editorsOfCity("signIn"),
    state: (ctx, params) => count(ctx.db, `FROM "EvidenceFile" WHERE "id" = ?`, params.fileId),
  },
  {
    kind: "route",
    route: "/api/action-plans/[planId]/tasks.xlsx",
    method: "GET",
    sides: true,
    params: (ctx) => ({ planId: ctx.side.planId }),
    access: readersOfCity("signIn"),
  },
  {
    kind: "route",
    route: "/api/action-plans/[planId]/tasks.xlsx",
    method: "POST",
    sides: true,
    params: (ctx) => ({ planId: ctx.side.planId }),
    access: editorsOfCity("signIn"),
    note: "A preview of the plan's own export (nothing is written); applying is the spreadsheet browser test's.",
    multipart: (ctx) => ({ mode: "preview", file: { name: "nhiem-vu.xlsx", mimeType: xlsxMime, buffer: ctx.side.tasksXlsx } }),
    changes: false,
    state: (ctx) => planItem(ctx.db, ctx.side.itemId),
  },
  { kind: "route", route: "/api/plan-files/[fileId]", method: "GET", sides: true, params: (ctx) => ({ fileId: ctx.side.planFileId }), access: readersOfCity("signIn") },
  {
    kind: "route",
    route: "/api/plan-files",
    method: "POST",
    sides: true,
    access: editorsOfCity("signIn"),
    note: "Files stay on the setup's own progress updates (there is no way to remove one).",
    multipart: (ctx) => ({ updateId: ctx.side.updateId, file: evidencePdf() }),
    state: (ctx) => count(ctx.db, `FROM "PlanUpdateFile" WHERE "updateId" = ?`, ctx.side.updateId),
  },
  ...["overview.pdf", "scope.xlsx", "scope.csv"].map(
    (name): RouteEntry => ({
      kind: "route",
      route: `/api/reports/${name}`,
      method: "GET",
      query: inBothCities,
      access: signedIn("signIn"),
      note: "Both cities have a 2023 application checklist: only the one in the caller's cities may be in the file.",
      hides: { from: scopedReaders, markers: ({ other }) => other.cityNames, shown: ({ own }) => own.cityNames },
    }),
  ),
  ...["cities", "results", "results.csv", "reference-values", "reference-values.csv", "openapi.json"].flatMap((name) =>
    (["GET", "OPTIONS"] as const).map(
      (method): RouteEntry => ({
        kind: "route",
        route: `/api/open-data/v1/${name}`,
        method,
        access: open,
        note: method === "OPTIONS" ? "The public API's cross-origin preflight." : undefined,
        hides: method === "GET" && name.startsWith("results") ? { from: matrixRoles.slice(), markers: unpublished } : undefined,
      }),
    ),
  ),
];

const assessmentsActions = "server/actions/assessments.ts";
const plansActions = "server/actions/action-plans.ts";
const usersActions = "server/actions/users.ts";
const figuresActions = "server/actions/reference-values.ts";
const frameworksActions = "server/actions/frameworks.ts";
const cityActions = "server/actions/cities.ts";
const cyclesActions = "server/actions/cycles.ts";

/** The review step an allowed caller asks for may still be refused by the draft's state: the permission passed. */
const reviewOutcome = (result: ActionResult): Outcome | string =>
  result.ok || (result.reason === "invalid" && result.fieldErrors?._form?.startsWith("review.refusals.")) ? "allowed" : result.reason;
const reviewState = (ctx: CellContext) => [
  row(ctx.db, `SELECT "status", "submittedById", "approvedById" FROM "Assessment" WHERE "id" = ?`, ctx.side.assessmentId),
  count(ctx.db, `FROM "ReviewDecision" WHERE "assessmentId" = ?`, ctx.side.assessmentId),
];
const threadState = (ctx: CellContext) => [
  row(ctx.db, `SELECT "resolvedAt" FROM "IndicatorThread" WHERE "assessmentId" = ? AND "indicatorId" = ?`, ctx.side.assessmentId, ctx.side.indicatorId),
  count(ctx.db, `FROM "IndicatorComment" c JOIN "IndicatorThread" t ON t."id" = c."threadId" WHERE t."assessmentId" = ?`, ctx.side.assessmentId),
];
const planState = (ctx: CellContext) => row(ctx.db, `SELECT "titleVi", "descriptionVi" FROM "ActionPlan" WHERE "id" = ?`, ctx.side.planId);
const userState = (ctx: CellContext) => row(ctx.db, `SELECT "name", "role", "passwordHash", "active" FROM "User" WHERE "id" = ?`, ctx.f.userId);
const commentsOnDiscussion = test("server/comments/comments.test.ts", "lets the city and its reviewers talk about an indicator, telling only the other side");

const actions: ActionEntry[] = [
  {
    kind: "action",
    file: "server/actions/locale.ts",
    name: "setLocale",
    access: open,
    note: "Anyone may switch the language; each role asks for the one it already has, so no other test sees a change.",
    input: (ctx) => ({ locale: ctx.role === "viewer" ? "en" : "vi" }),
    outcome: (result) => (result === undefined || result === null ? "allowed" : "unexpected answer"),
  },
  {
    kind: "action",
    file: "server/actions/sessions.ts",
    name: "signOutEverywhereAction",
    access: signedIn("forbidden"),
    note: "Ends the caller's own sessions on every device, so an allowed cell here would sign the matrix's callers out: the sessions browser test does it as a user of each role made for it.",
    input: () => ({}),
    elsewhere: Object.fromEntries(signedInRoles.map((role) => [role, test("e2e/sessions.spec.ts", "signing out everywhere ends the sessions of every role on every device")])),
  },
  {
    kind: "action",
    file: "server/actions/sessions.ts",
    name: "sessionUserAction",
    access: signedIn("forbidden"),
    note: "Says whose session it is, to the caller only: answers kept offline wait until it is their own.",
    input: () => ({}),
  },
  {
    kind: "action",
    file: assessmentsActions,
    name: "createAssessmentAction",
    sides: true,
    access: cityDecides,
    input: (ctx) => ({ cityId: ctx.side.cityId, frameworkId: ctx.f.frameworkId, year: 2021 }),
    state: (ctx) => count(ctx.db, `FROM "Assessment" WHERE "cityId" = ? AND "frameworkCode" = 'gnlc-application' AND "year" = 2021`, ctx.side.cityId),
    elsewhere: {
      official: { own: setupOf("the official opens the demo city's 2023 application checklist") },
      administrator: {
        own: test("server/assessments/assessments.test.ts", "lets only the city's officials and administrators start one"),
        other: setupOf("the administrator opens Sơn La's 2023 application checklist"),
      },
    },
  },
  {
    kind: "action",
    file: assessmentsActions,
    name: "saveResponseAction",
    sides: true,
    access: editorsOfCity("forbidden"),
    input: (ctx) => {
      const current = responseOf(ctx.db, ctx.side.assessmentId, ctx.side.indicatorId);
      return {
        assessmentId: ctx.side.assessmentId,
        indicatorId: ctx.side.indicatorId,
        revision: Number(current?.revision ?? 0),
        numerator: null,
        denominator: null,
        value: 100_000 + Math.floor(Math.random() * 900_000),
        text: null,
        dataYear: 2023,
        comment: null,
        evidenceNote: null,
        evidenceLinks: [],
      };
    },
    state: (ctx) => responseOf(ctx.db, ctx.side.assessmentId, ctx.side.indicatorId),
  },
  {
    kind: "action",
    file: assessmentsActions,
    name: "completeAssessmentAction",
    sides: true,
    access: editorsOfCity("forbidden"),
    note: "The draft is not complete: an allowed caller is answered with what is missing, and nothing changes.",
    input: (ctx) => ({ assessmentId: ctx.side.assessmentId }),
    state: (ctx) => row(ctx.db, `SELECT "completedAt", "status" FROM "Assessment" WHERE "id" = ?`, ctx.side.assessmentId),
    changes: false,
  },
  {
    kind: "action",
    file: assessmentsActions,
    name: "reviewActAction",
    variant: "submit",
    sides: true,
    access: editorsOfCity("forbidden"),
    note: "Sending for review is the city's: an allowed caller passes the permission and is stopped by the draft being incomplete. Real steps: e2e/review.spec.ts, server/review/review.test.ts.",
    input: (ctx) => ({ assessmentId: ctx.side.assessmentId, act: "submit", reason: null, flags: [] }),
    outcome: reviewOutcome,
    state: reviewState,
    changes: false,
  },
  {
    kind: "action",
    file: assessmentsActions,
    name: "reviewActAction",
    variant: "approve",
    sides: true,
    access: { administrator: "allowed", coordinator: split("allowed", "notFound"), official: split("forbidden", "notFound"), viewer: "forbidden", anonymous: "forbidden" },
    note: "Approving is the reviewers': an allowed caller passes the permission and is stopped by the draft not being submitted.",
    input: (ctx) => ({ assessmentId: ctx.side.assessmentId, act: "approve", reason: null, flags: [] }),
    outcome: reviewOutcome,
    state: reviewState,
    changes: false,
  },
  {
    kind: "action",
    file: assessmentsActions,
    name: "postCommentAction",
    sides: true,
    access: participantsOfCity,
    input: (ctx) => ({ assessmentId: ctx.side.assessmentId, indicatorId: ctx.side.indicatorId, body: `Số dân lấy theo niên giám nào? (${ctx.unique})` }),
    state: threadState,
    elsewhere: {
      administrator: { own: commentsOnDiscussion, other: setupOf("the administrator opens a thread on Sơn La's population") },
      coordinator: { own: commentsOnDiscussion },
      official: { own: commentsOnDiscussion },
    },
  },
  {
    kind: "action",
    file: assessmentsActions,
    name: "setThreadResolvedAction",
    sides: true,
    access: participantsOfCity,
    input: (ctx) => ({ assessmentId: ctx.side.assessmentId, indicatorId: ctx.side.indicatorId, resolved: true }),
    state: threadState,
    undo: async (ctx) => {
      readAsAdmin(await ctx.admin.action(`${assessmentsActions}#setThreadResolvedAction`, { assessmentId: ctx.side.assessmentId, indicatorId: ctx.side.indicatorId, resolved: false }), "reopening the thread");
    },
    elsewhere: {
      administrator: { own: test(matrixIntegration, "an administrator resolves and re-opens a thread of a taking-part city") },
      coordinator: { own: test("server/comments/comments.test.ts", "re-opens a resolved thread with a new comment; resolving twice is recorded once") },
      official: { own: test("server/comments/comments.test.ts", "re-opens a resolved thread with a new comment; resolving twice is recorded once") },
    },
  },
  {
    kind: "action",
    file: "server/actions/review.ts",
    name: "approveManyAction",
    sides: true,
    access: { administrator: "allowed", coordinator: split("allowed", "notFound"), official: "notFound", viewer: "notFound", anonymous: "forbidden" },
    note: "Refusals come back per checklist inside the answer; a draft in scope is left as not waiting (the permission passed).",
    input: (ctx) => ({ assessmentIds: [ctx.side.assessmentId] }),
    outcome: (result) => {
      if (!result.ok) return result.reason;
      const value = result.value as { approved: string[]; refused: { reason: string }[] };
      if (value.approved.length) return "approved a draft";
      return value.refused[0]?.reason === "notWaiting" ? "allowed" : (value.refused[0]?.reason ?? "empty answer");
    },
    state: reviewState,
    changes: false,
  },
  {
    kind: "action",
    file: plansActions,
    name: "createPlanAction",
    sides: true,
    access: cityDecides,
    input: (ctx) => ({ cityId: ctx.side.cityId, titleVi: `Kế hoạch không được phép ${ctx.unique}`, startYear: 2026, endYear: 2030 }),
    state: (ctx) => count(ctx.db, `FROM "ActionPlan" WHERE "titleVi" = ?`, `Kế hoạch không được phép ${ctx.unique}`),
    elsewhere: {
      official: { own: setupOf("the official makes the demo city's plan") },
      administrator: { own: test(matrixIntegration, "an administrator starts a plan for a taking-part city"), other: setupOf("the administrator makes Sơn La's plan") },
    },
  },
  {
    kind: "action",
    file: plansActions,
    name: "updatePlanAction",
    sides: true,
    access: editorsOfCity("forbidden"),
    input: (ctx) => ({ planId: ctx.side.planId, titleVi: ctx.side.planTitle, startYear: 2026, endYear: 2030, descriptionVi: `Mô tả ${ctx.unique}` }),
    state: planState,
  },
  {
    kind: "action",
    file: plansActions,
    name: "savePlanItemAction",
    sides: true,
    access: editorsOfCity("forbidden"),
    input: (ctx) => {
      const item = planItem(ctx.db, ctx.side.itemId)!;
      return { planId: ctx.side.planId, itemId: ctx.side.itemId, revision: item.revision, kind: "task", code: "1", titleVi: `Nhiệm vụ ${ctx.unique}`, status: item.status, progress: item.progress };
    },
    state: (ctx) => planItem(ctx.db, ctx.side.itemId),
  },
  {
    kind: "action",
    file: plansActions,
    name: "deletePlanItemAction",
    sides: true,
    access: editorsOfCity("forbidden"),
    note: "Allowed cells delete a task made for them; refusals aim at the setup's task.",
    input: async (ctx) => {
      if (ctx.expected !== "allowed") return { itemId: ctx.side.itemId, revision: planItem(ctx.db, ctx.side.itemId)!.revision };
      const made = readAsAdmin<{ id: string }>(
        await ctx.admin.action(`${plansActions}#savePlanItemAction`, { planId: ctx.side.planId, kind: "task", code: `9.${Date.now() % 10_000}`, titleVi: `Xoá được ${ctx.unique}` }),
        "making a task to delete",
      );
      return { itemId: made.id, revision: 0 };
    },
    state: (ctx, input) => count(ctx.db, `FROM "PlanItem" WHERE "id" = ?`, (input as { itemId: string }).itemId),
  },
  {
    kind: "action",
    file: plansActions,
    name: "postPlanUpdateAction",
    sides: true,
    access: editorsOfCity("forbidden"),
    note: "Reporting progress: whoever may change the plan (and the task's owner; the setup's tasks have none).",
    input: (ctx) => {
      const item = planItem(ctx.db, ctx.side.itemId)!;
      return { itemId: ctx.side.itemId, revision: item.revision, status: "onTrack", progress: Math.min(99, Number(item.progress) + 1), note: `Tiến độ ${ctx.unique}`, evidenceLinks: [] };
    },
    state: (ctx) => [planItem(ctx.db, ctx.side.itemId), count(ctx.db, `FROM "PlanUpdate" WHERE "itemId" = ?`, ctx.side.itemId)],
  },
  {
    kind: "action",
    file: plansActions,
    name: "postPlanCommentAction",
    sides: true,
    access: participantsOfCity,
    input: (ctx) => ({ itemId: ctx.side.itemId, body: `Góp ý ${ctx.unique}` }),
    state: (ctx) => count(ctx.db, `FROM "PlanComment" WHERE "itemId" = ?`, ctx.side.itemId),
  },
  {
    kind: "action",
    file: plansActions,
    name: "saveMilestoneAction",
    sides: true,
    access: editorsOfCity("forbidden"),
    input: (ctx) => ({ planId: ctx.side.planId, titleVi: `Mốc ${ctx.unique}`, dueOn: "2027-06-30" }),
    state: (ctx) => count(ctx.db, `FROM "PlanMilestone" WHERE "planId" = ?`, ctx.side.planId),
  },
  {
    kind: "action",
    file: cityActions,
    name: "updateCityProfileAction",
    sides: true,
    access: cityDecides,
    input: (ctx) => ({ cityId: ctx.side.cityId, population: 123_456, populationYear: 2020, areaKm2: 99 }),
    // Other browser tests change the demo city's population as its official; the caller's own trail is theirs alone.
    state: (ctx) => auditedBy(ctx.db, ctx.side.cityId, ctx.actorId),
    undo: async (ctx) => {
      const previous = row(ctx.db, `SELECT "before" FROM "AuditEvent" WHERE "entityId" = ? AND "action" = 'city.updateProfile' ORDER BY "at" DESC LIMIT 1`, ctx.side.cityId);
      const values = JSON.parse(String(previous?.before ?? "{}")) as Record<string, unknown>;
      readAsAdmin(await ctx.admin.action(`${cityActions}#updateCityProfileAction`, { cityId: ctx.side.cityId, ...values }), "restoring the profile");
    },
    elsewhere: {
      official: { own: test("e2e/permissions.spec.ts", "an official cannot change another city by changing the form") },
      administrator: { own: test(matrixIntegration, "an administrator updates a taking-part city's profile") },
    },
  },
  {
    kind: "action",
    file: cityActions,
    name: "setCityPublishingAction",
    sides: true,
    access: cityDecides,
    note: "Publishing a city's approved results: its officials and administrators. Switching it on the shared database would change what the open-data browser test sees.",
    input: (ctx) => ({ cityId: ctx.side.cityId, publishesOpenData: true }),
    state: (ctx) => [row(ctx.db, `SELECT "publishesOpenData" FROM "City" WHERE "id" = ?`, ctx.side.cityId), auditedBy(ctx.db, ctx.side.cityId, ctx.actorId)],
    elsewhere: {
      official: { own: test(matrixIntegration, "an official switches their own city's open-data publishing") },
      administrator: { own: test(matrixIntegration, "an administrator switches any city's open-data publishing"), other: test(matrixIntegration, "an administrator switches any city's open-data publishing") },
    },
  },
  {
    kind: "action",
    file: usersActions,
    name: "createUserAction",
    access: adminActs,
    input: (ctx) => ({ email: `ma-tran-${ctx.unique}@demo.hoctap.vn`, password: "mat-khau-ma-tran-2026", name: "Ma Trận", role: "viewer", coversAllCities: true, assignedCityIds: [], locale: "vi" }),
    state: (ctx) => count(ctx.db, `FROM "User" WHERE "email" = ?`, `ma-tran-${ctx.unique}@demo.hoctap.vn`),
    elsewhere: { administrator: setupOf("the administrator creates the official the user acts aim at") },
  },
  {
    kind: "action",
    file: usersActions,
    name: "updateUserAction",
    access: adminActs,
    input: (ctx) => ({ userId: ctx.f.userId, name: `Cán Bộ ${ctx.unique}`, role: "official", cityId: ctx.f.own.cityId, coversAllCities: false, assignedCityIds: [], locale: "vi" }),
    state: userState,
  },
  {
    kind: "action",
    file: usersActions,
    name: "resetPasswordAction",
    access: adminActs,
    input: (ctx) => ({ userId: ctx.f.userId, password: `mat-khau-moi-${ctx.unique}` }),
    state: userState,
  },
  {
    kind: "action",
    file: usersActions,
    name: "setUserActiveAction",
    access: adminActs,
    input: (ctx) => ({ userId: ctx.f.userId, active: false }),
    state: userState,
    undo: async (ctx) => {
      readAsAdmin(await ctx.admin.action(`${usersActions}#setUserActiveAction`, { userId: ctx.f.userId, active: true }), "reactivating the user");
    },
  },
  {
    kind: "action",
    file: figuresActions,
    name: "upsertReferenceValueAction",
    access: adminActs,
    input: (ctx) => ({
      id: null,
      cityId: ctx.f.other.cityId,
      frameworkCode: "vn-learning-society",
      indicatorCode: "LF",
      year: 2001,
      value: 0.05,
      count: null,
      sourceTitle: `Niên giám ${ctx.unique}`,
      sourceUrl: null,
      noteVi: null,
      noteEn: null,
    }),
    state: (ctx) => count(ctx.db, `FROM "ReferenceValue" WHERE "cityId" = ? AND "indicatorCode" = 'LF' AND "year" = 2001`, ctx.f.other.cityId),
    undo: async (ctx) => {
      const made = row(ctx.db, `SELECT "id" FROM "ReferenceValue" WHERE "cityId" = ? AND "indicatorCode" = 'LF' AND "year" = 2001`, ctx.f.other.cityId);
      if (made) readAsAdmin(await ctx.admin.action(`${figuresActions}#deleteReferenceValueAction`, { id: made.id }), "deleting the figure");
    },
  },
  {
    kind: "action",
    file: figuresActions,
    name: "deleteReferenceValueAction",
    access: adminActs,
    note: "The allowed cell deletes a figure made for it; refusals aim at Hà Nội's published figure.",
    input: async (ctx) => {
      if (ctx.expected !== "allowed") return { id: ctx.f.referenceValueId };
      const made = await ctx.admin.action(`${figuresActions}#upsertReferenceValueAction`, {
        id: null,
        cityId: ctx.f.other.cityId,
        frameworkCode: "vn-learning-society",
        indicatorCode: "LF",
        year: 2002,
        value: 0.06,
        count: null,
        sourceTitle: `Niên giám ${ctx.unique}`,
        sourceUrl: null,
        noteVi: null,
        noteEn: null,
      });
      return { id: readAsAdmin<{ id: string }>(made, "making a figure to delete").id };
    },
    state: (ctx, input) => count(ctx.db, `FROM "ReferenceValue" WHERE "id" = ?`, (input as { id: string }).id),
  },
  {
    kind: "action",
    file: frameworksActions,
    name: "importFrameworkAction",
    access: adminActs,
    input: (ctx) => ({ text: frameworkFileText(`ma-tran-${ctx.unique}`) }),
    state: (ctx) => count(ctx.db, `FROM "Framework" WHERE "code" = ?`, `ma-tran-${ctx.unique}`),
    elsewhere: { administrator: setupOf("the administrator imports the draft the framework acts aim at") },
  },
  {
    kind: "action",
    file: frameworksActions,
    name: "updateDraftIndicatorAction",
    access: adminActs,
    input: (ctx) => {
      const indicator = row(ctx.db, `SELECT "type", "labelEn" FROM "Indicator" WHERE "id" = ?`, ctx.f.draftIndicatorId)!;
      return { indicatorId: ctx.f.draftIndicatorId, type: indicator.type, labelVi: `Nhãn ${ctx.unique}`, labelEn: indicator.labelEn, helpVi: null, helpEn: null, verified: false, verificationNoteVi: null, verificationNoteEn: null, targets: [] };
    },
    state: (ctx) => row(ctx.db, `SELECT "labelVi" FROM "Indicator" WHERE "id" = ?`, ctx.f.draftIndicatorId),
  },
  // Publishing aims at the setup's draft, retiring at a published framework; both are administrators' only.
  ...(
    [
      ["publishFrameworkAction", "draftFrameworkId", "publishes a draft once, records when, and audits the step"],
      ["retireFrameworkAction", "publishedFrameworkId", "retires a published version, and nothing else"],
    ] as const
  ).map(
    ([name, target, title]): ActionEntry => ({
      kind: "action",
      file: frameworksActions,
      name,
      access: adminActs,
      input: (ctx) => ({ frameworkId: ctx.f[target] }),
      state: (ctx) => row(ctx.db, `SELECT "status" FROM "Framework" WHERE "id" = ?`, ctx.f[target]),
      elsewhere: { administrator: test("server/frameworks/admin-frameworks.test.ts", title) },
    }),
  ),
  {
    kind: "action",
    file: cyclesActions,
    name: "openCycleAction",
    access: { administrator: "allowed", coordinator: "allowed", official: "forbidden", viewer: "forbidden", anonymous: "forbidden" },
    input: () => ({ frameworkCode: "gnlc-application", year: 2031, opensOn: "2031-01-01", dueOn: "2031-06-30" }),
    state: (ctx) => count(ctx.db, `FROM "ReportingCycle" WHERE "frameworkCode" = 'gnlc-application' AND "year" = 2031`),
    elsewhere: {
      administrator: test("server/cycles/cycles.test.ts", "lets an administrator or a coordinator open one per framework and year, audited"),
      coordinator: test("server/cycles/cycles.test.ts", "lets an administrator or a coordinator open one per framework and year, audited"),
    },
  },
  {
    kind: "action",
    file: cyclesActions,
    name: "updateCycleDatesAction",
    access: { administrator: "allowed", coordinator: "allowed", official: "forbidden", viewer: "forbidden", anonymous: "forbidden" },
    input: (ctx) => ({ cycleId: ctx.f.cycleId, opensOn: "2026-10-01", dueOn: "2027-03-31" }),
    state: (ctx) => row(ctx.db, `SELECT "opensOn", "dueOn" FROM "ReportingCycle" WHERE "id" = ?`, ctx.f.cycleId),
    elsewhere: {
      administrator: test(matrixIntegration, "an administrator and a coordinator move a cycle's dates"),
      coordinator: test(matrixIntegration, "an administrator and a coordinator move a cycle's dates"),
    },
  },
  {
    kind: "action",
    file: cyclesActions,
    name: "extendDueDateAction",
    sides: true,
    access: { administrator: split("allowed", "notFound"), coordinator: split("allowed", "notFound"), official: "forbidden", viewer: "forbidden", anonymous: "forbidden" },
    note: "Sơn La, a network member known from publications, takes part in no cycle: not found even for an administrator. That a coordinator's own scope is checked first is server/cycles/cycles.test.ts's.",
    input: (ctx) => ({ cycleId: ctx.f.cycleId, cityId: ctx.side.cityId, dueOn: "2027-12-31", reason: `Lý do ${ctx.unique}` }),
    state: (ctx) => row(ctx.db, `SELECT "dueOn", "reason" FROM "CycleExtension" WHERE "cycleId" = ? AND "cityId" = ?`, ctx.f.cycleId, ctx.side.cityId),
    elsewhere: {
      administrator: { own: test(matrixIntegration, "an administrator extends a taking-part city's due date") },
      coordinator: { own: test("server/cycles/cycles.test.ts", "lets a coordinator extend for a city they cover, and change it later, each audited") },
    },
  },
  {
    kind: "action",
    file: "server/actions/network.ts",
    name: "addNetworkStatAction",
    access: adminActs,
    input: () => ({
      asOf: "2026-06-30",
      newMembers: null,
      newMemberCountries: null,
      totalMembers: 430,
      countries: 92,
      citizensReached: null,
      sourceTitle: "UIL",
      sourceUrl: null,
      noteVi: null,
      noteEn: null,
    }),
    state: (ctx) => count(ctx.db, `FROM "NetworkStat"`),
    elsewhere: { administrator: test("server/network/network.test.ts", "lets an administrator add a row, with an audit event") },
  },
  {
    kind: "action",
    file: "server/actions/notifications.ts",
    name: "markAllReadAction",
    access: signedIn("forbidden"),
    note: "Everyone's own notifications; marking the demo users' read would hide what the review browser tests look for.",
    input: () => ({}),
    elsewhere: Object.fromEntries(
      (["administrator", "coordinator", "official", "viewer"] as const).map((role) => [role, test(matrixIntegration, "every role marks its own notifications read, and only those")]),
    ),
  },
];

export const accessTable: Entry[] = [...pages, ...routes, ...actions];

// ─── Reading the table ──────────────────────────────────────────────────────────────────────────

export const cellOf = (entry: Entry, role: MatrixRole, scope: Scope): Outcome => {
  const cell = entry.access[role];
  return typeof cell === "string" ? cell : cell[scope];
};

export const scopesOf = (entry: Entry): readonly Scope[] => (entry.sides ? scopes : ["own"]);

/** How a cell is exercised elsewhere, or undefined when the matrix sends the request itself. */
export function evidenceFor(entry: Entry, role: MatrixRole, scope: Scope): Evidence | undefined {
  if (entry.kind === "page" || cellOf(entry, role, scope) !== "allowed") return undefined;
  const given = entry.elsewhere?.[role];
  if (!given) return undefined;
  return "setup" in given || "test" in given ? given : given[scope];
}

export const entryName = (entry: Entry) =>
  entry.kind === "action" ? `${entry.file}#${entry.name}${entry.variant ? ` (${entry.variant})` : ""}` : `${entry.kind === "route" ? `${entry.method} ` : ""}${entry.route}`;

/** The concrete path of a route pattern. */
export function fillRoute(route: string, params: Record<string, string>) {
  return route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route}: no value for [${name}]`);
    return name === "nextauth" ? value : encodeURIComponent(value);
  });
}

