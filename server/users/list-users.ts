import "server-only";
import { mayManageUsers, type Actor } from "@/lib/permissions";
import type { Db } from "../db";

const commonFields = { id: true, email: true, name: true, role: true, active: true, coversAllCities: true, lastSignInAt: true } as const;

export async function listUsers(db: Db, actor: Actor) {
  if (!mayManageUsers(actor)) return null;
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
    select: {
      ...commonFields,
      city: { select: { nameVi: true, nameEn: true } },
      _count: { select: { assignments: true } },
    },
  });
}

export async function getUserForAdmin(db: Db, actor: Actor, userId: string) {
  if (!mayManageUsers(actor)) return null;
  return db.user.findUnique({
    where: { id: userId },
    select: {
      ...commonFields,
      cityId: true,
      locale: true,
      assignments: { select: { cityId: true } },
    },
  });
}
