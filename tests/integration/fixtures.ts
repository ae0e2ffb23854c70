import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/permissions";
import { db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { loadActor } from "@/server/auth/load-actor";

// Every fixture has a fresh unique key, so test files never see each other's rows.
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function makeCity(overrides: Partial<{ nameVi: string; gnlcStatus: string }> = {}) {
  const slug = unique("city");
  return db().city.create({
    data: { slug, nameVi: overrides.nameVi ?? `Thành phố ${slug}`, nameEn: `City ${slug}`, provinceVi: "Tỉnh", provinceEn: "Province", gnlcStatus: overrides.gnlcStatus ?? "none" },
  });
}

export const testPassword = "correct-horse-battery-staple";
let cachedHash: Promise<string> | null = null;

export async function makeUser(
  role: Role,
  placement: { cityId?: string; assignedCityIds?: string[]; coversAllCities?: boolean; active?: boolean } = {},
): Promise<Actor & { email: string }> {
  cachedHash ??= hashPassword(testPassword);
  const email = `${unique(role)}@test.example`;
  const user = await db().user.create({
    data: {
      email,
      name: `Test ${role}`,
      role,
      passwordHash: await cachedHash,
      cityId: placement.cityId ?? null,
      coversAllCities: placement.coversAllCities ?? false,
      active: placement.active ?? true,
      assignments: { create: (placement.assignedCityIds ?? []).map((cityId) => ({ cityId })) },
    },
  });
  const actor = await loadActor(db(), user.id);
  return actor ? { ...actor, email } : { id: user.id, role, active: false, cityId: null, coversAllCities: false, assignedCityIds: [], email };
}

export async function auditTrail(entityId: string) {
  return db().auditEvent.findMany({ where: { entityId }, orderBy: { at: "asc" } });
}

/** A published framework of the given sections, under a fresh code; its indicators in file order. */
export async function publishTestFramework(sections: unknown[]) {
  const { importFramework } = await import("@/server/frameworks/import-framework");
  const { frameworkFileSchema } = await import("@/lib/frameworks/framework-file");
  const code = unique("fw");
  const file = frameworkFileSchema.parse({ code, version: 1, titleVi: "Bộ thử", titleEn: "Test set", sourceTitle: "QĐ 387/QĐ-TTg", verified: true, sections });
  const result = await importFramework(db(), null, file, { publish: true });
  if (!result.ok) throw new Error(result.reason);
  const indicators = await db().indicator.findMany({ where: { frameworkId: result.value.id }, orderBy: { position: "asc" } });
  return { id: result.value.id, code, indicators };
}

/** A small published framework: one rate with 2025 and 2030 targets, one optional count. */
export async function makeFramework() {
  const { id, code, indicators } = await publishTestFramework([
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
          maxYearChange: 0.15,
          targets: [
            { year: 2025, value: 0.7, sourceTitle: "QĐ 387" },
            { year: 2030, value: 0.8, sourceTitle: "KH 291" },
          ],
        },
        { code: "HS", labelVi: "Trường học hạnh phúc", labelEn: "Happy schools", type: "count", required: false },
      ],
    },
  ]);
  return { id, code, rate: indicators[0], count: indicators[1] };
}

/** A city with one official, a fresh framework, and that official's 2025 assessment of it. */
export async function makeAssessment() {
  const { createAssessment } = await import("@/server/assessments/create-assessment");
  const city = await makeCity();
  const official = await makeUser("official", { cityId: city.id });
  const framework = await makeFramework();
  const created = await createAssessment(db(), official, { cityId: city.id, frameworkId: framework.id, year: 2025 });
  if (!created.ok) throw new Error(created.reason);
  return { city, official, framework, assessmentId: created.value.id };
}

/**
 * `makeAssessment`, filled in, completed and sent for review by its official, with a coordinator
 * covering the city.
 */
export async function makeSubmittedAssessment() {
  const { saveResponse } = await import("@/server/assessments/save-response");
  const { completeAssessment } = await import("@/server/assessments/complete-assessment");
  const { takeReviewAct } = await import("@/server/review/take-review-act");
  const { saveResponseSchema } = await import("@/lib/validation/assessments");
  const setup = await makeAssessment();
  const { official, framework, assessmentId, city } = setup;
  const blank = { denominator: null, text: null, dataYear: null, comment: null, evidenceNote: null, evidenceLinks: [], assessmentId, revision: 0 };
  await saveResponse(db(), official, saveResponseSchema.parse({ ...blank, indicatorId: framework.rate.id, numerator: 700, denominator: 1000, value: null }));
  await saveResponse(db(), official, saveResponseSchema.parse({ ...blank, indicatorId: framework.count.id, numerator: null, value: 12 }));
  await completeAssessment(db(), official, assessmentId);
  const submitted = await takeReviewAct(db(), official, { assessmentId, act: "submit", flags: [] });
  if (!submitted.ok) throw new Error(`submit: ${submitted.reason}`);
  const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
  return { ...setup, coordinator };
}
