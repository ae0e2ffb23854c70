import { describe, expect, it } from "vitest";
import { frameworkFileSchema } from "@/lib/frameworks/framework-file";
import { referenceValueSchema, type ReferenceValueInput } from "@/lib/validation/reference-values";
import { auditTrail, makeCity, makeFramework, makeUser } from "@/tests/integration/fixtures";
import { db } from "../db";
import { importFramework } from "../frameworks/import-framework";
import { deleteReferenceValue } from "./delete-reference-value";
import { listReferenceIndicators } from "./reference-indicators";
import { listReferenceValues } from "./list-reference-values";
import { upsertReferenceValue } from "./upsert-reference-value";

/** A reference city (a network member), a published framework with a rate LF and a count HS, and an administrator. */
async function setup() {
  const city = await db().city.update({ where: { id: (await makeCity({ gnlcStatus: "member" })).id }, data: { isReference: true } });
  const framework = await makeFramework();
  const admin = await makeUser("administrator");
  const figure = (overrides: Partial<ReferenceValueInput> = {}) =>
    referenceValueSchema.parse({
      id: null,
      cityId: city.id,
      frameworkCode: framework.code,
      indicatorCode: "LF",
      year: 2025,
      value: 0.67,
      count: 1_420_000,
      sourceTitle: "VnExpress, 12/2025",
      sourceUrl: null,
      noteVi: null,
      noteEn: "More than 1.4 million",
      ...overrides,
    });
  return { city, framework, admin, figure };
}

describe("recording published figures", () => {
  it("records, corrects and deletes a figure, each with an audit event", async () => {
    const { admin, figure } = await setup();
    const created = await upsertReferenceValue(db(), admin, figure());
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : "";
    expect(await db().referenceValue.findUniqueOrThrow({ where: { id } })).toMatchObject({ value: 0.67, count: 1_420_000, createdById: admin.id, noteEn: "More than 1.4 million" });

    expect(await upsertReferenceValue(db(), admin, figure({ id, value: 0.675, sourceUrl: "https://vnexpress.net" }))).toEqual({ ok: true, value: { id } });
    expect(await db().referenceValue.findUniqueOrThrow({ where: { id } })).toMatchObject({ value: 0.675, sourceUrl: "https://vnexpress.net" });

    expect(await deleteReferenceValue(db(), admin, id)).toEqual({ ok: true, value: undefined });
    expect(await db().referenceValue.findUnique({ where: { id } })).toBeNull();
    const trail = await auditTrail(id);
    expect(trail.map((e) => e.action)).toEqual(["referenceValue.create", "referenceValue.update", "referenceValue.delete"]);
    expect(JSON.parse(trail[1].before!)).toMatchObject({ value: 0.67 });
    expect(JSON.parse(trail[2].before!)).toMatchObject({ value: 0.675 });
  });

  it("records a figure's basis and dates, and refuses a count basis with a share's count behind it", async () => {
    const { admin, figure } = await setup();
    const registered = await upsertReferenceValue(db(), admin, figure({ value: 0.8906, count: 1_669_074, basis: "share-of-registered-households", asOf: "2024-12-19", publishedOn: "2024-12-19" }));
    if (!registered.ok) throw new Error(registered.reason);
    expect(await db().referenceValue.findUniqueOrThrow({ where: { id: registered.value.id } })).toMatchObject({ basis: "share-of-registered-households", asOf: "2024-12-19", publishedOn: "2024-12-19" });
    const models = await upsertReferenceValue(db(), admin, figure({ year: 2024, value: 26_074, count: 26_074, basis: "count-of-registered-models" }));
    expect(models).toEqual({ ok: false, reason: "invalid", fieldErrors: { count: "referenceData.errors.countWithCountBasis" } });
    const counted = await upsertReferenceValue(db(), admin, figure({ year: 2024, value: 26_074, count: null, basis: "count-of-registered-models" }));
    expect(counted.ok).toBe(true);
  });

  it("refuses everyone but administrators, and changes nothing", async () => {
    const { city, admin, figure } = await setup();
    const created = await upsertReferenceValue(db(), admin, figure());
    const id = created.ok ? created.value.id : "";
    for (const someone of [
      await makeUser("coordinator", { assignedCityIds: [city.id] }),
      await makeUser("official", { cityId: city.id }),
      await makeUser("viewer", { coversAllCities: true }),
    ]) {
      expect(await upsertReferenceValue(db(), someone, figure({ year: 2024 }))).toEqual({ ok: false, reason: "forbidden" });
      expect(await upsertReferenceValue(db(), someone, figure({ id, value: 0.1 }))).toEqual({ ok: false, reason: "forbidden" });
      expect(await deleteReferenceValue(db(), someone, id)).toEqual({ ok: false, reason: "forbidden" });
    }
    expect(await db().referenceValue.findMany({ where: { cityId: city.id } })).toEqual([expect.objectContaining({ id, value: 0.67 })]);
  });

  it("refuses an indicator the framework does not publish, and values that do not fit the indicator", async () => {
    const { admin, framework, figure } = await setup();
    // Version 2 is still a draft: its new indicator is not published yet.
    const draft = frameworkFileSchema.parse({
      code: framework.code,
      version: 2,
      titleVi: "Bộ thử",
      titleEn: "Test set",
      sourceTitle: "QĐ 387/QĐ-TTg",
      verified: true,
      sections: [{ code: "A", titleVi: "A", titleEn: "A", indicators: [{ code: "NEW", labelVi: "Mới", labelEn: "New", type: "count" }] }],
    });
    expect((await importFramework(db(), null, draft, { publish: false })).ok).toBe(true);

    const unknown = { ok: false, reason: "invalid", fieldErrors: { indicatorCode: "referenceData.errors.unknownIndicator" } };
    expect(await upsertReferenceValue(db(), admin, figure({ indicatorCode: "NEW", count: null, value: 3 }))).toEqual(unknown);
    expect(await upsertReferenceValue(db(), admin, figure({ indicatorCode: "NOPE" }))).toEqual(unknown);
    expect(await upsertReferenceValue(db(), admin, figure({ frameworkCode: "no-such-framework" }))).toEqual(unknown);
    expect(await upsertReferenceValue(db(), admin, figure({ value: 67 }))).toEqual({ ok: false, reason: "invalid", fieldErrors: { value: "referenceData.errors.rateRange" } });
    expect(await upsertReferenceValue(db(), admin, figure({ indicatorCode: "HS", value: 3000 }))).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { count: "referenceData.errors.countOnlyForRate" },
    });
    expect(await upsertReferenceValue(db(), admin, figure({ cityId: "no-such-city" }))).toEqual({ ok: false, reason: "invalid", fieldErrors: { cityId: "validation.unknownCity" } });
    expect((await upsertReferenceValue(db(), admin, figure({ indicatorCode: "HS", value: 3000, count: null }))).ok).toBe(true);
  });

  it("refuses a second figure for the same city, indicator and year instead of writing over it", async () => {
    const { admin, figure } = await setup();
    const first = await upsertReferenceValue(db(), admin, figure());
    const other = await upsertReferenceValue(db(), admin, figure({ year: 2024, value: 0.6 }));
    const duplicate = { ok: false, reason: "invalid", fieldErrors: { _form: "referenceData.errors.duplicate" } };
    expect(await upsertReferenceValue(db(), admin, figure({ value: 0.9 }))).toEqual(duplicate);
    // Moving another year's figure onto 2025 collides too.
    expect(await upsertReferenceValue(db(), admin, figure({ id: other.ok ? other.value.id : "", value: 0.6 }))).toEqual(duplicate);
    expect((await db().referenceValue.findUniqueOrThrow({ where: { id: first.ok ? first.value.id : "" } })).value).toBe(0.67);
    expect(await upsertReferenceValue(db(), admin, figure({ id: "no-such-id", year: 2020 }))).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("reading published figures", () => {
  it("gives everyone a reference city's figures with the indicator's wording, but other cities only within scope", async () => {
    const { city, admin, figure, framework } = await setup();
    await upsertReferenceValue(db(), admin, figure({ year: 2024, value: 0.6, count: null }));
    await upsertReferenceValue(db(), admin, figure());
    await upsertReferenceValue(db(), admin, figure({ indicatorCode: "HS", value: 3000, count: null }));
    const candidate = await makeCity({ gnlcStatus: "candidate" });
    await upsertReferenceValue(db(), admin, figure({ cityId: candidate.id }));

    const stranger = await makeUser("official", { cityId: (await makeCity()).id });
    const seen = await listReferenceValues(db(), stranger, { cityIds: [city.id, candidate.id] });
    expect(seen.map((v) => [v.city.id, v.indicatorCode, v.year])).toEqual([
      [city.id, "LF", 2025],
      [city.id, "LF", 2024],
      [city.id, "HS", 2025],
    ]);
    expect(seen[0]).toMatchObject({ sourceTitle: "VnExpress, 12/2025", indicator: { labelVi: "Gia đình học tập", type: "rate" }, framework: { code: framework.code } });

    const candidatesOfficial = await makeUser("official", { cityId: candidate.id });
    expect((await listReferenceValues(db(), candidatesOfficial, { cityIds: [candidate.id] })).map((v) => v.indicatorCode)).toEqual(["LF"]);
  });

  it("offers only numeric indicators of the latest published version of each framework", async () => {
    const { framework } = await setup();
    const offered = (await listReferenceIndicators(db())).find((f) => f.code === framework.code);
    expect(offered?.indicators.map((i) => [i.code, i.type])).toEqual([
      ["LF", "rate"],
      ["HS", "count"],
    ]);
  });
});
