import { describe, expect, it } from "vitest";
import { db } from "../db";
import { auditTrail, makeCity, makeUser } from "@/tests/integration/fixtures";
import { updateCityProfile } from "./update-city-profile";
import { getVisibleCity, listVisibleCities } from "./visible-cities";

describe("which cities a user sees", () => {
  it("shows an official only their own city, by list and by address", async () => {
    const [own, other] = [await makeCity(), await makeCity()];
    const official = await makeUser("official", { cityId: own.id });
    expect((await listVisibleCities(db(), official)).map((c) => c.id)).toEqual([own.id]);
    expect((await getVisibleCity(db(), official, own.slug))?.id).toBe(own.id);
    expect(await getVisibleCity(db(), official, other.slug)).toBeNull();
  });

  it("shows a coordinator their assigned cities, and an all-cities viewer every city", async () => {
    const [a, b, c] = [await makeCity(), await makeCity(), await makeCity()];
    const coordinator = await makeUser("coordinator", { assignedCityIds: [a.id, b.id] });
    const ids = (await listVisibleCities(db(), coordinator)).map((x) => x.id);
    expect(ids.sort()).toEqual([a.id, b.id].sort());
    expect(await getVisibleCity(db(), coordinator, c.slug)).toBeNull();

    const viewer = await makeUser("viewer", { coversAllCities: true });
    const all = await db().city.count();
    expect((await listVisibleCities(db(), viewer)).length).toBe(all);
  });

  it("lists network members before candidates", async () => {
    const candidate = await makeCity({ gnlcStatus: "candidate" });
    const member = await makeCity({ gnlcStatus: "member" });
    const viewer = await makeUser("viewer", { assignedCityIds: [candidate.id, member.id] });
    expect((await listVisibleCities(db(), viewer)).map((c) => c.id)).toEqual([member.id, candidate.id]);
  });
});

describe("updating a city profile", () => {
  it("lets the city's own official update it, with an audit event", async () => {
    const city = await makeCity();
    const official = await makeUser("official", { cityId: city.id });
    expect(await updateCityProfile(db(), official, { cityId: city.id, population: 1_234_567, populationYear: 2025, areaKm2: 12.5 })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await db().city.findUniqueOrThrow({ where: { id: city.id } })).toMatchObject({ population: 1_234_567, areaKm2: 12.5 });
    const [event] = await auditTrail(city.id);
    expect(event).toMatchObject({ action: "city.updateProfile", actorId: official.id });
    expect(JSON.parse(event.before!)).toEqual({ population: null, populationYear: null, areaKm2: null });
  });

  it("refuses another city's official, a coordinator and a viewer, and changes nothing", async () => {
    const [own, other] = [await makeCity(), await makeCity()];
    const actors = [
      await makeUser("official", { cityId: own.id }),
      await makeUser("coordinator", { assignedCityIds: [other.id] }),
      await makeUser("viewer", { coversAllCities: true }),
    ];
    for (const actor of actors) {
      expect(await updateCityProfile(db(), actor, { cityId: other.id, population: 1 })).toEqual({ ok: false, reason: "forbidden" });
    }
    expect((await db().city.findUniqueOrThrow({ where: { id: other.id } })).population).toBeNull();
    expect(await auditTrail(other.id)).toEqual([]);
  });
});
