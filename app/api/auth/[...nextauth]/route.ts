import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { callbackAddressCookies, isReadableCallbackAddress } from "@/lib/auth/callback-address";
import { failureResponse } from "@/server/actions/json-response";
import { authOptions } from "@/server/auth/auth-options";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth itself, except that a callback address it cannot read (a hand-edited `?callbackUrl=`,
 * or such a cookie) is the caller's mistake: a 400 that also drops the cookie, not next-auth's 500.
 */
async function authRoute(request: NextRequest, context: Context) {
  const origin = request.nextUrl.origin;
  const param = request.nextUrl.searchParams.get("callbackUrl");
  const badCookies = callbackAddressCookies.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && value !== "" && !isReadableCallbackAddress(value, origin);
  });
  if ((param === null || param === "" || isReadableCallbackAddress(param, origin)) && badCookies.length === 0) return handler(request, context);
  const response = await failureResponse({ reason: "invalid" });
  for (const name of badCookies) response.headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return response;
}

export { authRoute as GET, authRoute as POST };
