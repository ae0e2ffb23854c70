import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isFileDownload, newNonce, securityHeaders } from "./headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("content security policy", () => {
  const production = directives(contentSecurityPolicy({ nonce: "abc123==", https: true, development: false }));

  it("runs only scripts carrying the request's nonce, and never eval in production", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'self'"]);
  });

  it("allows eval only for the development server", () => {
    const development = directives(contentSecurityPolicy({ nonce: "n", https: false, development: true }));
    expect(development.get("script-src")).toContain("'unsafe-eval'");
  });

  it("forbids framing and keeps fetches, forms, images and fonts on the app's own origin", () => {
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("connect-src")).toEqual(["'self'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
    expect(production.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(production.get("font-src")).toEqual(["'self'"]);
  });

  it("takes workers (the service worker) from the app's own origin only", () => {
    expect(production.get("worker-src")).toEqual(["'self'"]);
  });

  it("keeps a nonce out of style-src, where it would switch off 'unsafe-inline'", () => {
    expect(production.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("upgrades insecure requests only when served over https", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(true);
    expect(directives(contentSecurityPolicy({ nonce: "n", https: false, development: false })).has("upgrade-insecure-requests")).toBe(false);
  });
});

describe("security headers", () => {
  it("deny framing, sniffing, cross-origin referrer paths and device features", () => {
    expect(securityHeaders({ https: false })).toEqual({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    });
  });

  it("pin https for a year once served over it", () => {
    expect(securityHeaders({ https: true })["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
  });
});

describe("file downloads", () => {
  it.each(["/api/evidence/ckx1", "/api/plan-files/ckx1", "/api/action-plans/p1/tasks.xlsx", "/api/assessments/a1/report.pdf"])("%s is one", (path) => {
    expect(isFileDownload(path)).toBe(true);
  });

  it.each(["/api/plan-files", "/api/assessments/a1/evidence", "/api/health", "/api/auth/session", "/assessments/a1", "/report.pdf"])("%s is not", (path) => {
    expect(isFileDownload(path)).toBe(false);
  });
});

describe("nonces", () => {
  it("are 128 random bits in the characters Next.js reads from a policy", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
