import { describe, expect, it } from "vitest";
import type { Actor } from "../permissions";
import { commentAudience, mayDiscuss } from "./comments";

const actor = (overrides: Partial<Actor>): Actor => ({ id: "u", role: "viewer", active: true, cityId: null, coversAllCities: false, assignedCityIds: [], ...overrides });
const official = actor({ role: "official", cityId: "vinh" });
const coordinator = actor({ role: "coordinator", assignedCityIds: ["vinh"] });
const admin = actor({ role: "administrator" });
const vinh = { cityId: "vinh" };

describe("who may discuss an assessment's indicators", () => {
  it("lets the city's officials, its coordinators and administrators take part", () => {
    expect(mayDiscuss(official, vinh)).toBe(true);
    expect(mayDiscuss(coordinator, vinh)).toBe(true);
    expect(mayDiscuss(actor({ role: "coordinator", coversAllCities: true }), vinh)).toBe(true);
    expect(mayDiscuss(admin, vinh)).toBe(true);
  });

  it("never lets a viewer write, even one who reads every city", () => {
    expect(mayDiscuss(actor({ role: "viewer", coversAllCities: true }), vinh)).toBe(false);
    expect(mayDiscuss(actor({ role: "viewer", assignedCityIds: ["vinh"] }), vinh)).toBe(false);
  });

  it("keeps out other cities' officials, coordinators of other cities and deactivated accounts", () => {
    expect(mayDiscuss(actor({ role: "official", cityId: "hanoi" }), vinh)).toBe(false);
    expect(mayDiscuss(actor({ role: "official", cityId: "hanoi", assignedCityIds: ["vinh"] }), vinh)).toBe(false);
    expect(mayDiscuss(actor({ role: "coordinator", assignedCityIds: ["hanoi"] }), vinh)).toBe(false);
    for (const someone of [official, coordinator, admin]) expect(mayDiscuss({ ...someone, active: false }, vinh)).toBe(false);
  });

  it("has nothing to discuss on figures taken from publications", () => {
    for (const someone of [official, coordinator, admin]) expect(mayDiscuss(someone, { cityId: "vinh", fromPublications: true })).toBe(false);
  });
});

describe("who hears of a comment", () => {
  it("sends the city's comments to its reviewers and everyone else's to the city", () => {
    expect(commentAudience(official)).toBe("reviewers");
    expect(commentAudience(coordinator)).toBe("city");
    expect(commentAudience(admin)).toBe("city");
  });
});
