import { NextResponse, type NextRequest } from "next/server";
import { defaultLocale, isLocale, localeCookie, type Locale } from "@/i18n/locales";
import { earlyRefusal } from "@/lib/security/request-guard";
import { contentSecurityPolicy, downloadContentSecurityPolicy, isFileDownload, newNonce, securityHeaders } from "@/lib/security/headers";

/** The `errors` messages of both languages, which next.config.js puts in at build time. */
const refusalMessages: Record<Locale, Record<string, string>> = JSON.parse(process.env.REFUSAL_MESSAGES ?? '{"vi":{},"en":{}}');

/**
 * Sets the security headers on every response (pages, 404s, server actions, route handlers).
 * Pages are rendered per request, so Next.js reads the nonce from the request's policy and puts
 * it on its own script tags.
 */
export function proxy(request: NextRequest) {
  const refusal = earlyRefusal(rawPathname(request), request.headers);
  if (refusal) {
    const cookie = request.cookies.get(localeCookie)?.value;
    const body = { error: refusal.reason, fieldErrors: {}, message: refusalMessages[isLocale(cookie) ? cookie : defaultLocale][refusal.reason] };
    return NextResponse.json(body, { status: refusal.status, headers: { "Cache-Control": "no-store", "Content-Security-Policy": downloadContentSecurityPolicy, ...securityHeaders({ https: request.nextUrl.protocol === "https:" }) } });
  }
  const https = request.nextUrl.protocol === "https:";
  const download = isFileDownload(request.nextUrl.pathname);
  const policy = download
    ? downloadContentSecurityPolicy
    : contentSecurityPolicy({ nonce: newNonce(), https, development: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

/** The path as it was sent, before any decoding: the part of the URL between the host and the query. */
function rawPathname(request: NextRequest): string {
  return new URL(request.url).pathname;
}

export const config = {
  // Hashed build assets need none of these headers; skipping them saves work on every page load.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
