import { describe, expect, it, vi } from "vitest";
import { servedOverHttps, sessionCookie } from "./session-cookie";

describe("session cookie", () => {
  it("is Secure, prefixed, HttpOnly and SameSite=Lax behind https", () => {
    expect(sessionCookie(servedOverHttps("https://hoctap.example.gov.vn"))).toEqual({
      name: "__Secure-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });

  it("stays HttpOnly and SameSite=Lax, without Secure, for the plain-http demo", () => {
    expect(sessionCookie(servedOverHttps("http://localhost:3000"))).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
  });

  it("treats a missing public address as plain http", () => {
    expect(servedOverHttps(undefined)).toBe(false);
    expect(servedOverHttps(" HTTPS://Example.org ")).toBe(true);
  });
});

describe("the app's sign-in configuration", () => {
  const configuredFor = async (publicUrl: string) => {
    vi.resetModules();
    vi.stubEnv("NEXTAUTH_URL", publicUrl);
    const { authOptions } = await import("@/server/auth/auth-options");
    vi.unstubAllEnvs();
    return authOptions;
  };

  it("uses the pinned session cookie and Secure cookies in production behind https", async () => {
    const options = await configuredFor("https://hoctap.example.gov.vn");
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.sessionToken).toEqual(sessionCookie(true));
  });

  it("keeps cookies usable over the demo's plain http", async () => {
    const options = await configuredFor("http://localhost:3000");
    expect(options.useSecureCookies).toBe(false);
    expect(options.cookies?.sessionToken).toEqual(sessionCookie(false));
  });
});
