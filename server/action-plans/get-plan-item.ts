import "server-only";
import { parseAuditJson } from "@/lib/history/describe-change";
import type { ItemStatus } from "@/lib/action-plans/vocabulary";
import { mayCommentOnPlan, mayEditPlan, mayReportProgress, type Actor } from "@/lib/permissions";
import type { Db } from "../db";
import { findReadableItem } from "./plan-access";
import { loadPlanItems, ownerChoices, type PersonRef, type PlanItemView } from "./plan-view";
import type { PlanFileView } from "./upload-plan-update-file";

/** The most change-history events the task page shows. */
export const itemHistoryLimit = 200;

export interface PlanUpdateView {
  id: string;
  at: Date;
  author: string | null;
  previousStatus: ItemStatus;
  status: ItemStatus;
  previousProgress: number;
  progress: number;
  note: string;
  evidenceLinks: string[];
  files: PlanFileView[];
}

export interface PlanCommentView {
  id: string;
  at: Date;
  author: string | null;
  body: string;
}

export interface ItemHistoryEvent {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface PlanItemPage {
  plan: { id: string; cityId: string; cityNameVi: string; cityNameEn: string; titleVi: string; titleEn: string | null };
  item: PlanItemView;
  /** The plan's other items, for the parent choice and the breadcrumb. */
  items: PlanItemView[];
  children: PlanItemView[];
  ancestors: PlanItemView[];
  updates: PlanUpdateView[];
  comments: PlanCommentView[];
  history: ItemHistoryEvent[];
  milestones: { id: string; titleVi: string; titleEn: string | null; dueOn: string; doneOn: string | null }[];
  /** Names of the people the history mentions as owners, by id. */
  people: Record<string, string>;
  mayEdit: boolean;
  mayReport: boolean;
  mayComment: boolean;
  ownerChoices: PersonRef[];
}

const links = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
};

/** One goal or task with its reports, comments and change history, or null when the actor may not read it. */
export async function getPlanItem(db: Db, actor: Actor, itemId: string, today: string): Promise<PlanItemPage | null> {
  const found = await findReadableItem(db, actor, itemId);
  if (!found) return null;
  const { plan: ref } = found;
  const mayEdit = mayEditPlan(actor, ref);
  const [plan, items, updates, comments, events, milestones, choices] = await Promise.all([
    db.actionPlan.findUniqueOrThrow({ where: { id: ref.id }, select: { id: true, cityId: true, titleVi: true, titleEn: true, city: { select: { nameVi: true, nameEn: true } } } }),
    loadPlanItems(db, ref, today),
    db.planUpdate.findMany({
      where: { itemId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      include: { files: { select: { id: true, fileName: true, mimeType: true, size: true }, orderBy: { createdAt: "asc" } } },
    }),
    db.planComment.findMany({ where: { itemId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.auditEvent.findMany({
      where: { entityType: "PlanItem", entityId: itemId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: itemHistoryLimit,
      select: { id: true, at: true, action: true, before: true, after: true, actor: { select: { name: true } } },
    }),
    db.planMilestone.findMany({ where: { itemId }, orderBy: { dueOn: "asc" }, select: { id: true, titleVi: true, titleEn: true, dueOn: true, doneOn: true } }),
    mayEdit ? ownerChoices(db, ref.cityId) : Promise.resolve([]),
  ]);
  const item = items.find((i) => i.id === itemId)!;
  const history = events.map((e) => ({ id: e.id, at: e.at, actorName: e.actor?.name ?? null, action: e.action, before: parseAuditJson(e.before), after: parseAuditJson(e.after) }));
  const ownerIds = history.flatMap((e) => [e.before?.ownerId, e.after?.ownerId]).filter((id): id is string => typeof id === "string");
  const authorIds = [...new Set([...updates.map((u) => u.authorId), ...comments.map((c) => c.authorId), ...ownerIds])];
  const authors = new Map((await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const byId = new Map(items.map((i) => [i.id, i]));
  const ancestors: PlanItemView[] = [];
  for (let at = item.parentId ? byId.get(item.parentId) : undefined; at && !ancestors.includes(at); at = at.parentId ? byId.get(at.parentId) : undefined) ancestors.unshift(at);

  return {
    plan: { id: plan.id, cityId: plan.cityId, cityNameVi: plan.city.nameVi, cityNameEn: plan.city.nameEn, titleVi: plan.titleVi, titleEn: plan.titleEn },
    item,
    items,
    children: items.filter((i) => i.parentId === itemId),
    ancestors,
    updates: updates.map((u) => ({
      id: u.id,
      at: u.at,
      author: authors.get(u.authorId) ?? null,
      previousStatus: u.previousStatus as ItemStatus,
      status: u.status as ItemStatus,
      previousProgress: u.previousProgress,
      progress: u.progress,
      note: u.note,
      evidenceLinks: links(u.evidenceLinks),
      files: u.files,
    })),
    comments: comments.map((c) => ({ id: c.id, at: c.createdAt, author: authors.get(c.authorId) ?? null, body: c.body })),
    history,
    people: Object.fromEntries(ownerIds.map((id) => [id, authors.get(id) ?? id])),
    milestones,
    mayEdit,
    mayReport: mayReportProgress(actor, ref, item),
    mayComment: mayCommentOnPlan(actor, ref),
    ownerChoices: choices,
  };
}
