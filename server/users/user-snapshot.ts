import "server-only";
import type { Db } from "../db";

const snapshotSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  cityId: true,
  coversAllCities: true,
  locale: true,
  active: true,
  assignments: { select: { cityId: true }, orderBy: { cityId: "asc" } },
} as const;

/** What the audit log keeps of a user: everything but the password hash. */
export async function userSnapshot(tx: Pick<Db, "user">, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: snapshotSelect });
  if (!user) return null;
  const { assignments, ...rest } = user;
  return { ...rest, assignedCityIds: assignments.map((a) => a.cityId) };
}
export type UserSnapshot = NonNullable<Awaited<ReturnType<typeof userSnapshot>>>;
