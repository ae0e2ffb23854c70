import { describe, expect, it } from "vitest";
import { addNetworkStatSchema } from "@/lib/validation/network";
import { auditTrail, makeCity, makeUser } from "@/tests/integration/fixtures";
import { db } from "../db";
import { addNetworkStat } from "./add-network-stat";
import { listNetworkMembers } from "./list-network-members";
import { listNetworkStats } from "./list-network-stats";

// asOf is unique across the whole table, so every test uses dates of its own.
const stat = (asOf: string, overrides: Record<string, unknown> = {}) =>
  addNetworkStatSchema.parse({
    asOf,
    newMembers: 72,
    newMemberCountries: 46,
    totalMembers: 425,
    countries: 91,
    citizensReached: 498_000_000,
    sourceTitle: "Báo chí Việt Nam, 12/2025",
    sourceUrl: null,
    noteVi: "Hơn 498 triệu người dân",
    noteEn: null,
    ...overrides,
  });

describe("network statistics", () => {
  it("lets an administrator add a row, with an audit event", async () => {
    const admin = await makeUser("administrator");
    const result = await addNetworkStat(db(), admin, stat("2031-12-04"));
    expect(result.ok).toBe(true);
    const id = result.ok ? result.value.id : "";
    expect(await db().networkStat.findUniqueOrThrow({ where: { id } })).toMatchObject({ asOf: "2031-12-04", totalMembers: 425, citizensReached: 498_000_000, createdById: admin.id });
    const [event] = await auditTrail(id);
    expect(event).toMatchObject({ action: "networkStat.create", actorId: admin.id, entityType: "NetworkStat" });
    expect(JSON.parse(event.after!)).toMatchObject({ asOf: "2031-12-04", countries: 91 });
  });

  it("refuses everyone but administrators, and writes nothing", async () => {
    const city = await makeCity();
    for (const someone of [
      await makeUser("coordinator", { coversAllCities: true }),
      await makeUser("official", { cityId: city.id }),
      await makeUser("viewer", { coversAllCities: true }),
      await makeUser("administrator", { active: false }),
    ]) {
      expect(await addNetworkStat(db(), someone, stat("2032-01"))).toEqual({ ok: false, reason: "forbidden" });
    }
    expect(await db().networkStat.count({ where: { asOf: "2032-01" } })).toBe(0);
  });

  it("answers a second row for the same date with a translated field error, not a crash", async () => {
    const admin = await makeUser("administrator");
    expect((await addNetworkStat(db(), admin, stat("2033"))).ok).toBe(true);
    expect(await addNetworkStat(db(), admin, stat("2033", { totalMembers: 500 }))).toEqual({ ok: false, reason: "invalid", fieldErrors: { asOf: "network.errors.duplicateAsOf" } });
    expect((await db().networkStat.findUniqueOrThrow({ where: { asOf: "2033" } })).totalMembers).toBe(425);
  });

  it("lists rows oldest first, whatever the precision of their dates", async () => {
    const admin = await makeUser("administrator");
    for (const asOf of ["2034-06-30", "2034", "2034-02"]) expect((await addNetworkStat(db(), admin, stat(asOf))).ok).toBe(true);
    const mine = (await listNetworkStats(db())).filter((s) => s.asOf.startsWith("2034")).map((s) => [s.asOf, s.parsedAsOf?.precision]);
    expect(mine).toEqual([
      ["2034", "year"],
      ["2034-02", "month"],
      ["2034-06-30", "day"],
    ]);
  });
});

describe("a country's network members", () => {
  it("lists members of that country only, in the order they joined", async () => {
    const country = "ZZ";
    const make = (nameVi: string, data: Record<string, unknown>) =>
      db().city.create({ data: { slug: `${country}-${nameVi}-${Math.random()}`, nameVi, nameEn: nameVi, provinceVi: "T", provinceEn: "P", country, ...data } });
    await make("Muộn", { gnlcStatus: "member", gnlcAdmittedYear: 2025, gnlcAdmittedOn: new Date("2025-12-04T00:00:00Z"), isReference: true });
    await make("Sớm", { gnlcStatus: "member", gnlcAdmittedYear: 2020, gnlcAdmittedOn: new Date("2020-09-23T00:00:00Z"), isReference: true });
    await make("Chỉ có năm", { gnlcStatus: "member", gnlcAdmittedYear: 2022 });
    await make("Ứng viên", { gnlcStatus: "candidate" });
    expect((await listNetworkMembers(db(), country)).map((c) => c.nameVi)).toEqual(["Sớm", "Chỉ có năm", "Muộn"]);
  });
});
