import "server-only";
import type { Actor } from "@/lib/permissions";
import { inScopeCities } from "../cities/scope-filter";
import type { Db } from "../db";
import { frameworkTitles } from "../frameworks/framework-titles";

/**
 * How many checklists of each framework, year and status the actor's cities have: one grouped
 * count in the database, the figure a wide scope's dashboard starts from.
 */
export async function assessmentStatusCounts(db: Db, actor: Actor) {
  const groups = await db.assessment.groupBy({
    by: ["frameworkCode", "year", "status"],
    where: { ...inScopeCities(actor), fromPublications: false },
    _count: { _all: true },
  });
  const titleOf = await frameworkTitles(db, groups.map((g) => g.frameworkCode));
  return groups.map((g) => ({ frameworkCode: g.frameworkCode, year: g.year, status: g.status, count: g._count._all, framework: titleOf.get(g.frameworkCode) ?? { titleVi: g.frameworkCode, titleEn: g.frameworkCode } }));
}
