import { mayManageUsers, type Actor } from "@/lib/permissions";
import type { Db } from "../db";

export async function listUsers(db: Db, actor: Actor) {
  if (!mayManageUsers(actor)) return null;
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      coversAllCities: true,
      lastSignInAt: true,
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
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      cityId: true,
      coversAllCities: true,
      locale: true,
      lastSignInAt: true,
      assignments: { select: { cityId: true } },
    },
  });
}
