import "server-only";
import { mayManageReferenceData, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import { referenceValueProblems, type ReferenceValueInput } from "@/lib/validation/reference-values";
import { recordAuditEvent } from "../audit/record-audit-event";
import { isUniqueViolation } from "../db-errors";
import type { Db } from "../db";

const duplicate = () => fail("invalid", { _form: "referenceData.errors.duplicate" });

/**
 * Records a city's published figure (`id` null) or corrects one. The indicator must exist in a
 * published version of its framework, and the value must fit the indicator's type there. A
 * second figure for the same city, indicator and year is refused rather than written over, so
 * a figure and its source are never replaced by accident.
 */
export async function upsertReferenceValue(db: Db, actor: Actor, input: ReferenceValueInput): Promise<Result<{ id: string }>> {
  if (!mayManageReferenceData(actor)) return fail("forbidden");
  const [city, indicator] = await Promise.all([
    db.city.findUnique({ where: { id: input.cityId }, select: { id: true } }),
    db.indicator.findFirst({
      where: { code: input.indicatorCode, framework: { code: input.frameworkCode, status: "published" } },
      orderBy: { framework: { version: "desc" } },
      select: { type: true },
    }),
  ]);
  if (!city) return fail("invalid", { cityId: "validation.unknownCity" });
  if (!indicator) return fail("invalid", { indicatorCode: "referenceData.errors.unknownIndicator" });
  const problems = referenceValueProblems(indicator.type, input);
  if (Object.keys(problems).length > 0) return fail("invalid", problems);

  const { id, ...data } = input;
  const key = { cityId_frameworkCode_indicatorCode_year: { cityId: data.cityId, frameworkCode: data.frameworkCode, indicatorCode: data.indicatorCode, year: data.year } };
  try {
    return await db.$transaction(async (tx) => {
      const holder = await tx.referenceValue.findUnique({ where: key, select: { id: true } });
      if (holder && holder.id !== id) return duplicate();
      if (id === null) {
        const created = await tx.referenceValue.create({ data: { ...data, createdById: actor.id } });
        await recordAuditEvent(tx, { actorId: actor.id, action: "referenceValue.create", entityType: "ReferenceValue", entityId: created.id, after: data });
        return ok({ id: created.id });
      }
      const before = await tx.referenceValue.findUnique({ where: { id }, select: snapshot });
      if (!before) return fail("notFound");
      await tx.referenceValue.update({ where: { id }, data });
      await recordAuditEvent(tx, { actorId: actor.id, action: "referenceValue.update", entityType: "ReferenceValue", entityId: id, before, after: data });
      return ok({ id });
    });
  } catch (error) {
    // Someone recorded the same figure a moment earlier.
    if (isUniqueViolation(error)) return duplicate();
    throw error;
  }
}

/** What the audit trail keeps of a figure. */
export const snapshot = {
  cityId: true,
  frameworkCode: true,
  indicatorCode: true,
  year: true,
  value: true,
  count: true,
  basis: true,
  asOf: true,
  publishedOn: true,
  sourceTitle: true,
  sourceUrl: true,
  noteVi: true,
  noteEn: true,
} as const;
