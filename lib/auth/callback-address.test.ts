import { describe, expect, it } from "vitest";
import { isReadableCallbackAddress } from "./callback-address";

describe("callback addresses next-auth can read", () => {
  it("are paths of the site and http(s) URLs", () => {
    for (const ok of ["/dashboard", "/assessments/a1?x=%3Cb%3E", "https://hoctap.example.vn/x", "http://localhost:3000"]) expect(isReadableCallbackAddress(ok, "http://localhost:3000"), ok).toBe(true);
  });

  it("are not bare words, other schemes or broken text", () => {
    for (const bad of ["NaN", "javascript:alert(1)", "data:text/html,<script>", "ftp://example.vn", "", "http://"]) expect(isReadableCallbackAddress(bad, "http://localhost:3000"), bad).toBe(false);
  });
});
