import "server-only";
import { isRole, type Actor } from "@/lib/permissions";
import type { Db } from "../db";

export interface SignedInUser extends Actor {
  email: string;
  name: string;
  locale: string;
}

const withAssignments = { assignments: { select: { cityId: true } } } as const;

type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;
const findUser = (db: Db, userId: string) => db.user.findUnique({ where: { id: userId }, include: withAssignments });

function toActor(user: UserRow): SignedInUser | null {
  if (!user.active || !isRole(user.role)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    role: user.role,
    active: user.active,
    cityId: user.cityId,
    coversAllCities: user.coversAllCities,
    assignedCityIds: user.assignments.map((a) => a.cityId),
  };
}

/**
 * A user as an actor, read fresh so that a deactivation or a change of role takes effect at once.
 * For acts run outside a request (tests, scripts); requests go through `loadSessionActor`.
 */
export async function loadActor(db: Db, userId: string): Promise<SignedInUser | null> {
  const user = await findUser(db, userId);
  return user ? toActor(user) : null;
}

/**
 * The user behind a session cookie, in one query: only while the session's row still exists (not
 * signed out, not ended by a password reset, a change of role or city or a deactivation) and has
 * not run out, and only while the user is active.
 */
export async function loadSessionActor(db: Db, token: { userId: string; sessionId: string }, now = new Date()): Promise<SignedInUser | null> {
  const session = await db.userSession.findUnique({ where: { id: token.sessionId }, include: { user: { include: withAssignments } } });
  if (!session || session.userId !== token.userId || session.expiresAt <= now) return null;
  return toActor(session.user);
}
