import "server-only";
import type { Db } from "../db";

/** One indicator's discussion as the checklist shows it; dates as ISO text for the client. */
export interface ThreadView {
  id: string;
  indicatorId: string;
  resolvedAt: string | null;
  resolvedByName: string | null;
  comments: { id: string; authorName: string; authorRole: string; body: string; at: string }[];
}

/**
 * The threads matching `where` with their comments in order and the names of the people in
 * them: two queries whatever the number of threads (comments name their author by id only).
 */
export async function loadThreadViews(db: Pick<Db, "indicatorThread" | "user">, where: { assessmentId: string; indicatorId?: string }): Promise<ThreadView[]> {
  const threads = await db.indicatorThread.findMany({
    where,
    include: { comments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  const peopleIds = new Set(threads.flatMap((t) => [...t.comments.map((c) => c.authorId), ...(t.resolvedById ? [t.resolvedById] : [])]));
  const people = peopleIds.size ? await db.user.findMany({ where: { id: { in: [...peopleIds] } }, select: { id: true, name: true, role: true } }) : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  return threads.map((t) => ({
    id: t.id,
    indicatorId: t.indicatorId,
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    resolvedByName: t.resolvedById ? (byId.get(t.resolvedById)?.name ?? "—") : null,
    comments: t.comments.map((c) => ({
      id: c.id,
      authorName: byId.get(c.authorId)?.name ?? "—",
      authorRole: byId.get(c.authorId)?.role ?? "",
      body: c.body,
      at: c.createdAt.toISOString(),
    })),
  }));
}
