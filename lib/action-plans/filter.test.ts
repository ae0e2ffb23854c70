import { describe, expect, it } from "vitest";
import { agenciesOf, filterTree, isFiltering, matchesFilter, type FilterableItem } from "./filter";

const today = "2026-11-24";
const item = (id: string, parentId: string | null, over: Partial<FilterableItem> = {}): FilterableItem => ({
  id,
  parentId,
  leadAgency: null,
  supportingAgencies: [],
  ownerId: null,
  status: "onTrack",
  dueOn: null,
  ...over,
});

const items = [
  item("g1", null),
  item("t1", "g1", { leadAgency: "Sở GD&ĐT", ownerId: "u1", dueOn: "2026-10-01" }),
  item("t2", "g1", { leadAgency: "Sở VH", supportingAgencies: ["Sở GD&ĐT"], status: "atRisk" }),
  item("g2", null),
  item("t3", "g2", { ownerId: "u1", status: "done", dueOn: "2026-01-01" }),
];

describe("plan filters", () => {
  it("match the lead or a supporting agency, the owner and the status", () => {
    expect(items.filter((i) => matchesFilter(i, { agency: "Sở GD&ĐT" }, today)).map((i) => i.id)).toEqual(["t1", "t2"]);
    expect(items.filter((i) => matchesFilter(i, { owner: "u1" }, today)).map((i) => i.id)).toEqual(["t1", "t3"]);
    expect(items.filter((i) => matchesFilter(i, { status: "atRisk" }, today)).map((i) => i.id)).toEqual(["t2"]);
    expect(items.filter((i) => matchesFilter(i, { status: "overdue" }, today)).map((i) => i.id)).toEqual(["t1"]);
    expect(items.filter((i) => matchesFilter(i, { owner: "u1", agency: "Sở GD&ĐT" }, today)).map((i) => i.id)).toEqual(["t1"]);
  });

  it("show the ancestors of a match as context", () => {
    const { shown, matching } = filterTree(items, { status: "done" }, today);
    expect(matching).toEqual(new Set(["t3"]));
    expect(shown).toEqual(new Set(["t3", "g2"]));
  });

  it("know when nothing is filtered", () => {
    expect(isFiltering({})).toBe(false);
    expect(isFiltering({ owner: "u1" })).toBe(true);
  });

  it("list every agency once, sorted", () => {
    expect(agenciesOf(items, "vi")).toEqual(["Sở GD&ĐT", "Sở VH"]);
  });
});
