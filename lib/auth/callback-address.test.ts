import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isReadableCallbackAddress, sameOriginPath } from "./callback-address";

const origin = "http://localhost:3000";

describe("callback addresses next-auth can read", () => {
  it("are paths of the site and http(s) URLs", () => {
    for (const ok of ["/dashboard", "/assessments/a1?x=%3Cb%3E", "https://hoctap.example.vn/x", "http://localhost:3000"]) expect(isReadableCallbackAddress(ok, origin), ok).toBe(true);
  });

  it("are not bare words, other schemes or broken text", () => {
    for (const bad of ["NaN", "javascript:alert(1)", "data:text/html,<script>", "ftp://example.vn", "", "http://"]) expect(isReadableCallbackAddress(bad, origin), bad).toBe(false);
  });
});

describe("the path to return to after signing in", () => {
  it("keeps a path of the site, with its query and fragment", () => {
    expect(sameOriginPath("/assessments/a1?tab=review#lf", origin)).toBe("/assessments/a1?tab=review#lf");
    expect(sameOriginPath("http://localhost:3000/review?status=submitted", origin)).toBe("/review?status=submitted");
    expect(sameOriginPath("/a/../compare", origin)).toBe("/compare");
  });

  it("refuses every way of writing another site that a browser would follow", () => {
    const others = [
      "//evil.example/x",
      "/\\evil.example/x",
      "\\\\evil.example/x",
      "/\t/evil.example/x",
      "/\n/evil.example/x",
      "\t//evil.example",
      "https://evil.example/x",
      "https:evil.example",
      "http://localhost:3000@evil.example/",
      "http://user:pw@localhost:3000/",
      "http://localhost:3001/dashboard",
      "https://localhost:3000/dashboard",
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "///evil.example",
      " //evil.example",
    ];
    for (const value of others) expect(sameOriginPath(value, origin), JSON.stringify(value)).toBe("/dashboard");
  });

  it("never yields a path that reads as another host, however it was written", () => {
    // Percent-encoded separators stay encoded, and a doubled slash after dot segments collapses.
    expect(sameOriginPath("/%09/evil.example/x", origin)).toBe("/%09/evil.example/x");
    expect(sameOriginPath("/x/..//evil.example", origin)).toBe("/evil.example");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string().map((s) => `/${s}`), fc.string().map((s) => `/\\${s}`)), (value) => {
        const path = sameOriginPath(value, origin);
        expect(path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")).toBe(true);
        // Followed by a browser from any page of the site, it stays on the site.
        expect(new URL(path, `${origin}/some/page`).origin).toBe(origin);
      }),
    );
  });
});
