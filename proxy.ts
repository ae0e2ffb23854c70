import { NextResponse, type NextRequest } from "next/server";
import { defaultLocale, isLocale, localeCookie, type Locale } from "@/i18n/locales";
import { earlyRefusal, readBodyUpTo, serverActionBodyLimit, serverActionBodyProblem, type EarlyRefusal } from "@/lib/security/request-guard";
import { contentSecurityPolicy, downloadContentSecurityPolicy, isFileDownload, newNonce, securityHeaders } from "@/lib/security/headers";

/** The `errors` messages of both languages, which next.config.js puts in at build time. */
const refusalMessages: Record<Locale, Record<string, string>> = JSON.parse(process.env.REFUSAL_MESSAGES ?? '{"vi":{},"en":{}}');

/**
 * Sets the security headers on every response (pages, 404s, server actions, route handlers).
 * Pages are rendered per request, so Next.js reads the nonce from the request's policy and puts
 * it on its own script tags.
 */
export async function proxy(request: NextRequest) {
  const refusal = earlyRefusal(rawPathname(request), request.headers, { method: request.method, ownHosts: configuredHosts }) ?? (await serverActionRefusal(request));
  if (refusal) return refuse(request, refusal);
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

/** The hosts the app is configured to be reached at, besides the Host header of each request. */
const configuredHosts = [process.env.NEXTAUTH_URL, process.env.APP_URL].flatMap((url) => {
  try {
    return url ? [new URL(url).host] : [];
  } catch {
    return [];
  }
});

/**
 * A server action's body, read here (Next.js hands the proxy a copy and the action the original)
 * up to the size Next.js accepts, and refused when it is longer or not what the browser's React
 * sends for the app's plain-data actions.
 */
async function serverActionRefusal(request: NextRequest): Promise<EarlyRefusal | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const body = await readBodyUpTo(request.body, serverActionBodyLimit);
  if (body === null) return { status: 413, reason: "tooLarge" };
  return serverActionBodyProblem(request.headers.get("content-type"), body);
}

function refuse(request: NextRequest, refusal: EarlyRefusal) {
  const cookie = request.cookies.get(localeCookie)?.value;
  const body = { error: refusal.reason, fieldErrors: {}, message: refusalMessages[isLocale(cookie) ? cookie : defaultLocale][refusal.reason] };
  return NextResponse.json(body, { status: refusal.status, headers: { "Cache-Control": "no-store", "Content-Security-Policy": downloadContentSecurityPolicy, ...securityHeaders({ https: request.nextUrl.protocol === "https:" }) } });
}

/** The path as it was sent, before any decoding: the part of the URL between the host and the query. */
function rawPathname(request: NextRequest): string {
  return new URL(request.url).pathname;
}

export const config = {
  // Hashed build assets need none of these headers; skipping them saves work on every page load.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
