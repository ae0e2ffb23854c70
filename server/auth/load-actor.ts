import "server-only";
import { isRole, type Actor } from "@/lib/permissions";
import type { Db } from "../db";
import { rawBoolean, rawDate } from "../raw-values";

export interface SignedInUser extends Actor {
  email: string;
  name: string;
  locale: string;
}

const withAssignments = { assignments: { select: { cityId: true } } } as const;

type UserRow = Pick<NonNullable<Awaited<ReturnType<typeof findUser>>>, "id" | "email" | "name" | "locale" | "role" | "active" | "cityId" | "coversAllCities" | "assignments">;
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
  // Every page, action and route asks this first: one statement, a row per assigned city (one for none).
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT s."expiresAt" AS "expiresAt", u."id" AS "id", u."email" AS "email", u."name" AS "name", u."locale" AS "locale", u."role" AS "role",
      u."active" AS "active", u."cityId" AS "cityId", u."coversAllCities" AS "coversAllCities", a."cityId" AS "assignedCityId"
    FROM "UserSession" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "CityAssignment" a ON a."userId" = u."id"
    WHERE s."id" = ${token.sessionId} AND s."userId" = ${token.userId}`;
  const [first] = rows;
  if (!first || rawDate(first.expiresAt) <= now) return null;
  return toActor({
    id: first.id,
    email: first.email,
    name: first.name,
    locale: first.locale,
    role: first.role,
    active: rawBoolean(first.active),
    cityId: first.cityId,
    coversAllCities: rawBoolean(first.coversAllCities),
    assignments: rows.flatMap((r) => (r.assignedCityId === null ? [] : [{ cityId: r.assignedCityId }])),
  });
}

interface SessionRow {
  expiresAt: Date | string | number;
  id: string;
  email: string;
  name: string;
  locale: string;
  role: string;
  active: boolean | number;
  cityId: string | null;
  coversAllCities: boolean | number;
  assignedCityId: string | null;
}
