import { describe, expect, it } from "vitest";
import { earlyRefusal, serverActionBodyLimit } from "./request-guard";

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
