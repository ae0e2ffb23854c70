import "server-only";
import { daysOverdue } from "@/lib/action-plans/deadlines";
import { progressRollsUp, rollUp } from "@/lib/action-plans/roll-up";
import { outline } from "@/lib/action-plans/tree";
import type { ItemKind, ItemStatus } from "@/lib/action-plans/vocabulary";
import type { Db } from "../db";
import { linkKey, loadLinkedIndicators, type LinkedIndicator } from "./indicator-figures";
import { parseAgencies } from "./save-plan-item";

export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

/** A goal or task as the pages show it: progress already rolled up, overdue computed for today. */
export interface PlanItemView {
  id: string;
  planId: string;
  parentId: string | null;
  kind: ItemKind;
  code: string;
  titleVi: string;
  titleEn: string | null;
  descriptionVi: string | null;
  descriptionEn: string | null;
  leadAgency: string | null;
  supportingAgencies: string[];
  owner: PersonRef | null;
  ownerId: string | null;
  startOn: string | null;
  dueOn: string | null;
  status: ItemStatus;
  /** What the pages show: rolled up from the children for a parent, as reported otherwise. */
  progress: number;
  /** As stored on the item (what a report on a task starts from). */
  storedProgress: number;
  /** Whether the progress follows from the children rather than from reports. */
  rollsUp: boolean;
  weight: number | null;
  frameworkCode: string | null;
  indicatorCode: string | null;
  targetValue: number | null;
  targetYear: number | null;
  indicator: LinkedIndicator | null;
  revision: number;
  depth: number;
  daysOverdue: number | null;
}

const ownerSelect = { select: { id: true, name: true, email: true } } as const;

/** Every goal and task of a plan in outline order, shaped for the pages. Four queries at most. */
export async function loadPlanItems(db: Db, plan: { id: string; cityId: string }, today: string): Promise<PlanItemView[]> {
  const rows = await db.planItem.findMany({ where: { planId: plan.id }, include: { owner: ownerSelect } });
  const progress = rollUp(rows);
  const indicators = await loadLinkedIndicators(db, plan.cityId, rows);
  return outline(rows).map(({ item, depth }) => {
    const { owner, supportingAgencies, progress: stored, createdAt, updatedAt, position, ...fields } = item;
    void createdAt;
    void updatedAt;
    void position;
    return {
      ...fields,
      kind: item.kind as ItemKind,
      status: item.status as ItemStatus,
      supportingAgencies: parseAgencies(supportingAgencies),
      owner,
      progress: progress.get(item.id) ?? stored,
      storedProgress: stored,
      rollsUp: progressRollsUp(rows, item),
      indicator: item.frameworkCode && item.indicatorCode ? (indicators.get(linkKey(item.frameworkCode, item.indicatorCode)) ?? null) : null,
      depth,
      daysOverdue: daysOverdue(item, today),
    };
  });
}

/**
 * Who may own a goal or task of a city's plan: its active officials and the coordinators covering
 * it (a viewer only reads, and an owner reports).
 */
export async function ownerChoices(db: Db, cityId: string): Promise<PersonRef[]> {
  return db.user.findMany({
    where: {
      active: true,
      OR: [{ role: "official", cityId }, { role: "coordinator", OR: [{ coversAllCities: true }, { assignments: { some: { cityId } } }] }],
    },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}
