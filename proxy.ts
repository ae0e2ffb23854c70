import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, downloadContentSecurityPolicy, isFileDownload, newNonce, securityHeaders } from "@/lib/security/headers";

/**
 * Sets the security headers on every response (pages, 404s, server actions, route handlers).
 * Pages are rendered per request, so Next.js reads the nonce from the request's policy and puts
 * it on its own script tags.
 */
export function proxy(request: NextRequest) {
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

export const config = {
  // Hashed build assets need none of these headers; skipping them saves work on every page load.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
