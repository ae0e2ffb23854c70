import "server-only";
import type { CommentAudience } from "@/lib/review/comments";
import type { Db } from "../db";

type Tx = Pick<Db, "user" | "notification">;

/** Either side of a review, active accounts only: the coordinators covering the city, or its officials. */
const audiences: Record<CommentAudience, (tx: Tx, cityId: string) => Promise<{ id: string }[]>> = {
  reviewers: (tx, cityId) =>
    tx.user.findMany({
      where: { active: true, role: "coordinator", OR: [{ coversAllCities: true }, { assignments: { some: { cityId } } }] },
      select: { id: true },
    }),
  city: (tx, cityId) => tx.user.findMany({ where: { active: true, role: "official", cityId }, select: { id: true } }),
};

async function notifySide(tx: Tx, audience: CommentAudience, note: { kind: string; assessmentId: string; cityId: string; actorId: string; actorName: string }) {
  const data = (await audiences[audience](tx, note.cityId))
    .filter((r) => r.id !== note.actorId)
    .map((r) => ({ userId: r.id, kind: note.kind, assessmentId: note.assessmentId, actorName: note.actorName }));
  if (data.length) await tx.notification.createMany({ data });
  return data.length;
}

/**
 * Who hears of a review step: the coordinators covering the city when it is sent for review,
 * the city's officials when it comes back (returned, approved, re-opened). Never the person who
 * acted, and never a deactivated account.
 */
export async function notifyReviewAct(tx: Tx, step: { act: string; assessmentId: string; cityId: string; actorId: string; actorName: string }) {
  return notifySide(tx, step.act === "submit" ? "reviewers" : "city", { ...step, kind: step.act });
}

/** Who hears of a new comment on an indicator: the other side of the conversation (lib/review/comments.ts), never its author. */
export async function notifyComment(tx: Tx, comment: { audience: CommentAudience; assessmentId: string; cityId: string; authorId: string; authorName: string }) {
  return notifySide(tx, comment.audience, { kind: "comment", assessmentId: comment.assessmentId, cityId: comment.cityId, actorId: comment.authorId, actorName: comment.authorName });
}
