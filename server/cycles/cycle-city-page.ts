import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import type { CityScope } from "@/lib/permissions";
import { cityCycleState, lastDueSoonDay, urgencyRank } from "@/lib/review/cycles";
import { scopeCondition } from "../cities/scope-sql";
import type { Db } from "../db";
import { rawDate } from "../raw-values";
import type { CityStanding } from "./cycle-standings";

const sql = Prisma.sql;

interface PagedCycle {
  id: string;
  frameworkCode: string;
  year: number;
  opensOn: string;
  dueOn: string;
}

interface RawStanding {
  cityId: string;
  slug: string;
  nameVi: string;
  nameEn: string;
  sortKeyVi: string;
  assessmentId: string | null;
  status: string | null;
  updatedAt: Date | string | number | null;
  extensionDueOn: string | null;
  extensionReason: string | null;
  extensionGrantedAt: Date | string | number | null;
  dueOn: string;
}


/**
 * One page of a cycle's taking-part cities in the scope, most urgent first (lib/review/cycles.ts
 * `byUrgency`, then the city's Vietnamese sort key), ordered and paged in the database: the work
 * grows with the page, not with the thousands of cities a national cycle has.
 */
export async function cycleCityPage(db: Db, today: string, cycle: PagedCycle, scope: CityScope, actorId: string, page: { limit: number; offset: number }): Promise<CityStanding[]> {
  const due = sql`CASE WHEN e."dueOn" > ${cycle.dueOn} THEN e."dueOn" ELSE CAST(${cycle.dueOn} AS TEXT) END`;
  // cityCycleState's states as their urgency ranks (constants of lib/review/cycles.ts): the checklist's status first, then the dates.
  const ranked = (state: keyof typeof urgencyRank) => Prisma.raw(String(urgencyRank[state]));
  const byDates =
    today < cycle.opensOn
      ? ranked("notOpen")
      : sql`CASE WHEN ${due} < ${today} THEN ${ranked("overdue")} WHEN ${due} <= ${lastDueSoonDay(today)} THEN ${ranked("dueSoon")} ELSE ${ranked("open")} END`;
  const rank = sql`CASE WHEN a."status" = 'approved' THEN ${ranked("approved")} WHEN a."status" IN ('submitted', 'resubmitted') THEN ${ranked("submitted")} ELSE ${byDates} END`;
  const raw = await db.$queryRaw<RawStanding[]>`
    SELECT ci."id" AS "cityId", ci."slug" AS "slug", ci."nameVi" AS "nameVi", ci."nameEn" AS "nameEn", ci."sortKeyVi" AS "sortKeyVi",
      a."id" AS "assessmentId", a."status" AS "status", a."updatedAt" AS "updatedAt",
      e."dueOn" AS "extensionDueOn", e."reason" AS "extensionReason", e."grantedAt" AS "extensionGrantedAt", ${due} AS "dueOn"
    FROM "City" ci
    LEFT JOIN "Assessment" a ON a."cityId" = ci."id" AND a."frameworkCode" = ${cycle.frameworkCode} AND a."year" = ${cycle.year}
    LEFT JOIN "CycleExtension" e ON e."cycleId" = ${cycle.id} AND e."cityId" = ci."id"
    WHERE ci."isReference" = false AND ${scopeCondition(scope, sql`ci."id"`, actorId)}
    ORDER BY ${rank}, ${due}, ci."sortKeyVi", ci."id"
    LIMIT ${page.limit} OFFSET ${page.offset}`;
  return raw.map((r): CityStanding => {
    const extended = r.extensionDueOn !== null && r.extensionDueOn > cycle.dueOn;
    return {
      city: { id: r.cityId, slug: r.slug, nameVi: r.nameVi, nameEn: r.nameEn, sortKeyVi: r.sortKeyVi },
      dueOn: r.dueOn,
      extended,
      extension: r.extensionDueOn === null ? null : { dueOn: r.extensionDueOn, reason: r.extensionReason ?? "", grantedAt: rawDate(r.extensionGrantedAt ?? 0) },
      assessment: r.assessmentId === null ? null : { id: r.assessmentId, status: r.status ?? "draft", updatedAt: rawDate(r.updatedAt ?? 0) },
      ...cityCycleState({ today, opensOn: cycle.opensOn, dueOn: r.dueOn, status: r.status }),
    };
  });
}
