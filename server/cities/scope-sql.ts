import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import type { CityScope } from "@/lib/permissions";
import { longestIdList } from "./scope-filter";

const sql = Prisma.sql;

/** The cities of a scope as a condition on a city id column in raw SQL: scope-filter.ts's rule, for queries Prisma's builder cannot write. */
export function scopeCondition(scope: CityScope, column: Prisma.Sql, actorId: string): Prisma.Sql {
  if (scope.all) return sql`1 = 1`;
  if (scope.cityIds.length === 0) return sql`1 = 0`;
  if (scope.cityIds.length <= longestIdList) return sql`${column} IN (${Prisma.join(scope.cityIds)})`;
  return sql`${column} IN (SELECT "cityId" FROM "CityAssignment" WHERE "userId" = ${actorId})`;
}
