import "server-only";
import type { FrameworkFile, SectionFile } from "@/lib/frameworks/framework-file";
import { mayManageFrameworks, type Actor } from "@/lib/permissions";
import { fail, ok, type Result } from "@/lib/result";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Db } from "../db";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

interface ImportOptions {
  /** Publish at once (the seed's shipped frameworks); otherwise the import stays a draft to review. */
  publish: boolean;
}

/**
 * Stores a validated framework file as a new version. An existing code and version is refused
 * rather than overwritten: published versions never change under an existing assessment.
 * `actor` is null only for the seed.
 */
export async function importFramework(db: Db, actor: Actor | null, file: FrameworkFile, options: ImportOptions): Promise<Result<{ id: string }>> {
  if (actor && !mayManageFrameworks(actor)) return fail("forbidden");
  const existing = await db.framework.findUnique({ where: { code_version: { code: file.code, version: file.version } }, select: { id: true } });
  if (existing) return fail("conflict", { version: "validation.frameworkVersionExists" });
  // A target from a city's own plan names the city by slug; an unknown one is refused, never
  // stored as a national target.
  const planSlugs = [...new Set(planCities(file.sections))];
  const cities = planSlugs.length ? await db.city.findMany({ where: { slug: { in: planSlugs } }, select: { id: true, slug: true } }) : [];
  const cityIds = new Map(cities.map((c) => [c.slug, c.id]));
  if (cityIds.size < planSlugs.length) return fail("invalid", { sections: "validation.planCityUnknown" });

  const id = await db.$transaction(async (tx) => {
    const framework = await tx.framework.create({
      data: {
        code: file.code,
        version: file.version,
        titleVi: file.titleVi,
        titleEn: file.titleEn,
        descriptionVi: file.descriptionVi ?? null,
        descriptionEn: file.descriptionEn ?? null,
        sourceTitle: file.sourceTitle,
        sourceUrl: file.sourceUrl ?? null,
        verified: file.verified,
        noteVi: file.noteVi ?? null,
        noteEn: file.noteEn ?? null,
        levelScales: JSON.stringify(file.levelScales),
        status: options.publish ? "published" : "draft",
        publishedAt: options.publish ? new Date() : null,
      },
    });
    await createSections(tx, framework.id, file.sections, null, [], { next: 0, cityIds });
    await recordAuditEvent(tx, {
      actorId: actor?.id ?? null,
      action: "framework.import",
      entityType: "Framework",
      entityId: framework.id,
      after: { code: file.code, version: file.version, status: framework.status },
    });
    return framework.id;
  });
  return ok({ id });
}

// Indicator positions run through the whole framework, so the checklist order is the file's.
function planCities(sections: SectionFile[]): string[] {
  return sections.flatMap((s) => [...s.indicators.flatMap((i) => i.targets.flatMap((t) => (t.city ? [t.city] : []))), ...planCities(s.sections)]);
}

async function createSections(
  tx: Tx,
  frameworkId: string,
  sections: SectionFile[],
  parentId: string | null,
  trail: string[],
  counter: { next: number; cityIds: Map<string, string> },
) {
  for (const [position, section] of sections.entries()) {
    const path = [...trail, section.code];
    const created = await tx.frameworkSection.create({
      data: {
        frameworkId,
        parentId,
        code: section.code,
        path: path.join("/"),
        titleVi: section.titleVi,
        titleEn: section.titleEn,
        descriptionVi: section.descriptionVi ?? null,
        descriptionEn: section.descriptionEn ?? null,
        weight: section.weight,
        position,
      },
    });
    for (const indicator of section.indicators) {
      const { targets, ...fields } = indicator;
      await tx.indicator.create({
        data: {
          ...nullify(fields),
          frameworkId,
          sectionId: created.id,
          position: counter.next++,
          targets: { create: targets.map(({ city, ...t }) => ({ ...nullify(t), cityId: city ? counter.cityIds.get(city)! : null })) },
        },
      });
    }
    await createSections(tx, frameworkId, section.sections, created.id, path, counter);
  }
}

/** The file allows absent optional fields; the database stores them as null. */
function nullify<T extends object>(record: T): { [K in keyof T]: Exclude<T[K], undefined> | (undefined extends T[K] ? null : never) } {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === undefined ? null : v])) as never;
}
