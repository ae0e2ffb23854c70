import { describe, expect, it } from "vitest";
import { frameworkFileSchema } from "@/lib/frameworks/framework-file";
import { db } from "../db";
import { auditTrail, makeUser, unique } from "@/tests/integration/fixtures";
import { importFramework } from "./import-framework";

const sampleFile = (code: string) =>
  frameworkFileSchema.parse({
    code,
    version: 1,
    titleVi: "Bộ chỉ số thử",
    titleEn: "Test framework",
    sourceTitle: "QĐ 387/QĐ-TTg (2022)",
    verified: true,
    levelScales: { three: [1, 2, 3].map((value) => ({ value, labelVi: `Mức ${value}`, labelEn: `Level ${value}` })) },
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
            targets: [
              { year: 2025, value: 0.7, sourceTitle: "QĐ 387/QĐ-TTg" },
              { year: 2030, value: 0.8, sourceTitle: "KH 291/KH-UBND" },
            ],
          },
        ],
        sections: [
          {
            code: "A1",
            titleVi: "Trường học",
            titleEn: "Schools",
            indicators: [
              { code: "HS1", labelVi: "Tiêu chí 1", labelEn: "Criterion 1", type: "level", levelScale: "three", verified: false },
              { code: "HS9", labelVi: "Ghi chú thêm", labelEn: "Further notes", type: "text", required: false, countsTowardsCompleteness: false },
            ],
          },
        ],
      },
    ],
  });

describe("importing a framework", () => {
  it("stores sections as a tree, indicators in file order and targets with their sources", async () => {
    const admin = await makeUser("administrator");
    const code = unique("fw");
    const result = await importFramework(db(), admin, sampleFile(code), { publish: false });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.value.id : "";

    const framework = await db().framework.findUniqueOrThrow({
      where: { id },
      include: { sections: { orderBy: { path: "asc" } }, indicators: { orderBy: { position: "asc" }, include: { targets: { orderBy: { year: "asc" } } } } },
    });
    expect(framework.status).toBe("draft");
    expect(framework.sections.map((s) => s.path)).toEqual(["A", "A/A1"]);
    expect(framework.sections[1].parentId).toBe(framework.sections[0].id);
    expect(framework.indicators.map((i) => [i.code, i.position, i.verified, i.countsTowardsCompleteness])).toEqual([
      ["LF", 0, true, true],
      ["HS1", 1, false, true],
      ["HS9", 2, true, false],
    ]);
    expect(framework.indicators[0].targets.map((t) => [t.year, t.value, t.sourceTitle])).toEqual([
      [2025, 0.7, "QĐ 387/QĐ-TTg"],
      [2030, 0.8, "KH 291/KH-UBND"],
    ]);
    expect(JSON.parse(framework.levelScales).three).toHaveLength(3);
    expect((await auditTrail(id)).map((e) => [e.action, e.actorId])).toEqual([["framework.import", admin.id]]);
  });

  it("never overwrites an existing version", async () => {
    const admin = await makeUser("administrator");
    const file = sampleFile(unique("fw"));
    expect((await importFramework(db(), admin, file, { publish: true })).ok).toBe(true);
    expect(await importFramework(db(), admin, { ...file, titleEn: "Changed" }, { publish: true })).toEqual({
      ok: false,
      reason: "conflict",
      fieldErrors: { version: "validation.frameworkVersionExists" },
    });
    expect((await db().framework.findFirstOrThrow({ where: { code: file.code } })).titleEn).toBe("Test framework");
  });

  it("is for administrators only", async () => {
    for (const role of ["coordinator", "official", "viewer"] as const) {
      const file = sampleFile(unique("fw"));
      expect(await importFramework(db(), await makeUser(role, { coversAllCities: true }), file, { publish: true })).toEqual({ ok: false, reason: "forbidden" });
      expect(await db().framework.count({ where: { code: file.code } })).toBe(0);
    }
  });
});
