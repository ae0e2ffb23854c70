import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadActor } from "@/server/auth/load-actor";
import { createPlan } from "@/server/action-plans/create-plan";
import { db } from "@/server/db";
import { actionPlanSchema } from "@/lib/validation/action-plans";
import { hostileString, scriptPayloads, unicodeEdges } from "@/tests/robustness/arbitraries";
import { rowCounts } from "@/tests/robustness/row-counts";
import { makeAssessment, makeUser } from "./fixtures";

// Every route handler under app/api (but sign-in's, which is next-auth's own), called directly
// with a Request as Next would: hostile ids in the path, hostile query strings, and bodies that
// are garbage, of the wrong type or shaped like a real upload. Whatever comes in, the answer is a
// status below 500, a refusal is JSON with a message a person can read, and it writes nothing.

const hooks = vi.hoisted(() => ({ actor: null as unknown }));
vi.mock("@/server/auth/current-actor", () => ({ currentActor: async () => hooks.actor, requireActor: async () => hooks.actor }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/messages/en.json")).default;
  return { getTranslations: async () => createTranslator({ locale: "en", messages }), getLocale: async () => "en" };
});
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => undefined }), headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
process.env.EVIDENCE_DIR = mkdtempSync(path.join(tmpdir(), "robust-evidence-"));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

const apiDir = path.resolve(import.meta.dirname, "../../app/api");
const routeFiles = (readdirSync(apiDir, { recursive: true }) as string[]).filter((f) => /(^|\/)route\.ts$/.test(f) && !f.includes("[..."));
const routes: { name: string; method: string; handler: Handler; params: string[]; url: string }[] = [];
for (const file of routeFiles) {
  const exports: Record<string, unknown> = await import(path.join(apiDir, file));
  const dir = path.dirname(file);
  const params = [...dir.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
  for (const method of methods) {
    if (typeof exports[method] === "function") routes.push({ name: `${method} /api/${dir}`, method, handler: exports[method] as Handler, params, url: `http://localhost/api/${dir}` });
  }
}

let world: { ids: string[]; actors: unknown[] };

beforeAll(async () => {
  const { city, official, assessmentId, framework } = await makeAssessment();
  const admin = await makeUser("administrator");
  const plan = await createPlan(db(), official, actionPlanSchema.parse({ cityId: city.id, titleVi: "Kế hoạch", startYear: 2025, endYear: 2030 }));
  if (!plan.ok) throw new Error(plan.reason);
  world = { ids: [assessmentId, framework.count.id, plan.value.id, city.id, city.slug], actors: [null, await loadActor(db(), admin.id), await loadActor(db(), official.id)] };
});

const idLike = () => fc.oneof(hostileString, fc.constantFrom(...world.ids), fc.constantFrom("%00", "..%2F..%2Fetc%2Fpasswd", "0".repeat(64), "\u0000"));

const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom("year", "framework", "city", "lang", "table", "format", "limit", "offset", "cursor", "peer", "mode", "id"), hostileString), fc.oneof(hostileString, fc.constantFrom("-1", "NaN", "1e309", "2025", "vi", "en", "responses"))), { maxLength: 5 })
  .map((pairs) => {
    const search = new URLSearchParams();
    for (const [key, value] of pairs) search.append(key, value);
    return search.toString();
  });

const fileName = fc.constantFrom("a.pdf", "../../etc/passwd", "<script>alert(1)</script>.xlsx", "nul\u0000.pdf", "\u202Efdp.exe", "", "x".repeat(3000));
const fileBytes = fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(new TextEncoder().encode("%PDF-1.7\n%%EOF"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])));
// Real ids among the values, so that some uploads get past the checks of their fields to the file's.
const formBody = () =>
  fc
    .tuple(
      fc.dictionary(fc.constantFrom("mode", "digest", "indicatorId", "updateId", "assessmentId", "table", "lang", ...unicodeEdges.slice(0, 3)), fc.oneof(hostileString, idLike(), fc.constantFrom("preview", "apply", "0".repeat(64))), { maxKeys: 4 }),
      fc.option(fc.tuple(fileName, fileBytes), { nil: undefined }),
    )
    .map(([fields, file]) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      if (file) form.append("file", new File([file[1] as Uint8Array<ArrayBuffer>], file[0]));
      return { body: form as BodyInit, headers: {} as Record<string, string> };
    });
const rawBody = fc.record({
  body: fc.oneof(hostileString, fc.constantFrom(...scriptPayloads), fc.constant('{"__proto__":{"admin":true}}'), fc.constant("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n")),
  headers: fc.constantFrom<Record<string, string>>({ "content-type": "multipart/form-data" }, { "content-type": "multipart/form-data; boundary=x" }, { "content-type": "application/json" }, { "content-type": "text/plain" }, { "content-type": "application/x-www-form-urlencoded" }, {}),
});

describe("every route handler, on hostile requests", () => {
  it("finds the app's route handlers", () => {
    expect(routes.map((r) => r.name)).toEqual(expect.arrayContaining(["POST /api/assessments/[id]/evidence", "GET /api/evidence/[fileId]", "POST /api/action-plans/[planId]/tasks.xlsx"]));
  });

  it.each(routes.map((r) => [r.name, r] as const))("%s answers below 500, refuses with a JSON message and writes nothing then", async (_name, route) => {
    const hasBody = !["GET", "DELETE", "OPTIONS"].includes(route.method);
    const params = fc.record(Object.fromEntries(route.params.map((p) => [p, idLike()])));
    const body = hasBody ? fc.oneof(formBody(), rawBody) : fc.constant(undefined);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...world.actors), params, query, body, async (actor, values, search, payload) => {
        hooks.actor = actor;
        const before = await rowCounts();
        const request = new Request(`${route.url}${search ? `?${search}` : ""}`, { method: route.method, body: payload?.body, headers: payload?.headers });
        const response = await route.handler(request, { params: Promise.resolve(values) });
        expect(response.status, `${route.method} ${JSON.stringify(values)} ?${search}`).toBeLessThan(500);
        if (response.status < 400) return;
        const answer: unknown = await response.json();
        expect(answer).toMatchObject({ message: expect.any(String) });
        expect(await rowCounts()).toEqual(before);
      }),
      { numRuns: 12 },
    );
  });
});
