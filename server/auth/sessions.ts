import "server-only";
import { sessionExpiry } from "@/lib/auth/session-lifetime";
import type { Db } from "../db";

type Writer = Pick<Db, "userSession">;

/** Opens a session for a user who just signed in, and clears sessions that have run out. */
export async function startSession(db: Db, userId: string, now = new Date()): Promise<string> {
  await db.userSession.deleteMany({ where: { expiresAt: { lt: now } } });
  const session = await db.userSession.create({ data: { userId, createdAt: now, expiresAt: sessionExpiry(now) } });
  return session.id;
}

/** Ends one session (signing out): its cookie, wherever it was copied, no longer signs anyone in. */
export async function endSession(db: Writer, sessionId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/**
 * Ends every session of a user: after a password reset, a change of role or city, a deactivation,
 * or when they sign out everywhere. Runs inside the caller's transaction when given one.
 */
export async function endAllSessions(db: Writer, userId: string): Promise<number> {
  return (await db.userSession.deleteMany({ where: { userId } })).count;
}
