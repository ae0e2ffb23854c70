import { describe, expect, it } from "vitest";
import type { UpdateDraftIndicatorInput } from "@/lib/validation/frameworks";
import { frameworkFileSchema } from "@/lib/frameworks/framework-file";
import { auditTrail, makeFramework, makeUser, unique } from "@/tests/integration/fixtures";
import { db } from "../db";
import { importFramework } from "./import-framework";
import { publishFramework, retireFramework } from "./publish-framework";
import { updateDraftIndicator } from "./update-draft-indicator";

const nonAdmins = ["coordinator", "official", "viewer"] as const;

/** A draft with one rate whose 2030 target carries a note. */
async function makeDraft() {
  const admin = await makeUser("administrator");
  const file = frameworkFileSchema.parse({
    code: unique("fw"),
    version: 1,
    titleVi: "Bộ nháp",
    titleEn: "Draft set",
    sourceTitle: "QĐ 387/QĐ-TTg",
    verified: false,
    sections: [
      {
        code: "A",
        titleVi: "Gia đình",
        titleEn: "Families",
        indicators: [
          {
            code: "LF",
            labelVi: "Gia đình học tập",
            labelEn: "Learning families",
            type: "rate",
            verified: false,
            targets: [
              { year: 2025, value: 0.7, sourceTitle: "QĐ 387" },
              { year: 2030, value: 0.8, sourceTitle: "KH 291", noteVi: "Vùng khó khăn: 60%", noteEn: "Disadvantaged areas: 60%" },
            ],
          },
        ],
      },
    ],
  });
  const result = await importFramework(db(), admin, file, { publish: false });
  if (!result.ok) throw new Error(result.reason);
  const indicator = await db().indicator.findFirstOrThrow({ where: { frameworkId: result.value.id } });
  return { admin, id: result.value.id, indicator };
}

const edit = (indicatorId: string, overrides: Partial<UpdateDraftIndicatorInput> = {}): UpdateDraftIndicatorInput => ({
  indicatorId,
  type: "rate",
  labelVi: "Gia đình học tập (sửa)",
  labelEn: "Learning households",
  helpVi: "Tỷ lệ hộ gia đình đạt danh hiệu",
  helpEn: null,
  verified: true,
  verificationNoteVi: null,
  verificationNoteEn: null,
  targets: [
    { year: 2030, value: 0.75, sourceTitle: "KH 291/KH-UBND", sourceUrl: "https://hanoi.gov.vn/kh-291" },
    { year: 2035, value: 0.9, sourceTitle: "Dự thảo", sourceUrl: null },
  ],
  ...overrides,
});

describe("publishing a framework version", () => {
  it("publishes a draft once, records when, and audits the step", async () => {
    const { admin, id } = await makeDraft();
    expect(await publishFramework(db(), admin, id)).toEqual({ ok: true, value: undefined });
    const framework = await db().framework.findUniqueOrThrow({ where: { id } });
    expect(framework.status).toBe("published");
    expect(framework.publishedAt).toBeInstanceOf(Date);

    expect(await publishFramework(db(), admin, id)).toEqual({ ok: false, reason: "invalid", fieldErrors: { _form: "validation.frameworkNotDraft" } });
    const published = (await auditTrail(id)).filter((e) => e.action === "framework.publish");
    expect(published).toHaveLength(1);
    expect(published[0].actorId).toBe(admin.id);
    expect(JSON.parse(published[0].before!)).toEqual({ status: "draft" });
    expect(JSON.parse(published[0].after!)).toMatchObject({ status: "published" });
  });

  it("retires a published version, and nothing else", async () => {
    const { admin, id } = await makeDraft();
    expect(await retireFramework(db(), admin, id)).toEqual({ ok: false, reason: "invalid", fieldErrors: { _form: "validation.frameworkNotRetirable" } });
    await publishFramework(db(), admin, id);
    expect((await retireFramework(db(), admin, id)).ok).toBe(true);
    expect((await db().framework.findUniqueOrThrow({ where: { id } })).status).toBe("retired");
    // A retired version cannot come back.
    expect((await publishFramework(db(), admin, id)).ok).toBe(false);
    expect((await auditTrail(id)).map((e) => e.action)).toEqual(["framework.import", "framework.publish", "framework.retire"]);
  });

  it("is for administrators only", async () => {
    const { id } = await makeDraft();
    for (const role of nonAdmins) {
      const actor = await makeUser(role, { coversAllCities: true });
      expect(await publishFramework(db(), actor, id)).toEqual({ ok: false, reason: "forbidden" });
    }
    expect((await db().framework.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
    const published = await makeFramework();
    expect(await retireFramework(db(), await makeUser("coordinator", { coversAllCities: true }), published.id)).toEqual({ ok: false, reason: "forbidden" });
  });

  it("reports an unknown version", async () => {
    expect(await publishFramework(db(), await makeUser("administrator"), "no-such-framework")).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("editing an indicator of a draft", () => {
  it("replaces wording, verification and targets, keeps the notes of years that stay, and audits before and after", async () => {
    const { admin, id, indicator } = await makeDraft();
    expect(await updateDraftIndicator(db(), admin, edit(indicator.id))).toEqual({ ok: true, value: undefined });

    const stored = await db().indicator.findUniqueOrThrow({ where: { id: indicator.id }, include: { targets: { orderBy: { year: "asc" } } } });
    expect(stored).toMatchObject({ labelVi: "Gia đình học tập (sửa)", labelEn: "Learning households", helpVi: "Tỷ lệ hộ gia đình đạt danh hiệu", helpEn: null, verified: true });
    expect(stored.targets.map((t) => [t.year, t.value, t.sourceTitle, t.sourceUrl, t.noteEn])).toEqual([
      [2030, 0.75, "KH 291/KH-UBND", "https://hanoi.gov.vn/kh-291", "Disadvantaged areas: 60%"],
      [2035, 0.9, "Dự thảo", null, null],
    ]);
    expect((await db().framework.findUniqueOrThrow({ where: { id } })).status).toBe("draft");

    const [event] = (await auditTrail(indicator.id)).filter((e) => e.action === "indicator.update");
    expect(event.actorId).toBe(admin.id);
    expect(JSON.parse(event.before!)).toMatchObject({ labelEn: "Learning families", verified: false, targets: [{ year: 2025, value: 0.7 }, { year: 2030, value: 0.8 }] });
    expect(JSON.parse(event.after!)).toMatchObject({ labelEn: "Learning households", verified: true, targets: [{ year: 2030, value: 0.75 }, { year: 2035, value: 0.9 }] });
  });

  it("clears every target when given none", async () => {
    const { admin, indicator } = await makeDraft();
    expect((await updateDraftIndicator(db(), admin, edit(indicator.id, { targets: [] }))).ok).toBe(true);
    expect(await db().indicatorTarget.count({ where: { indicatorId: indicator.id } })).toBe(0);
  });

  it("refuses once the version is published, and changes nothing", async () => {
    const { admin, id, indicator } = await makeDraft();
    await publishFramework(db(), admin, id);
    expect(await updateDraftIndicator(db(), admin, edit(indicator.id))).toEqual({ ok: false, reason: "invalid", fieldErrors: { _form: "validation.frameworkNotDraft" } });
    const stored = await db().indicator.findUniqueOrThrow({ where: { id: indicator.id }, include: { targets: { orderBy: { year: "asc" } } } });
    expect(stored.labelEn).toBe("Learning families");
    expect(stored.targets.map((t) => t.value)).toEqual([0.7, 0.8]);
    expect((await auditTrail(indicator.id)).filter((e) => e.action === "indicator.update")).toHaveLength(0);
  });

  it("refuses a form built for another type, so a rate never gets a target outside 0..1", async () => {
    const { admin, indicator } = await makeDraft();
    const result = await updateDraftIndicator(db(), admin, edit(indicator.id, { type: "count", targets: [{ year: 2030, value: 75, sourceTitle: "KH 291", sourceUrl: null }] }));
    expect(result).toEqual({ ok: false, reason: "invalid", fieldErrors: { _form: "validation.indicatorTypeMismatch" } });
    expect((await db().indicatorTarget.findMany({ where: { indicatorId: indicator.id } })).map((t) => t.value).sort()).toEqual([0.7, 0.8]);
  });

  it("is for administrators only", async () => {
    const { indicator } = await makeDraft();
    for (const role of nonAdmins) {
      const actor = await makeUser(role, { coversAllCities: true });
      expect(await updateDraftIndicator(db(), actor, edit(indicator.id))).toEqual({ ok: false, reason: "forbidden" });
    }
    expect((await db().indicator.findUniqueOrThrow({ where: { id: indicator.id } })).labelEn).toBe("Learning families");
  });

  it("reports an unknown indicator", async () => {
    expect(await updateDraftIndicator(db(), await makeUser("administrator"), edit("no-such-indicator"))).toEqual({ ok: false, reason: "notFound" });
  });
});
