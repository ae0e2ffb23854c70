import type { CookiesOptions } from "next-auth";

/**
 * Whether the app's public address (NEXTAUTH_URL) is https: then cookies are sent over TLS only.
 * The plain-http demo (http://localhost:3000) keeps them without the Secure flag, or browsers on
 * other hosts would drop them and nobody could stay signed in.
 */
export function servedOverHttps(publicUrl = process.env.NEXTAUTH_URL): boolean {
  return publicUrl?.trim().toLowerCase().startsWith("https://") ?? false;
}

/**
 * The signed-in session's cookie, pinned here rather than left to next-auth's defaults: scripts
 * cannot read it (HttpOnly), other sites' forms and frames do not send it (SameSite=Lax), and
 * over https it is Secure with the `__Secure-` prefix, which browsers refuse to set otherwise.
 */
export function sessionCookie(secure: boolean): CookiesOptions["sessionToken"] {
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax", path: "/", secure },
  };
}
