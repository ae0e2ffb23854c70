import "server-only";
import { listedReadiness } from "@/lib/assessments/summary";
import { inScopeCities } from "../cities/scope-filter";
import type { Actor } from "@/lib/permissions";
import type { Db } from "../db";
import { ensureSummaries } from "./summary/ensure-summaries";

type ListOptions = { cityId?: string; frameworkCode?: string; year?: number };

function listWhere(actor: Actor, options: ListOptions) {
  return {
    ...inScopeCities(actor),
    ...(options.cityId ? { cityId: options.cityId } : {}),
    ...(options.frameworkCode ? { frameworkCode: options.frameworkCode } : {}),
    ...(options.year ? { year: options.year } : {}),
  };
}

/** How many assessments `listAssessments` would list, for paging it. */
export function countAssessments(db: Db, actor: Actor, options: ListOptions = {}) {
  return db.assessment.count({ where: listWhere(actor, options) });
}

/**
 * The assessments an actor may see, newest year first, each with its overall readiness and
 * coverage read from its stored summary: a fixed number of queries however many there are. `take` stops the
 * list after that many.
 */
export async function listAssessments(db: Db, actor: Actor, options: ListOptions & { take?: number; skip?: number } = {}) {
  await ensureSummaries(db);
  const assessments = await db.assessment.findMany({
    where: listWhere(actor, options),
    include: {
      city: { select: { slug: true, nameVi: true, nameEn: true } },
      framework: { select: { titleVi: true, titleEn: true, version: true } },
      summary: { select: { score: true, coverage: true, answered: true, total: true } },
    },
    orderBy: [{ year: "desc" }, { updatedAt: "desc" }],
    ...(options.take ? { take: options.take } : {}),
    ...(options.skip ? { skip: options.skip } : {}),
  });
  return assessments.map(({ summary, ...assessment }) => ({ ...assessment, readiness: listedReadiness(summary) }));
}
