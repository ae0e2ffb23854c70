import { describe, expect, it } from "vitest";
import { db } from "../db";
import { countingDb } from "@/tests/integration/counting-db";
import { auditTrail, makeCity, makeSubmittedAssessment, makeUser } from "@/tests/integration/fixtures";
import { takeReviewAct } from "../review/take-review-act";
import { listProfileReadiness } from "./profile-readiness";
import { updateCityProfile } from "./update-city-profile";
import { getVisibleCity, listVisibleCities, listVisibleCitiesPage } from "./visible-cities";
import { assessmentStatusCounts } from "../assessments/status-counts";

describe("the dashboard of a wide scope", () => {
  it("pages the cities: GNLC members and candidates first, then the rest in Vietnamese alphabetical order, each once", async () => {
    const names = ["Xã Ưng Hòa", "Xã An Khê", "Xã Đà Bắc", "Xã Dĩ An", "Xã Ân Thi", "Xã Ô Môn", "Xã Ong Lâm"];
    const cities = [];
    for (const nameVi of names) cities.push(await makeCity({ nameVi }));
    const member = await makeCity({ nameVi: "Thành phố Zeta", gnlcStatus: "member" });
    const candidate = await makeCity({ nameVi: "Thành phố Eta", gnlcStatus: "candidate" });
    await makeCity({ nameVi: "Thành phố ngoài phạm vi", gnlcStatus: "member" });
    const coordinator = await makeUser("coordinator", { assignedCityIds: [...cities.map((c) => c.id), member.id, candidate.id] });
    const pages = [];
    for (const number of [1, 2, 3]) pages.push(await listVisibleCitiesPage(db(), coordinator, { number, size: 3, locale: "vi" }));
    // The members of the scope are counted on every page, the one outside it not at all.
    for (const page of pages) expect(page).toMatchObject({ total: 9, members: 1, pages: 3 });
    const listed = pages.flatMap((p) => p.cities.map((c) => c.nameVi));
    expect(listed.slice(0, 2)).toEqual(["Thành phố Zeta", "Thành phố Eta"]);
    expect(listed.slice(2)).toEqual([...names].sort(new Intl.Collator("vi").compare));
    // Past the end: the last page.
    expect((await listVisibleCitiesPage(db(), coordinator, { number: 9, size: 3, locale: "vi" })).page).toBe(3);
  });

  it("reads a page of cities in two statements at most, for one city as for nine", async () => {
    const statementsFor = async (cityIds: string[]) => {
      const coordinator = await makeUser("coordinator", { assignedCityIds: cityIds });
      const { client, counter } = countingDb();
      const page = await listVisibleCitiesPage(client, coordinator, { number: 1, size: 25, locale: "vi" });
      expect(page.cities.map((c) => c.id).sort()).toEqual([...cityIds].sort());
      return counter.queries;
    };
    const nine = [];
    for (let i = 0; i < 8; i++) nine.push((await makeCity()).id);
    nine.push((await makeCity({ gnlcStatus: "member" })).id);
    expect(await statementsFor(nine.slice(0, 1))).toBe(2);
    expect(await statementsFor(nine)).toBe(2);
    // Only network cities: the count of the others is enough, no second statement.
    expect(await statementsFor(nine.slice(8))).toBe(1);
  });

  it("counts checklists by framework, year and status in one grouped count, within the scope", async () => {
    const submitted = await makeSubmittedAssessment();
    const other = await makeSubmittedAssessment();
    const counts = await assessmentStatusCounts(db(), submitted.coordinator);
    expect(counts).toEqual([{ frameworkCode: submitted.framework.code, year: 2025, status: "submitted", count: 1, framework: { titleVi: "Bộ thử", titleEn: "Test set" } }]);
    expect(counts.some((c) => c.frameworkCode === other.framework.code)).toBe(false);
  });
});

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

  it("opens a reference city's profile to every user, without adding it to their list", async () => {
    const own = await makeCity();
    const reference = await db().city.update({ where: { id: (await makeCity({ gnlcStatus: "member" })).id }, data: { isReference: true } });
    const official = await makeUser("official", { cityId: own.id });
    expect((await getVisibleCity(db(), official, reference.slug))?.id).toBe(reference.id);
    expect((await listVisibleCities(db(), official)).map((c) => c.id)).toEqual([own.id]);
    const coordinator = await makeUser("coordinator", { assignedCityIds: [own.id] });
    expect((await getVisibleCity(db(), coordinator, reference.slug))?.id).toBe(reference.id);
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

describe("readiness on a city's profile", () => {
  it("shows the city's own people its latest assessment in any state, and others only once approved", async () => {
    const { city, official, coordinator, assessmentId, framework } = await makeSubmittedAssessment();
    await db().city.update({ where: { id: city.id }, data: { isReference: true } });
    const profile = { id: city.id, isReference: true };
    const outsider = await makeUser("official", { cityId: (await makeCity()).id });

    const own = await listProfileReadiness(db(), official, profile);
    expect(own).toEqual([expect.objectContaining({ id: assessmentId, status: "submitted", frameworkCode: framework.code, mayOpen: true })]);
    expect(own[0].readiness.score).not.toBeNull();
    expect(await listProfileReadiness(db(), outsider, profile)).toEqual([]);

    expect((await takeReviewAct(db(), coordinator, { assessmentId, act: "approve", flags: [] })).ok).toBe(true);
    const shown = await listProfileReadiness(db(), outsider, profile);
    expect(shown).toEqual([expect.objectContaining({ id: assessmentId, status: "approved", mayOpen: false })]);
    expect(shown[0].readiness).toEqual(own[0].readiness);

    // A city that is not a reference city shows nothing outside its scope, approved or not.
    expect(await listProfileReadiness(db(), outsider, { id: city.id, isReference: false })).toEqual([]);
  });
});
