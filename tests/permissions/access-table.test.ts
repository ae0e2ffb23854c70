import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { accessTable, cellOf, entryName, evidenceFor, fillRoute, matrixRoles, scopesOf, type CellContext, type Entry, type Fixtures, type Side } from "./access-table";
import { appSurface } from "./app-surface";

const surface = appSurface();
const pages = accessTable.filter((e) => e.kind === "page");
const routes = accessTable.filter((e) => e.kind === "route");
const actions = accessTable.filter((e) => e.kind === "action");

/** Stand-in fixtures: every id is its own field name, enough to fill a route. */
const fakeSide = new Proxy({}, { get: (_t, key) => `fake-${String(key)}` }) as Side;
const fakeFixtures = new Proxy({}, { get: (_t, key) => (key === "own" || key === "other" ? fakeSide : `fake-${String(key)}`) }) as Fixtures;
const fakeContext = (entry: Entry): CellContext => ({
  role: "viewer",
  scope: "other",
  expected: "forbidden",
  f: fakeFixtures,
  side: fakeSide,
  db: { get: () => undefined },
  actorId: null,
  unique: "x",
  admin: {
    action: () => Promise.reject(new Error(`${entryName(entry)}: refusals must not prepare anything`)),
    uploadEvidence: () => Promise.reject(new Error("unexpected")),
    deleteEvidence: () => Promise.reject(new Error("unexpected")),
  },
});

/** What app/ has and the table lacks, and what the table names that app/ does not have. */
function compare(inApp: string[], inTable: string[]) {
  return { missing: inApp.filter((k) => !inTable.includes(k)).sort(), unknown: [...new Set(inTable.filter((k) => !inApp.includes(k)))].sort() };
}

describe("the permission matrix names everything a request can reach", () => {
  it("has an entry for every page, and no entry for a page that does not exist", () => {
    const { missing, unknown } = compare(surface.pages, pages.map((e) => e.route));
    expect(missing, "pages without an entry in tests/permissions/access-table.ts").toEqual([]);
    expect(unknown, "entries for pages that do not exist").toEqual([]);
  });

  it("has an entry for every route handler method, and none for a method that does not exist", () => {
    const key = (r: { route: string; method: string }) => `${r.method} ${r.route}`;
    const { missing, unknown } = compare(surface.routeHandlers.map(key), routes.map(key));
    expect(missing, "route handler methods without an entry in tests/permissions/access-table.ts").toEqual([]);
    expect(unknown, "entries for route handler methods that do not exist").toEqual([]);
  });

  it("has an entry for every exported server action, and none for an action that does not exist", () => {
    const key = (a: { file: string; name: string }) => `${a.file}#${a.name}`;
    const { missing, unknown } = compare(surface.actions.map(key), actions.map(key));
    expect(missing, "server actions without an entry in tests/permissions/access-table.ts").toEqual([]);
    expect(unknown, "entries for server actions that do not exist").toEqual([]);
  });

  it("finds no server action declared inside a function, which the matrix could not name", () => {
    expect(surface.inlineActions).toEqual([]);
  });

  it("names each entry once", () => {
    const names = accessTable.map(entryName);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});

describe("each entry of the matrix", () => {
  it.each(accessTable.map((e) => [entryName(e), e] as const))("%s: uses outcomes its kind can give, on both sides when they differ", (_name, entry) => {
    const possible = { page: ["allowed", "notFound", "signIn", "toDashboard"], route: ["allowed", "notFound", "forbidden", "signIn"], action: ["allowed", "notFound", "forbidden"] }[entry.kind];
    for (const role of matrixRoles) {
      const cell = entry.access[role];
      if (typeof cell !== "string") expect(entry.sides, `${role}: a cell that differs by city needs sides: true`).toBe(true);
      for (const scope of scopesOf(entry)) expect(possible, `${role}, ${scope}`).toContain(cellOf(entry, role, scope));
    }
  });

  it.each(accessTable.map((e) => [entryName(e), e] as const))("%s: fills its route's dynamic segments", async (_name, entry) => {
    if (entry.kind === "action") return;
    const params = entry.kind === "page" ? (entry.params?.(fakeSide, fakeFixtures) ?? {}) : await (entry.params?.(fakeContext(entry)) ?? {});
    expect(fillRoute(entry.route, params)).not.toMatch(/\[|\]/);
  });

  it.each(accessTable.filter((e) => e.kind !== "page").map((e) => [entryName(e), e] as const))("%s: can tell a refusal changed nothing", (_name, entry) => {
    if (entry.kind === "route" && entry.method === "GET") return;
    const refusesSomeone = matrixRoles.some((role) => role !== "anonymous" && scopesOf(entry).some((scope) => cellOf(entry, role, scope) !== "allowed"));
    if (refusesSomeone) expect(entry.state, "state: the records a refusal must leave alone").toBeDefined();
  });

  it.each(accessTable.filter((e) => e.kind !== "page").map((e) => [entryName(e), e] as const))(
    "%s: says how each allowed cell left to other tests is exercised, and only allowed ones",
    (_name, entry) => {
      for (const [role, given] of Object.entries(entry.elsewhere ?? {})) {
        const cells = "setup" in given || "test" in given ? scopesOf(entry).map((scope) => [scope, given] as const) : Object.entries(given);
        for (const [scope, evidence] of cells) {
          if (!evidence) continue;
          const where = `${role}, ${scope}`;
          expect(cellOf(entry, role as (typeof matrixRoles)[number], scope as "own" | "other"), `${where} is not an allowed cell`).toBe("allowed");
          expect(evidenceFor(entry, role as (typeof matrixRoles)[number], scope as "own" | "other")).toBe(evidence);
          if ("test" in evidence) {
            expect(existsSync(evidence.test.file), `${where}: ${evidence.test.file} does not exist`).toBe(true);
            expect(readFileSync(evidence.test.file, "utf8"), `${where}: no test named "${evidence.test.title}" in ${evidence.test.file}`).toContain(`"${evidence.test.title}"`);
          }
        }
      }
    },
  );
});
