import "server-only";
import type { Db } from "../db";

type TreeDb = Pick<Db, "frameworkSection" | "indicator">;

const readTree = (db: TreeDb, frameworkId: string) =>
  Promise.all([
    db.frameworkSection.findMany({ where: { frameworkId }, orderBy: { position: "asc" } }),
    db.indicator.findMany({ where: { frameworkId }, orderBy: { position: "asc" }, include: { targets: { orderBy: { year: "asc" } } } }),
  ]).then(([sections, indicators]) => ({ sections, indicators }));

/** A framework version's sections and indicators (with their targets by year), in the framework's order. */
export type FrameworkTree = Awaited<ReturnType<typeof readTree>>;

// Kept per published version and its last change, as the scoring inputs are
// (./framework-scoring.ts): a published version's sections, indicators and targets only change
// through acts that also touch the framework row, so a changed `updatedAt` reads it afresh. A
// version still being drafted is always read afresh. Readers must not change what they get.
const cache = new Map<string, { stamp: number; tree: FrameworkTree }>();
const mostKept = 64;

/**
 * The tree of the framework version the caller has just read (its `status` and `updatedAt`): the
 * checklist and compare pages ask for it on every request, and it is the same for every city.
 */
export async function frameworkTree(db: TreeDb, framework: { id: string; status: string; updatedAt: Date }): Promise<FrameworkTree> {
  if (framework.status !== "published") return readTree(db, framework.id);
  const stamp = framework.updatedAt.getTime();
  const hit = cache.get(framework.id);
  if (hit && hit.stamp === stamp) return hit.tree;
  const tree = await readTree(db, framework.id);
  cache.delete(framework.id);
  if (cache.size >= mostKept) cache.delete(cache.keys().next().value as string);
  cache.set(framework.id, { stamp, tree });
  return tree;
}
