import "server-only";
import { mayManageFrameworks, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { UpdateDraftIndicatorInput } from "@/lib/validation/frameworks";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** What the edit may change, as the audit trail keeps it. */
function editable(tx: Tx, indicatorId: string) {
  return tx.indicator.findUniqueOrThrow({
    where: { id: indicatorId },
    select: {
      labelVi: true,
      labelEn: true,
      helpVi: true,
      helpEn: true,
      verified: true,
      verificationNoteVi: true,
      verificationNoteEn: true,
      // The form edits the national targets; a city's own plan is kept as imported.
      targets: { where: { cityId: null }, orderBy: { year: "asc" }, select: { year: true, value: true, sourceTitle: true, sourceUrl: true, noteVi: true, noteEn: true } },
    },
  });
}

/** Wording, verification and targets of one indicator, while its version is still a draft. */
export async function updateDraftIndicator(db: Db, actor: Actor, input: UpdateDraftIndicatorInput): Promise<Result> {
  if (!mayManageFrameworks(actor)) return fail("forbidden");
  return db.$transaction(async (tx) => {
    const indicator = await tx.indicator.findUnique({ where: { id: input.indicatorId }, select: { frameworkId: true, type: true, framework: { select: { status: true } } } });
    if (!indicator) return fail("notFound");
    if (indicator.framework.status !== "draft") return fail("invalid", { _form: "validation.frameworkNotDraft" });
    // The schema checked rate ranges for the type the form declared; the stored type decides.
    if (indicator.type !== input.type) return fail("invalid", { _form: "validation.indicatorTypeMismatch" });
    // Writing the framework row under its draft condition makes a publish running at the same
    // time wait for this edit, or this edit fail, so a published version never changes.
    const { count } = await tx.framework.updateMany({ where: { id: indicator.frameworkId, status: "draft" }, data: { updatedAt: new Date() } });
    if (count === 0) return fail("invalid", { _form: "validation.frameworkNotDraft" });

    const before = await editable(tx, input.indicatorId);
    // Notes on targets are not in the form; a year that stays keeps its note.
    const notes = new Map(before.targets.map((t) => [t.year, t]));
    await tx.indicatorTarget.deleteMany({ where: { indicatorId: input.indicatorId, cityId: null } });
    await tx.indicator.update({
      where: { id: input.indicatorId },
      data: {
        labelVi: input.labelVi,
        labelEn: input.labelEn,
        helpVi: input.helpVi,
        helpEn: input.helpEn,
        verified: input.verified,
        verificationNoteVi: input.verificationNoteVi,
        verificationNoteEn: input.verificationNoteEn,
        targets: {
          create: input.targets.map((t) => ({ ...t, noteVi: notes.get(t.year)?.noteVi ?? null, noteEn: notes.get(t.year)?.noteEn ?? null })),
        },
      },
    });
    const after = await editable(tx, input.indicatorId);
    await recordAuditEvent(tx, { actorId: actor.id, action: "indicator.update", entityType: "Indicator", entityId: input.indicatorId, before, after });
    return ok(undefined);
  });
}
