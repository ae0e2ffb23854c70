import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { webLink } from "./web-link";

describe("which stored addresses become links", () => {
  it("only absolute http and https addresses", () => {
    expect(webLink("https://hanoimoi.vn/print/691286.html")).toBe("https://hanoimoi.vn/print/691286.html");
    expect(webLink(" http://example.vn/bien-ban ")).toBe("http://example.vn/bien-ban");
    for (const other of ["data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "smb://server/share", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "ftp://x.vn", "//evil.example", "/relative", "www.example.vn", "", null, undefined]) {
      expect(webLink(other), String(other)).toBeUndefined();
    }
  });

  it("never anything whose scheme is not http(s), whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const link = webLink(text);
        if (link !== undefined) expect(new URL(link).protocol).toMatch(/^https?:$/);
      }),
    );
  });
});
