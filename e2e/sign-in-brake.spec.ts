import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { lockableServerPort } from "./ports";
import { demoPassword, demoUser } from "./helpers";

// Runs against the second server: these attempts lock this machine's own address there.
const base = `http://localhost:${lockableServerPort}`;

/** One sign-in through next-auth's credentials form, as the browser sends it; the error code it answers with, or null on success. */
async function signInOver(api: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}): Promise<string | null> {
  const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
  const response = await api.post("/api/auth/callback/credentials", { form: { email, password, csrfToken, json: "true" }, headers, maxRedirects: 0 });
  const { url } = await response.json();
  return new URL(url).searchParams.get("error");
}

test.describe.configure({ mode: "serial" });

test("parallel wrong passwords lock the account, and headers a client writes do not move its address", async () => {
  test.slow();
  // A context per attempt: each has its own next-auth cookies, as separate browsers would.
  const contexts = await Promise.all(Array.from({ length: 41 }, () => request.newContext({ baseURL: base })));
  try {
    // 20 wrong passwords at once against one real account: counted one by one, so it locks.
    const burst = await Promise.all(contexts.slice(0, 20).map((api) => signInOver(api, demoUser("viewer"), "wrong-password")));
    expect(burst.filter((code) => code === "locked").length).toBeGreaterThan(0);
    expect(await signInOver(contexts[20], demoUser("viewer"), demoPassword)).toBe("locked");

    // 20 more, each claiming another address in X-Forwarded-For and in the server's own peer
    // header: all are counted under the one real address, which passes its limit of 40.
    const sweep = await Promise.all(
      contexts.slice(21).map((api, i) => signInOver(api, `khong-co-${i}@demo.hoctap.vn`, "guess", { "X-Forwarded-For": `198.51.100.${i}`, "X-Learning-City-Peer": `203.0.113.${i}` })),
    );
    expect(sweep.every((code) => code === "CredentialsSignin" || code === "locked")).toBe(true);
    // Another account, never guessed at, is refused from this address whatever it claims.
    expect(await signInOver(contexts[0], demoUser("administrator"), demoPassword, { "X-Forwarded-For": "192.0.2.77" })).toBe("locked");
  } finally {
    await Promise.all(contexts.map((api) => api.dispose()));
  }
});
