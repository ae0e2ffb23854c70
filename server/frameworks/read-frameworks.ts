import "server-only";
import { mayListDraftFrameworks, mayReadFramework, type Actor } from "@/lib/permissions";
import type { Db } from "../db";

/** The frameworks an actor may read, newest version first within each code. */
export async function listFrameworks(db: Db, actor: Actor) {
  const frameworks = await db.framework.findMany({
    where: mayListDraftFrameworks(actor) ? {} : { status: { not: "draft" } },
    orderBy: [{ code: "asc" }, { version: "desc" }],
    include: { _count: { select: { indicators: true } } },
  });
  return frameworks.filter((f) => mayReadFramework(actor, f.status));
}

/** One framework with its whole tree, in three queries whatever its size. */
export async function getFramework(db: Db, actor: Actor, id: string) {
  const framework = await db.framework.findUnique({ where: { id } });
  if (!framework || !mayReadFramework(actor, framework.status)) return null;
  const [sections, indicators] = await Promise.all([
    db.frameworkSection.findMany({ where: { frameworkId: id }, orderBy: [{ position: "asc" }] }),
    db.indicator.findMany({
      where: { frameworkId: id },
      orderBy: { position: "asc" },
      include: { targets: { orderBy: { year: "asc" }, include: { city: { select: { nameVi: true, nameEn: true } } } } },
    }),
  ]);
  return { framework, sections, indicators };
}
export type FrameworkTree = NonNullable<Awaited<ReturnType<typeof getFramework>>>;
