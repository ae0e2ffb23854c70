import { describe, expect, it } from "vitest";
import { changedFields } from "./item-history";

describe("an item's change history", () => {
  it("lists only the fields an edit changed", () => {
    const before = { titleVi: "Cũ", dueOn: "2026-06-30", supportingAgencies: ["A"], weight: null, revision: 1 };
    const after = { titleVi: "Mới", dueOn: "2026-06-30", supportingAgencies: ["A", "B"], weight: 2, revision: 2 };
    expect(changedFields(before, after)).toEqual([
      { field: "titleVi", before: "Cũ", after: "Mới" },
      { field: "supportingAgencies", before: ["A"], after: ["A", "B"] },
      { field: "weight", before: null, after: 2 },
    ]);
  });

  it("reads a creation as every field set, and survives unreadable records", () => {
    expect(changedFields(null, { code: "1.1", ownerId: null })).toEqual([{ field: "code", before: null, after: "1.1" }]);
    expect(changedFields(null, null)).toEqual([]);
    expect(changedFields({ nested: { a: 1 } }, { nested: { a: 2 } })).toEqual([]);
  });
});
