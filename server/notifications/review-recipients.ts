import type { Db } from "../db";

type Tx = Pick<Db, "user" | "notification">;

/**
 * Who hears of a review step: the coordinators covering the city when it is sent for review,
 * the city's officials when it comes back (returned, approved, re-opened). Never the person who
 * acted, and never a deactivated account.
 */
export async function notifyReviewAct(tx: Tx, step: { act: string; assessmentId: string; cityId: string; actorId: string; actorName: string }) {
  const recipients =
    step.act === "submit"
      ? await tx.user.findMany({
          where: { active: true, role: "coordinator", OR: [{ coversAllCities: true }, { assignments: { some: { cityId: step.cityId } } }] },
          select: { id: true },
        })
      : await tx.user.findMany({ where: { active: true, role: "official", cityId: step.cityId }, select: { id: true } });
  const data = recipients
    .filter((r) => r.id !== step.actorId)
    .map((r) => ({ userId: r.id, kind: step.act, assessmentId: step.assessmentId, actorName: step.actorName }));
  if (data.length) await tx.notification.createMany({ data });
  return data.length;
}
