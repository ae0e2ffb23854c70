import "server-only";
import { mayManageFrameworks, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";

type Status = "draft" | "published" | "retired";

/**
 * Moves a version one step along draft → published → retired, never back: assessments taken
 * against a published version must keep meaning what they meant. The status condition sits in
 * the update itself, so two administrators pressing the button at once move it only once.
 */
async function moveStatus(db: Db, actor: Actor, frameworkId: string, from: Status, to: Status, wrongStatus: string): Promise<Result> {
  if (!mayManageFrameworks(actor)) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const at = new Date();
    const { count } = await tx.framework.updateMany({
      where: { id: frameworkId, status: from },
      data: to === "published" ? { status: to, publishedAt: at } : { status: to },
    });
    if (count === 0) {
      const exists = await tx.framework.count({ where: { id: frameworkId } });
      return exists ? fail("invalid", { _form: wrongStatus }) : fail("notFound");
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: to === "published" ? "framework.publish" : "framework.retire",
      entityType: "Framework",
      entityId: frameworkId,
      before: { status: from },
      after: to === "published" ? { status: to, publishedAt: at.toISOString() } : { status: to },
    });
    return ok(undefined);
  });
}

/** A draft becomes the version cities assess themselves against. */
export function publishFramework(db: Db, actor: Actor, frameworkId: string): Promise<Result> {
  return moveStatus(db, actor, frameworkId, "draft", "published", "validation.frameworkNotDraft");
}

/** A published version stays readable, with its assessments, but is no longer offered for new ones. */
export function retireFramework(db: Db, actor: Actor, frameworkId: string): Promise<Result> {
  return moveStatus(db, actor, frameworkId, "published", "retired", "validation.frameworkNotRetirable");
}
