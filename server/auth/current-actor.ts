import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "../db";
import { authOptions } from "./auth-options";
import { loadSessionActor, type SignedInUser } from "./load-actor";

/** The signed-in user for this request, or null (no cookie, or its session was ended). Read once per request. */
export const currentActor = cache(async (): Promise<SignedInUser | null> => {
  const session = await getServerSession(authOptions);
  return session?.userId && session.sessionId ? loadSessionActor(db(), { userId: session.userId, sessionId: session.sessionId }) : null;
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireActor(): Promise<SignedInUser> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
