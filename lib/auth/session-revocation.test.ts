import { describe, expect, it } from "vitest";
import { changeEndsSessions, type Placement } from "./session-revocation";

const coordinator: Placement = { role: "coordinator", cityId: null, coversAllCities: false, assignedCityIds: ["hn", "hcm"], active: true };

describe("which changes to a user end their sessions", () => {
  it("a new role, another city, other covered cities, or deactivation", () => {
    expect(changeEndsSessions(coordinator, { ...coordinator, role: "viewer" })).toBe(true);
    expect(changeEndsSessions({ ...coordinator, role: "official", cityId: "hn" }, { ...coordinator, role: "official", cityId: "hcm" })).toBe(true);
    expect(changeEndsSessions(coordinator, { ...coordinator, coversAllCities: true })).toBe(true);
    expect(changeEndsSessions(coordinator, { ...coordinator, assignedCityIds: ["hn"] })).toBe(true);
    expect(changeEndsSessions(coordinator, { ...coordinator, assignedCityIds: ["hn", "sl"] })).toBe(true);
    expect(changeEndsSessions(coordinator, { ...coordinator, active: false })).toBe(true);
  });

  it("not a change that leaves what they may do as it was", () => {
    expect(changeEndsSessions(coordinator, { ...coordinator })).toBe(false);
    expect(changeEndsSessions(coordinator, { ...coordinator, assignedCityIds: ["hcm", "hn"] })).toBe(false);
    expect(changeEndsSessions({ ...coordinator, active: false }, coordinator)).toBe(false);
  });
});
