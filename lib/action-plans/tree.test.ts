import { describe, expect, it } from "vitest";
import { compareCodes, descendants, outline, wouldCreateCycle } from "./tree";

describe("outline numbers", () => {
  it("sort segment by segment", () => {
    expect(["1.10", "2", "1.9", "1", "1.9.1"].sort(compareCodes)).toEqual(["1", "1.9", "1.9.1", "1.10", "2"]);
  });
});

describe("the plan's outline", () => {
  const items = [
    { id: "t2", parentId: "g1", code: "1.2" },
    { id: "g2", parentId: null, code: "2" },
    { id: "t1", parentId: "g1", code: "1.1" },
    { id: "g1", parentId: null, code: "1" },
    { id: "s", parentId: "t1", code: "1.1.1" },
    { id: "orphan", parentId: "gone", code: "9" },
  ];

  it("puts every parent before its children, with depths", () => {
    expect(outline(items).map(({ item, depth }) => `${item.code}@${depth}`)).toEqual(["1@0", "1.1@1", "1.1.1@2", "1.2@1", "2@0", "9@0"]);
  });

  it("orders siblings by position before code", () => {
    const moved = items.map((i) => (i.id === "t2" ? { ...i, position: -1 } : i));
    expect(outline(moved).map(({ item }) => item.code).slice(0, 3)).toEqual(["1", "1.2", "1.1"]);
  });

  it("still shows items caught in a loop of parents", () => {
    const looped = [{ id: "a", parentId: "b", code: "1" }, { id: "b", parentId: "a", code: "2" }];
    expect(outline(looped).map(({ item }) => item.id)).toEqual(["a", "b"]);
  });

  it("refuses a parent that is the item itself or one of its descendants", () => {
    expect(wouldCreateCycle(items, "g1", "s")).toBe(true);
    expect(wouldCreateCycle(items, "g1", "g1")).toBe(true);
    expect(wouldCreateCycle(items, "t1", "g2")).toBe(false);
    expect(wouldCreateCycle(items, "t1", null)).toBe(false);
  });

  it("finds descendants at any depth", () => {
    expect(descendants(items, "g1")).toEqual(new Set(["t1", "t2", "s"]));
    expect(descendants(items, "g2")).toEqual(new Set());
  });
});
