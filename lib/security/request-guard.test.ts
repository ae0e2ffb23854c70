import { describe, expect, it } from "vitest";
import { earlyRefusal, maxServerActionDepth, readBodyUpTo, serverActionBodyLimit, serverActionBodyProblem } from "./request-guard";

const headers = (init: Record<string, string> = {}) => new Headers(init);

describe("earlyRefusal", () => {
  it("lets ordinary paths through, Vietnamese ones included", () => {
    expect(earlyRefusal("/cities/ha-noi", headers())).toBeNull();
    expect(earlyRefusal("/assessments/%C4%90%C3%A0%20L%E1%BA%A1t", headers())).toBeNull();
  });

  it("refuses a path whose percent-encoding is broken or not UTF-8", () => {
    for (const path of ["/assessments/%ED%A0%80", "/assessments/%E0%A4%A", "/api/evidence/%ZZ"]) {
      expect(earlyRefusal(path, headers())).toEqual({ status: 400, reason: "invalid" });
    }
  });

  it("refuses a server-action body over the limit, and only a server action's", () => {
    const big = String(serverActionBodyLimit + 1);
    expect(earlyRefusal("/cities/demo-city", headers({ "next-action": "abc", "content-length": big }))).toEqual({ status: 413, reason: "tooLarge" });
    expect(earlyRefusal("/cities/demo-city", headers({ "next-action": "abc", "content-length": String(serverActionBodyLimit) }))).toBeNull();
    expect(earlyRefusal("/api/plan-files", headers({ "content-length": big }))).toBeNull();
  });
});

describe("requests that change data from another site", () => {
  const post = (init: Record<string, string>, ownHosts: string[] = []) => earlyRefusal("/api/plan-files", headers({ host: "localhost:3100", ...init }), { method: "POST", ownHosts });

  it("are refused with a 403 whatever the route: another host, another port, an opaque origin", () => {
    for (const origin of ["http://evil.example", "http://localhost:9999", "https://localhost.evil.example:3100", "null", "not a url"]) {
      expect(post({ origin }), origin).toEqual({ status: 403, reason: "forbidden" });
    }
    expect(earlyRefusal("/assessments/a1", headers({ host: "localhost:3100", origin: "http://localhost:9999", "next-action": "abc" }), { method: "POST" })).toEqual({ status: 403, reason: "forbidden" });
    expect(earlyRefusal("/api/evidence/f1", headers({ host: "localhost:3100", origin: "http://localhost:9999" }), { method: "DELETE" })).toEqual({ status: 403, reason: "forbidden" });
  });

  it("are refused when the browser says it crossed sites and sent no Origin", () => {
    expect(post({ "sec-fetch-site": "same-site" })).toEqual({ status: 403, reason: "forbidden" });
    expect(post({ "sec-fetch-site": "cross-site" })).toEqual({ status: 403, reason: "forbidden" });
  });

  it("go through from the app's own pages, its configured address, and programs that send no Origin", () => {
    expect(post({ origin: "http://localhost:3100" })).toBeNull();
    expect(post({ origin: "https://hoctap.example.vn", "x-forwarded-host": "hoctap.example.vn" })).toBeNull();
    expect(post({ origin: "https://hoctap.example.vn" }, ["hoctap.example.vn"])).toBeNull();
    expect(post({ "sec-fetch-site": "same-origin" })).toBeNull();
    expect(post({})).toBeNull();
  });

  it("never concern reading", () => {
    expect(earlyRefusal("/api/open-data/v1/cities", headers({ host: "localhost:3100", origin: "http://evil.example" }), { method: "GET" })).toBeNull();
  });
});

describe("server-action bodies", () => {
  const text = "text/plain;charset=UTF-8";
  it("pass when they are what the browser's React sends for plain data", () => {
    expect(serverActionBodyProblem(text, JSON.stringify([{ assessmentId: "a1", body: "$$5 triệu đồng", at: "$D2026-12-01T00:00:00.000Z", gone: "$undefined", n: "$n12" }]))).toBeNull();
    expect(serverActionBodyProblem(null, "[]")).toBeNull();
  });

  it("are refused when empty, not JSON, not an array, or multipart", () => {
    for (const body of ["", "   ", "{", "not json", '{"a":1}', '"x"', "42"]) expect(serverActionBodyProblem(text, body), body).toEqual({ status: 400, reason: "invalid" });
    expect(serverActionBodyProblem("multipart/form-data; boundary=x", "--x--")).toEqual({ status: 400, reason: "invalid" });
  });

  it("are refused when nested deeper than any form goes, without overflowing the stack", () => {
    const deep = "[".repeat(5000) + "]".repeat(5000);
    expect(serverActionBodyProblem(text, deep)).toEqual({ status: 400, reason: "invalid" });
    const deepObject = '{"a":'.repeat(100_000) + "1" + "}".repeat(100_000);
    expect(serverActionBodyProblem(text, `[${deepObject}]`)).toEqual({ status: 400, reason: "invalid" });
    expect(serverActionBodyProblem(text, "[".repeat(maxServerActionDepth) + "]".repeat(maxServerActionDepth))).toBeNull();
  });

  it("are refused when they point at parts, promises, maps or server references that were never sent", () => {
    for (const reference of ["$1", "$a", "$@1", "$Q2", "$W3", "$K4", "$B5", "$T", "$F1", "$h1", "$i1", "$R1", "$r1", "$A1", "$"]) {
      expect(serverActionBodyProblem(text, JSON.stringify([{ x: reference }])), reference).toEqual({ status: 400, reason: "invalid" });
    }
  });
});

describe("reading a body up to a limit", () => {
  const stream = (chunks: string[]) => new Response(new ReadableStream({ start(c) { for (const chunk of chunks) c.enqueue(new TextEncoder().encode(chunk)); c.close(); } })).body;
  it("returns the text when it fits, null when it is longer, without a length header", async () => {
    expect(await readBodyUpTo(stream(["[\"ệ", "\"]"]), 100)).toBe('["ệ"]');
    expect(await readBodyUpTo(stream(["x".repeat(60), "x".repeat(60)]), 100)).toBeNull();
    expect(await readBodyUpTo(null, 100)).toBe("");
  });
});
