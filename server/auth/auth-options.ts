import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { sameOriginPath } from "@/lib/auth/callback-address";
import { clientAddress, peerAddressHeader, peerHeaderFlag, trustedProxyHops } from "@/lib/security/client-address";
import { sessionIdleSeconds } from "@/lib/auth/session-lifetime";
import { servedOverHttps, sessionCookie } from "@/lib/security/session-cookie";
import { signInSchema } from "@/lib/validation/sign-in";
import { db } from "../db";
import { applySavedLocale } from "../users/locale-cookie";
import { endSession, startSession } from "./sessions";
import { verifySignIn } from "./verify-sign-in";

interface OidcProfile {
  sub: string;
  email?: string;
  name?: string;
}

/**
 * Single sign-on through a municipal identity provider (Keycloak, Entra ID, ...) when its
 * settings are present. It signs in only users an administrator has already created, matched
 * by e-mail: the identity provider proves who someone is, this app decides what they may do.
 */
function oidcProvider(): OAuthConfig<OidcProfile> | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = process.env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: "oidc",
    name: OIDC_NAME || "SSO",
    type: "oauth",
    wellKnown: `${OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    idToken: true,
    checks: ["pkce", "state"],
    authorization: { params: { scope: "openid email profile" } },
    profile: (profile) => ({ id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? null }),
  };
}

export const singleSignOnEnabled = () => oidcProvider() !== null;
export const singleSignOnName = () => process.env.OIDC_NAME || "SSO";

/** The address the per-address brake counts under: the TCP peer, or per TRUSTED_PROXY_HOPS the proxies' word. */
function requestAddress(headers: Record<string, unknown> | undefined): string {
  const header = (name: string) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : null;
  };
  // Believed only when the app's own server (scripts/serve.mjs) wrote it, replacing the client's.
  const peer = process.env[peerHeaderFlag] === "1" ? header(peerAddressHeader) : null;
  return clientAddress({ peer, forwardedFor: header("x-forwarded-for"), trustedHops: trustedProxyHops(process.env.TRUSTED_PROXY_HOPS) });
}

async function activeUserIdByEmail(email: string | null | undefined): Promise<string | null> {
  if (!email) return null;
  const user = await db().user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true, active: true } });
  return user?.active ? user.id : null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: sessionIdleSeconds },
  // next-auth's other cookies (CSRF, callback address, SSO state) follow the same Secure choice.
  useSecureCookies: servedOverHttps(),
  cookies: { sessionToken: sessionCookie(servedOverHttps()) },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const outcome = await verifySignIn(db(), { ...parsed.data, address: requestAddress(req?.headers) });
        if (outcome.ok) return { id: outcome.userId };
        // The message reaches the sign-in form as the error code, which it translates.
        if (outcome.reason === "locked") throw new Error("locked");
        return null;
      },
    }),
    ...(oidcProvider() ? [oidcProvider()!] : []),
  ],
  callbacks: {
    // Wherever next-auth is asked to send the browser next, only this site's own pages.
    redirect({ url, baseUrl }) {
      return new URL(sameOriginPath(url, baseUrl), baseUrl).href;
    },
    async signIn({ account, user }) {
      if (account?.provider !== "oidc") return true;
      return (await activeUserIdByEmail(user.email)) !== null;
    },
    // At sign-in the cookie gets the user and a session row of its own; every request then checks
    // that row (server/auth/load-actor.ts), so ending it ends the cookie wherever it was copied.
    async jwt({ token, user, account }) {
      if (user) {
        const uid = account?.provider === "oidc" ? await activeUserIdByEmail(user.email) : user.id;
        token.uid = uid ?? undefined;
        token.sid = uid ? await startSession(db(), uid) : undefined;
        if (uid) await applySavedLocale(db(), uid);
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: typeof token.uid === "string" ? token.uid : undefined, sessionId: typeof token.sid === "string" ? token.sid : undefined };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(db(), token.sid);
    },
  },
};
