// Talking to the app as a browser would: sign in through next-auth's credentials endpoint and keep
// the session cookie, then time downloads to the last byte.

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

/**
 * A session cookie for the user, from next-auth's CSRF token and credentials callback. Called once
 * per user and run: the sign-in brake slows an account down after failures, never after successes.
 */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/dashboard`, json: "true" }),
  });
  const session = cookiesOf(response).filter((cookie) => cookie.includes("session-token="));
  if (session.length === 0) throw new Error(`sign-in as ${email} failed (HTTP ${response.status})`);
  return [...jar, ...session].join("; ");
}

export interface Download {
  status: number;
  /** Milliseconds from the request to the last byte. */
  ms: number;
  bytes: number;
  contentType: string | null;
}

/** One GET, read to the end, timed. */
export async function download(url: string, cookie?: string): Promise<Download> {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  let bytes = 0;
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) bytes += chunk.value.byteLength;
  return { status: response.status, ms: performance.now() - started, bytes, contentType: response.headers.get("content-type") };
}
