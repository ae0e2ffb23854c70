// A goal's or task's change history reads its audit events. An edit shows the fields it changed,
// each before and after; other events (created, progress reported, file, comment) are named by
// their action and shown with their own details.

export type ShownValue = string | number | string[] | null;

export interface FieldChange {
  field: string;
  before: ShownValue;
  after: ShownValue;
}

const shown = (value: unknown): ShownValue => {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value === "number" || typeof value === "string") return value;
  return null;
};

const same = (a: ShownValue, b: ShownValue) => JSON.stringify(a) === JSON.stringify(b);

// Bookkeeping the history does not show as a change of its own.
const hidden = new Set(["revision"]);

/** The fields an edit changed, in the order the item's form lists them. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])].filter((f) => !hidden.has(f));
  return fields
    .map((field) => ({ field, before: shown(before?.[field]), after: shown(after?.[field]) }))
    .filter((change) => !same(change.before, change.after));
}
