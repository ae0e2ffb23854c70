import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { callbackAddressCookies, isReadableCallbackAddress } from "@/lib/auth/callback-address";
import { failureResponse } from "@/server/actions/json-response";
import { authOptions } from "@/server/auth/auth-options";
import { loadSessionActor } from "@/server/auth/load-actor";
import { db } from "@/server/db";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth itself, except for what it would answer with a 500: a callback address it cannot read
 * (a hand-edited `?callbackUrl=`, such a cookie, or the field in a posted form) is the caller's
 * mistake, a 400 that also drops the cookie; a GET of the credentials callback, which only takes
 * a posted form, is a 405. Where a readable address may lead is next-auth's `redirect` callback's
 * decision (server/auth/auth-options.ts): this site only.
 */
async function authRoute(request: NextRequest, context: Context) {
  const origin = request.nextUrl.origin;
  const { nextauth } = await context.params;
  if (request.method === "GET" && nextauth[0] === "callback" && nextauth[1] === "credentials") {
    const response = await failureResponse({ reason: "invalid" });
    return new Response(response.body, { status: 405, headers: { ...Object.fromEntries(response.headers), Allow: "POST" } });
  }
  const addresses = [request.nextUrl.searchParams.get("callbackUrl")];
  if (request.method === "POST") {
    const posted = await postedCallbackAddress(request);
    if (posted === undefined) return failureResponse({ reason: "invalid" });
    addresses.push(posted);
  }
  const badCookies = callbackAddressCookies.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && value !== "" && !isReadableCallbackAddress(value, origin);
  });
  const readable = addresses.every((value) => value === null || value === "" || isReadableCallbackAddress(value, origin));
  if (readable && badCookies.length === 0) {
    const response: Response = await handler(request, context);
    return nextauth[0] === "session" && request.method === "GET" ? withoutEndedSession(response) : response;
  }
  const response = await failureResponse({ reason: "invalid" });
  for (const name of badCookies) response.headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return response;
}

/**
 * next-auth's session endpoint reads the cookie alone; a session that was signed out, or ended by
 * a password reset or a change of role, answers as no session, as every page and action does.
 */
async function withoutEndedSession(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const session = (await response.clone().json().catch(() => null)) as { userId?: unknown; sessionId?: unknown } | null;
  if (!session || typeof session.userId !== "string") return response;
  const live = typeof session.sessionId === "string" && (await loadSessionActor(db(), { userId: session.userId, sessionId: session.sessionId })) !== null;
  return live ? response : Response.json({}, { headers: response.headers });
}

/** The `callbackUrl` field of a posted form (null when there is none), or undefined when the body is not a form next-auth could read. */
async function postedCallbackAddress(request: NextRequest): Promise<string | null | undefined> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) return type === "" ? null : undefined;
  try {
    const value = (await request.clone().formData()).get("callbackUrl");
    return typeof value === "string" ? value : null;
  } catch {
    return undefined;
  }
}

export { authRoute as GET, authRoute as POST };
