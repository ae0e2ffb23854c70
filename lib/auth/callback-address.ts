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

/** The names next-auth gives its callback-address cookie, with and without the Secure prefix. */
export const callbackAddressCookies = ["next-auth.callback-url", "__Secure-next-auth.callback-url"] as const;
