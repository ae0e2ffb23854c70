import type { ItemStatus } from "./vocabulary";

// How a parent's progress follows from its children's, the one rule every page and export uses.
//
// - A parent is any item with children that are not cancelled; its progress comes from them. An
//   item without such children (a task, usually) keeps the progress reported on it; a goal without
//   any has 0, since nothing has been planned under it yet.
// - Cancelled children are left out: dropping a task neither helps nor hurts its goal.
// - When any remaining child has a weight, the parent is the weighted average, and a sibling left
//   without a weight counts as weight 0: weights are shares of the parent, and a task nobody gave a
//   share to should not silently take one. Should every weight be 0, the plain average applies.
// - Otherwise it is the plain average.
// - Depth is unlimited; sums use unrounded child values and only the results are rounded, so
//   rounding never compounds up the tree.

export interface RollUpItem {
  id: string;
  parentId: string | null;
  kind: "goal" | "task" | string;
  status: ItemStatus | string;
  progress: number;
  weight: number | null;
}

function exactProgress(items: readonly RollUpItem[]): { exact: Map<string, number>; average: (children: readonly RollUpItem[]) => number | null } {
  const children = new Map<string, RollUpItem[]>();
  for (const item of items) {
    if (item.parentId === null || item.parentId === item.id) continue;
    children.set(item.parentId, [...(children.get(item.parentId) ?? []), item]);
  }
  const exact = new Map<string, number>();
  const inProgress = new Set<string>();

  const average = (list: readonly RollUpItem[]): number | null => {
    const counted = list.filter((c) => c.status !== "cancelled");
    if (counted.length === 0) return null;
    const values = counted.map((c) => ({ value: valueOf(c), weight: c.weight }));
    const weighted = values.some((v) => v.weight !== null);
    const total = weighted ? values.reduce((s, v) => s + (v.weight ?? 0), 0) : 0;
    if (weighted && total > 0) return values.reduce((s, v) => s + v.value * (v.weight ?? 0), 0) / total;
    return values.reduce((s, v) => s + v.value, 0) / values.length;
  };

  const valueOf = (item: RollUpItem): number => {
    const known = exact.get(item.id);
    if (known !== undefined) return known;
    // A loop of parents cannot be written through the app; should one exist, stop at the item's own value.
    if (inProgress.has(item.id)) return clamp(item.progress);
    inProgress.add(item.id);
    const fromChildren = average(children.get(item.id) ?? []);
    const value = fromChildren ?? (item.kind === "goal" ? 0 : clamp(item.progress));
    inProgress.delete(item.id);
    exact.set(item.id, value);
    return value;
  };

  for (const item of items) valueOf(item);
  return { exact, average };
}

const clamp = (n: number) => (Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : 0);

/** Every item's progress (whole percent): reported for tasks without children, rolled up for parents. */
export function rollUp(items: readonly RollUpItem[]): Map<string, number> {
  const { exact } = exactProgress(items);
  return new Map([...exact].map(([id, value]) => [id, Math.round(value)]));
}

/** The whole plan's progress: its top-level goals and tasks rolled up by the same rule; 0 for an empty plan. */
export function planProgress(items: readonly RollUpItem[]): number {
  const { average } = exactProgress(items);
  const ids = new Set(items.map((i) => i.id));
  const top = items.filter((i) => i.parentId === null || !ids.has(i.parentId));
  return Math.round(average(top) ?? 0);
}

/** Whether an item's progress follows from its children (goals always) rather than being reported on it. */
export function progressRollsUp(items: readonly RollUpItem[], item: Pick<RollUpItem, "id" | "kind">): boolean {
  return item.kind === "goal" || items.some((c) => c.parentId === item.id && c.status !== "cancelled");
}
