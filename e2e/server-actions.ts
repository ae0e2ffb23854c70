// Calling server actions over HTTP as the browser does, for tests that send what a form would
// not (another city's id, a record out of scope): POST to a page of the app with the action's
// id in the `Next-Action` header and the arguments as JSON; the answer is a React Server
// Components payload whose root row points at the action's return value.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

export interface ServerActionRef {
  id: string;
  /** The "use server" module, from the project root. */
  file: string;
  name: string;
  /** A page whose bundle holds the action, with its dynamic segments filled by a placeholder. */
  page: string;
}

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
  workers: Record<string, unknown>;
}

/** "app/(workspace)/assessments/[id]/page" → "/assessments/_". Route groups leave no trace in the URL. */
function pageOf(worker: string) {
  const segments = worker.replace(/^app\//, "").replace(/\/page$/, "").split("/");
  const visible = segments.filter((s) => s !== "page" && !(s.startsWith("(") && s.endsWith(")")));
  return "/" + visible.map((s) => (s.startsWith("[") ? "_" : s)).join("/");
}

/**
 * The build's server actions by "file#exportName", from its server reference manifest
 * (`<distDir>/server/server-reference-manifest.json`; the dist dir is NEXT_DIST_DIR, else .next).
 */
export function serverActions(distDir = process.env.NEXT_DIST_DIR || ".next"): Map<string, ServerActionRef> {
  const manifestPath = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { node: Record<string, ManifestEntry> };
  const actions = new Map<string, ServerActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) continue;
    const file = entry.filename.replace(/^\[project\]\//, "").replace(/^\.\//, "");
    const workers = Object.keys(entry.workers);
    // A page without dynamic segments renders for any caller; prefer it.
    const page = pageOf(workers.find((w) => !w.includes("[")) ?? workers[0] ?? "app/page");
    actions.set(`${file}#${entry.exportedName}`, { id, file, name: entry.exportedName, page });
  }
  if (actions.size === 0) throw new Error(`no server actions named in ${manifestPath}`);
  return actions;
}

/** Arguments as React's `encodeReply` writes plain JSON: a string starting with "$" gets a second one. */
function encodeArgs(args: unknown[]) {
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value));
}

/** The plain JSON the payload carries, with React's escapes undone ("$undefined", "$$…", dates as their ISO text). */
function revive(value: unknown): unknown {
  if (typeof value === "string") {
    if (value === "$undefined") return undefined;
    if (value.startsWith("$$")) return value.slice(1);
    if (value.startsWith("$D")) return value.slice(2);
    return value;
  }
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  return value;
}

/**
 * The action's return value out of an RSC payload: row 0 names it (`a`), inline or as a reference
 * to another row. Rows come in any order: after a revalidating action the page's rows come too.
 */
export function actionResultOf(payload: string): unknown {
  const rows = new Map<string, string>();
  for (const line of payload.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  const root = rows.get("0");
  if (root === undefined) throw new Error(`not a server action answer: ${payload.slice(0, 200)}`);
  const answer = (JSON.parse(root) as { a?: unknown }).a;
  const reference = typeof answer === "string" ? /^\$@([0-9a-f]+)$/.exec(answer) : null;
  if (!reference) return revive(answer);
  const row = rows.get(reference[1]);
  if (row === undefined) throw new Error(`the answer's row ${reference[1]} is missing: ${payload.slice(0, 200)}`);
  return revive(JSON.parse(row));
}

/**
 * Sends a request once more when the server had already closed the kept-alive connection it
 * went out on (after a slow step on the test's side): that request never reached the app.
 */
export async function resent<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!/socket hang up|ECONNRESET/.test(String(error))) throw error;
    return send();
  }
}

export interface ActionCall {
  status: number;
  result: unknown;
  headers: Record<string, string>;
}

/** Calls a server action with the request context's cookies, as the signed-in browser would. */
export async function callServerAction(request: APIRequestContext, action: ServerActionRef, args: unknown[], origin: string): Promise<ActionCall> {
  const response = await resent(() =>
    request.post(action.page, {
      headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
      data: encodeArgs(args),
      maxRedirects: 0,
    }),
  );
  const body = await response.text();
  if (response.headers()["x-nextjs-action-not-found"]) throw new Error(`${action.file}#${action.name}: the server does not know action ${action.id}`);
  try {
    return { status: response.status(), result: actionResultOf(body), headers: response.headers() };
  } catch (error) {
    throw new Error(`${action.file}#${action.name}: HTTP ${response.status()}: ${String(error)}`);
  }
}
