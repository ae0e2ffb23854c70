import "server-only";
import { isRole, type Actor } from "@/lib/permissions";
import type { Db } from "../db";

export interface SignedInUser extends Actor {
  email: string;
  name: string;
  locale: string;
}

/**
 * The user behind a session, read fresh on every request so that a deactivation or a change
 * of role takes effect at once rather than when the session token expires.
 */
export async function loadActor(db: Db, userId: string): Promise<SignedInUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { assignments: { select: { cityId: true } } },
  });
  if (!user || !user.active || !isRole(user.role)) return null;
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
