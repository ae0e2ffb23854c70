import "server-only";
import { checkItemState } from "@/lib/action-plans/check-update";
import { wouldCreateCycle } from "@/lib/action-plans/tree";
import { mayEditPlan, mayOwnPlanItem, mayReadPlan, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import type { SavePlanItemInput } from "@/lib/validation/action-plans";
import type { FieldErrors } from "@/lib/validation/zod";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadActor } from "../auth/load-actor";
import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";
import { findReadablePlan, type PlanRef } from "./plan-access";
import { plainItemFields } from "@/lib/action-plans/item-columns";

/** The item's stored fields as the audit trail and its history show them. */
export function itemAuditFields(item: {
  kind: string;
  code: string;
  parentId: string | null;
  titleVi: string;
  titleEn: string | null;
  descriptionVi: string | null;
  descriptionEn: string | null;
  leadAgency: string | null;
  supportingAgencies: string;
  ownerId: string | null;
  startOn: string | null;
  dueOn: string | null;
  status: string;
  progress: number;
  weight: number | null;
  frameworkCode: string | null;
  indicatorCode: string | null;
  targetValue: number | null;
  targetYear: number | null;
}) {
  return {
    kind: item.kind,
    code: item.code,
    parentId: item.parentId,
    ...plainItemFields(item),
    supportingAgencies: parseAgencies(item.supportingAgencies),
    ownerId: item.ownerId,
  };
}

export function parseAgencies(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

type Resolved = { ok: true; parentId: string | null; ownerId: string | null } | { ok: false; errors: FieldErrors };

/** Looks up the parent and the owner the input names, and checks the tree and the indicator link. */
async function resolveReferences(db: Db, plan: PlanRef, input: SavePlanItemInput, itemId: string | null): Promise<Resolved> {
  const items = await db.planItem.findMany({ where: { planId: plan.id }, select: { id: true, parentId: true, code: true, kind: true } });
  const errors: FieldErrors = {};

  const parent = input.parentId ? items.find((i) => i.id === input.parentId) : input.parentCode ? items.find((i) => i.code === input.parentCode) : null;
  if ((input.parentId || input.parentCode) && !parent) errors.parentCode = "actionPlans.errors.parentNotFound";
  else if (parent && itemId && wouldCreateCycle(items, itemId, parent.id)) errors.parentCode = "actionPlans.errors.parentCycle";
  // Goals group tasks, not the other way round.
  else if (parent && parent.kind === "task" && input.kind === "goal") errors.parentCode = "actionPlans.errors.goalUnderTask";
  if (itemId && input.kind === "task" && items.some((i) => i.parentId === itemId && i.kind === "goal")) errors.kind = "actionPlans.errors.goalUnderTask";
  if (items.some((i) => i.code === input.code && i.id !== itemId)) errors.code = "actionPlans.errors.codeTaken";

  let ownerId: string | null = null;
  if (input.ownerEmail) {
    const user = await db.user.findUnique({ where: { email: input.ownerEmail }, select: { id: true } });
    const owner = user && (await loadActor(db, user.id));
    if (!owner) errors.ownerEmail = "actionPlans.errors.ownerUnknown";
    // An owner who cannot open the plan could never report on the task.
    else if (!mayReadPlan(owner, plan)) errors.ownerEmail = "actionPlans.errors.ownerOutsideCity";
    else if (!mayOwnPlanItem(owner, plan)) errors.ownerEmail = "actionPlans.errors.ownerReadOnly";
    else ownerId = owner.id;
  }

  if (input.frameworkCode && input.indicatorCode) {
    const indicator = await db.indicator.findFirst({
      where: { code: input.indicatorCode, framework: { code: input.frameworkCode, status: { not: "draft" } } },
      select: { id: true },
    });
    if (!indicator) errors.indicatorCode = "actionPlans.errors.indicatorUnknown";
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, parentId: parent?.id ?? null, ownerId };
}

/**
 * Adds a goal or task to a plan, or changes one (given its id and the revision last seen). Status
 * and progress are set when an item is created; afterwards they change only through a progress
 * update, which carries the note that explains the change.
 */
export async function savePlanItem(db: Db, actor: Actor, input: SavePlanItemInput): Promise<Result<{ id: string; revision: number }>> {
  const plan = await findReadablePlan(db, actor, input.planId);
  if (!plan) return fail("notFound");
  if (!mayEditPlan(actor, plan)) return fail("forbidden");

  const existing = input.itemId ? await db.planItem.findUnique({ where: { id: input.itemId } }) : null;
  if (input.itemId && (!existing || existing.planId !== plan.id)) return fail("notFound");
  if (existing && input.revision !== existing.revision) return fail("conflict");
  if (existing && (input.status !== existing.status || input.progress !== existing.progress)) return fail("invalid", { status: "actionPlans.errors.useUpdate" });
  if (!existing) {
    const state = checkItemState(input);
    if (state) return fail("invalid", state);
  }

  const resolved = await resolveReferences(db, plan, input, existing?.id ?? null);
  if (!resolved.ok) return fail("invalid", resolved.errors);

  const data = {
    kind: input.kind,
    code: input.code,
    parentId: resolved.parentId,
    titleVi: input.titleVi,
    titleEn: input.titleEn,
    descriptionVi: input.descriptionVi,
    descriptionEn: input.descriptionEn,
    leadAgency: input.leadAgency,
    supportingAgencies: JSON.stringify(input.supportingAgencies),
    ownerId: resolved.ownerId,
    startOn: input.startOn,
    dueOn: input.dueOn,
    weight: input.weight,
    frameworkCode: input.frameworkCode,
    indicatorCode: input.indicatorCode,
    targetValue: input.targetValue,
    targetYear: input.targetYear,
  };

  try {
    return await db.$transaction(async (tx) => {
      if (existing) {
        // The revision in the condition makes an edit that raced past the check above write nothing.
        const { count } = await tx.planItem.updateMany({ where: { id: existing.id, revision: existing.revision }, data: { ...data, revision: existing.revision + 1 } });
        if (count === 0) return fail("conflict");
        const saved = await tx.planItem.findUniqueOrThrow({ where: { id: existing.id } });
        await recordAuditEvent(tx, { actorId: actor.id, action: "planItem.update", entityType: "PlanItem", entityId: saved.id, before: itemAuditFields(existing), after: itemAuditFields(saved) });
        return ok({ id: saved.id, revision: saved.revision });
      }
      const created = await tx.planItem.create({ data: { ...data, planId: plan.id, status: input.status, progress: input.progress } });
      await recordAuditEvent(tx, { actorId: actor.id, action: "planItem.create", entityType: "PlanItem", entityId: created.id, after: itemAuditFields(created) });
      return ok({ id: created.id, revision: created.revision });
    });
  } catch (error) {
    // Someone gave another item the same code a moment earlier.
    if (isUniqueViolation(error)) return fail("invalid", { code: "actionPlans.errors.codeTaken" });
    throw error;
  }
}
