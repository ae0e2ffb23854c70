// The goal/task outline of a plan: ordering by outline number, depth, and the parent links that
// must never loop.

export interface TreeItem {
  id: string;
  parentId: string | null;
}

/** Compares outline numbers segment by segment, so "1.10" comes after "1.9" and "2" after "1.9.9". */
export function compareCodes(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    if (pa[i] !== pb[i]) return pa[i] - pb[i];
  }
  return 0;
}

/**
 * The items in reading order (each parent followed by its children, siblings by position then
 * outline number) with their depth from 0. Items whose parent is missing are shown at the top
 * level rather than lost.
 */
export function outline<T extends TreeItem & { code: string; position?: number }>(items: readonly T[]): { item: T; depth: number }[] {
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) && item.parentId !== item.id ? item.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const order = (a: T, b: T) => (a.position ?? 0) - (b.position ?? 0) || compareCodes(a.code, b.code);
  const out: { item: T; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const item of [...(children.get(parent) ?? [])].sort(order)) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      out.push({ item, depth });
      walk(item.id, depth + 1);
    }
  };
  walk(null, 0);
  // Items caught in a loop of parents (never written by the app, but possible in old data) still show.
  for (const item of [...items].sort(order)) if (!seen.has(item.id)) out.push({ item, depth: 0 });
  return out;
}

/** Whether making `parentId` the parent of `itemId` would make an item its own ancestor. */
export function wouldCreateCycle(items: readonly TreeItem[], itemId: string, parentId: string | null): boolean {
  if (parentId === null) return false;
  const parentOf = new Map(items.map((i) => [i.id, i.parentId]));
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
    if (at === itemId || seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

/** The ids of an item's descendants (not itself). */
export function descendants(items: readonly TreeItem[], itemId: string): Set<string> {
  const out = new Set<string>();
  const queue = [itemId];
  while (queue.length) {
    const at = queue.shift()!;
    for (const item of items) {
      if (item.parentId === at && !out.has(item.id) && item.id !== itemId) {
        out.add(item.id);
        queue.push(item.id);
      }
    }
  }
  return out;
}
