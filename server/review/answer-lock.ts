import "server-only";
import { editableIndicators } from "@/lib/review/workflow";
import type { Db } from "../db";

/** The indicators whose answers may change now: all, none, or a return's flagged ones. */
export async function changeableIndicators(db: Pick<Db, "reviewFlag">, assessment: { id: string; status: string }) {
  if (assessment.status !== "returned") return editableIndicators(assessment.status, []);
  const flags = await db.reviewFlag.findMany({ where: { assessmentId: assessment.id, resolvedAt: null }, select: { indicatorId: true } });
  return editableIndicators(assessment.status, flags.map((f) => f.indicatorId));
}

export function mayChange(changeable: Awaited<ReturnType<typeof changeableIndicators>>, indicatorId: string) {
  return changeable === "all" || (changeable !== "none" && changeable.has(indicatorId));
}
