/**
 * Whether next-auth can read `value` as the address to return to after signing in or out: an
 * http(s) URL, or a path on this site. next-auth checks its `callbackUrl` parameter and cookie the
 * same way, but answers a failure with a 500 "server configuration" error; the route asks first.
 */
export function isReadableCallbackAddress(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * Where to go after signing in: `value` resolved against this site's `origin` the way a browser
 * resolves it (backslashes as slashes, tabs and newlines dropped, dot segments applied), kept only
 * when it stays on that origin, as a path with a single leading slash (so it can never read as a
 * protocol-relative address later). Anything else, `fallback`.
 */
export function sameOriginPath(value: string | null | undefined, origin: string, fallback = "/dashboard"): string {
  if (!value) return fallback;
  let resolved: URL;
  let site: URL;
  try {
    site = new URL(origin);
    resolved = new URL(value, site);
  } catch {
    return fallback;
  }
  if (resolved.origin !== site.origin || resolved.username || resolved.password) return fallback;
  return `/${resolved.pathname.replace(/^\/+/, "")}${resolved.search}${resolved.hash}`;
}

/** The names next-auth gives its callback-address cookie, with and without the Secure prefix. */
export const callbackAddressCookies = ["next-auth.callback-url", "__Secure-next-auth.callback-url"] as const;
