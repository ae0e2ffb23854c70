import "server-only";
import { byAdmission } from "@/lib/network/members";
import type { Db } from "../db";

/**
 * A country's members of the network, in the order they joined. Membership is public, so the
 * list does not depend on who asks; whether each profile opens is `mayReadCityProfile`'s call.
 */
export async function listNetworkMembers(db: Db, country = "VN") {
  const cities = await db.city.findMany({
    where: { gnlcStatus: "member", country },
    select: {
      id: true,
      slug: true,
      nameVi: true,
      nameEn: true,
      provinceVi: true,
      provinceEn: true,
      isReference: true,
      gnlcAdmittedYear: true,
      gnlcAdmittedOn: true,
      noteVi: true,
      noteEn: true,
      sourceTitle: true,
      sourceUrl: true,
    },
  });
  return byAdmission(cities);
}
