import "server-only";
import { cityScope, type Actor } from "@/lib/permissions";
import { assessmentStatuses } from "@/lib/review/workflow";
import { inScopeCities } from "../cities/scope-filter";
import type { Db } from "../db";
import { frameworkTitles } from "../frameworks/framework-titles";

/**
 * How many checklists of each framework, year and status the actor's cities have: one grouped
 * count in the database, the figure a wide scope's dashboard starts from. Over every city the
 * approved ones (most of a national archive) come from the kept tally instead of their rows.
 */
export async function assessmentStatusCounts(db: Db, actor: Actor) {
  const everyCity = cityScope(actor).all;
  const [counted, tally] = await Promise.all([
    db.assessment.groupBy({
      by: ["frameworkCode", "year", "status"],
      where: { ...inScopeCities(actor), fromPublications: false, ...(everyCity ? { status: { in: assessmentStatuses.filter((s) => s !== "approved") } } : {}) },
      _count: { _all: true },
    }),
    everyCity ? db.approvedTally.findMany({ where: { count: { gt: 0 } } }) : Promise.resolve([]),
  ]);
  const groups = [...counted, ...tally.map((t) => ({ frameworkCode: t.frameworkCode, year: t.year, status: "approved", _count: { _all: t.count } }))];
  const titleOf = await frameworkTitles(db, groups.map((g) => g.frameworkCode));
  return groups.map((g) => ({ frameworkCode: g.frameworkCode, year: g.year, status: g.status, count: g._count._all, framework: titleOf.get(g.frameworkCode) ?? { titleVi: g.frameworkCode, titleEn: g.frameworkCode } }));
}
