import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoUser, signIn } from "./helpers";
import { mainServerPort } from "./ports";
import { callServerAction, serverActions } from "./server-actions";

// A page of another site, served from another port of the same host, with a signed-in official's
// browser: the session cookie goes along (cookies ignore ports, and SameSite counts another port
// as the same site), so only the request's origin tells it apart from the app's own pages.
const origin = `http://localhost:${mainServerPort}`;

interface Sqlite {
  prepare(sql: string): { get(...params: unknown[]): unknown };
  close(): void;
}
function readDatabase<T>(sql: string, ...params: unknown[]): T {
  const Database = createRequire(path.join(process.cwd(), "package.json"))("better-sqlite3") as new (file: string, options: object) => Sqlite;
  const sqlite = new Database(path.join(process.cwd(), `data/e2e-${mainServerPort}.db`), { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    return sqlite.prepare(sql).get(...params) as T;
  } finally {
    sqlite.close();
  }
}

/** Serves one page that posts an evidence file to the app as soon as it opens. */
function attackerSite(target: string, indicatorId: string): Promise<Server> {
  const html = `<!doctype html><meta charset="utf-8"><title>Trang khác</title><script>
    const form = new FormData();
    form.append("indicatorId", ${JSON.stringify(indicatorId)});
    form.append("file", new Blob(["%PDF-1.4\\n% from another site\\n%%EOF\\n"], { type: "application/pdf" }), "la.pdf");
    fetch(${JSON.stringify(target)}, { method: "POST", body: form, credentials: "include", mode: "no-cors" });
  </script>`;
  const server = createServer((_request, response) => response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html));
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

test("a page of another site cannot store a file in an official's checklist through the upload route", async ({ page }) => {
  await signIn(page, demoUser("official"));
  // A checklist of its own (happy schools, 2022: no other test uses it), open for editing.
  const city = readDatabase<{ id: string }>(`SELECT "id" FROM "City" WHERE "slug" = 'demo-city'`);
  const framework = readDatabase<{ id: string; indicatorId: string }>(
    `SELECT f."id" AS "id", i."id" AS "indicatorId" FROM "Framework" f JOIN "Indicator" i ON i."frameworkId" = f."id" WHERE f."code" = 'happy-schools' AND f."status" = 'published' ORDER BY i."position" LIMIT 1`,
  );
  const create = [...serverActions().values()].find((a) => a.name === "createAssessmentAction")!;
  const created = (await callServerAction(page.request, create, [{ cityId: city.id, frameworkId: framework.id, year: 2022 }], origin)).result as { ok: boolean; value: { id: string } };
  expect(created).toMatchObject({ ok: true });
  const target = `${origin}/api/assessments/${created.value.id}/evidence`;
  const files = () => readDatabase<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "EvidenceFile" WHERE "assessmentId" = ?`, created.value.id).n;

  const site = await attackerSite(target, framework.indicatorId);
  try {
    const answered = page.waitForResponse((response) => response.url() === target);
    await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
    expect((await answered).status()).toBe(403);
    expect(files()).toBe(0);
  } finally {
    site.close();
  }

  // The same upload from the app's own page goes through.
  const own = await page.request.post(target, {
    headers: { Origin: origin },
    multipart: { indicatorId: framework.indicatorId, file: { name: "bien-ban.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% own page\n%%EOF\n") } },
  });
  expect(own.status()).toBe(201);
  expect(files()).toBe(1);
});
