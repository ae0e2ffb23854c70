import "server-only";
import type { Actor } from "@/lib/permissions";
import { inScopeCities } from "../cities/scope-filter";
import type { ReportsPageQuery } from "@/lib/validation/exports";
import type { Db } from "../db";

/**
 * What the reports page offers: the published frameworks (latest version of each code) and, for
 * the chosen one, the years with an assessment among the actor's cities. A framework or year from
 * the address that is not on offer is ignored for the defaults: the first framework, its latest
 * year (this year when there is none yet). `framework` is null when nothing is published.
 */
export async function reportScopeChoices(db: Db, actor: Actor, query: ReportsPageQuery, now = new Date()) {
  const published = await db.framework.findMany({
    where: { status: "published" },
    select: { code: true, titleVi: true, titleEn: true, version: true },
    orderBy: [{ titleVi: "asc" }, { version: "desc" }],
  });
  const frameworks = published.filter((f, i) => published.findIndex((g) => g.code === f.code) === i);
  const framework = frameworks.find((f) => f.code === query.framework) ?? frameworks[0] ?? null;
  if (!framework) return { frameworks, framework: null, years: [], year: now.getFullYear() };

  const assessed = await db.assessment.findMany({
    where: { frameworkCode: framework.code, ...inScopeCities(actor) },
    select: { year: true },
    distinct: ["year"],
  });
  const years = assessed.map((a) => a.year).sort((a, b) => b - a);
  const year = years.find((y) => y === query.year) ?? years[0] ?? now.getFullYear();
  return { frameworks, framework, years: years.length ? years : [year], year };
}
