import { isOverdue } from "./deadlines";
import type { PlanFilter } from "../validation/action-plans";

// The overview's filters by agency, owner and status. A goal or task that matches is shown with
// its ancestors, so that a match deep in the tree keeps its context.

export interface FilterableItem {
  id: string;
  parentId: string | null;
  leadAgency: string | null;
  supportingAgencies: readonly string[];
  ownerId: string | null;
  status: string;
  dueOn: string | null;
}

export function isFiltering(filter: PlanFilter): boolean {
  return Boolean(filter.agency || filter.owner || filter.status);
}

export function matchesFilter(item: FilterableItem, filter: PlanFilter, today: string): boolean {
  if (filter.agency && item.leadAgency !== filter.agency && !item.supportingAgencies.includes(filter.agency)) return false;
  if (filter.owner && item.ownerId !== filter.owner) return false;
  if (filter.status === "overdue") return isOverdue(item, today);
  if (filter.status && item.status !== filter.status) return false;
  return true;
}

/** The items to show: those that match, and every ancestor of one that does (as context). */
export function filterTree(items: readonly FilterableItem[], filter: PlanFilter, today: string): { shown: Set<string>; matching: Set<string> } {
  const matching = new Set(items.filter((i) => matchesFilter(i, filter, today)).map((i) => i.id));
  const parentOf = new Map(items.map((i) => [i.id, i.parentId]));
  const shown = new Set(matching);
  for (const id of matching) {
    for (let at = parentOf.get(id); at && !shown.has(at); at = parentOf.get(at)) shown.add(at);
  }
  return { shown, matching };
}

/** Every agency named on the plan (lead or supporting), sorted for a filter's choices. */
export function agenciesOf(items: readonly Pick<FilterableItem, "leadAgency" | "supportingAgencies">[], locale: string): string[] {
  const names = new Set<string>();
  for (const item of items) {
    if (item.leadAgency) names.add(item.leadAgency);
    for (const agency of item.supportingAgencies) names.add(agency);
  }
  return [...names].sort((a, b) => a.localeCompare(b, locale));
}
