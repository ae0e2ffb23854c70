import "server-only";
import { parseLevelScales, scoreChecklist } from "@/lib/assessments/score-checklist";
import { inScopeCities } from "../cities/scope-filter";
import { mayReadFramework, type Actor } from "@/lib/permissions";
import type { ScopeAssessment } from "@/lib/reports/scope-rows";
import { fail, ok, type Result } from "@/lib/result";
import type { ScopeExportQuery } from "@/lib/validation/exports";
import { toResponseView } from "../assessments/response-view";
import type { Db } from "../db";

/** Assessments read and scored per round trip: enough to keep the queries few, few enough to keep memory flat. */
export const scopeBatchSize = 100;

export interface ScopeRows {
  framework: { code: string; titleVi: string; titleEn: string };
  year: number;
  /** How many assessments the batches hold. */
  count: number;
  /** The assessments in city-name order, a batch at a time; each call reads the database afresh. */
  batches(): AsyncGenerator<ScopeAssessment[]>;
}

/**
 * Every assessment of a framework and year among the cities the actor may read, scored as the
 * readiness page scores them. Only the ids are held up front (sorted by city name in `locale`);
 * the assessments and their answers are read `batchSize` at a time as the caller asks, so a
 * 3,300-city export never holds more than one batch. Each framework version's indicators are read
 * once. notFound when no version of the framework is readable to the actor.
 */
export async function readScopeRows(db: Db, actor: Actor, query: ScopeExportQuery, options: { locale: string; batchSize?: number }): Promise<Result<ScopeRows>> {
  const versions = await db.framework.findMany({
    where: { code: query.framework },
    select: { status: true, code: true, titleVi: true, titleEn: true },
    orderBy: { version: "desc" },
  });
  const framework = versions.find((v) => mayReadFramework(actor, v.status));
  if (!framework) return fail("notFound");

  const listed = await db.assessment.findMany({
    where: { frameworkCode: query.framework, year: query.year, ...inScopeCities(actor) },
    select: { id: true, city: { select: { nameVi: true, nameEn: true } } },
  });
  const collator = new Intl.Collator(options.locale);
  const name = (city: { nameVi: string; nameEn: string }) => (options.locale === "en" ? city.nameEn : city.nameVi);
  const ids = listed.sort((a, b) => collator.compare(name(a.city), name(b.city)) || a.id.localeCompare(b.id)).map((a) => a.id);
  const batchSize = options.batchSize ?? scopeBatchSize;

  const shapes = new Map<string, ReturnType<typeof readShape>>();
  const shapeOf = (frameworkId: string) => {
    let shape = shapes.get(frameworkId);
    if (!shape) shapes.set(frameworkId, (shape = readShape(db, frameworkId)));
    return shape;
  };

  async function* batches(): AsyncGenerator<ScopeAssessment[]> {
    for (let start = 0; start < ids.length; start += batchSize) {
      const chunk = ids.slice(start, start + batchSize);
      const rows = await db.assessment.findMany({
        where: { id: { in: chunk } },
        select: {
          id: true,
          cityId: true,
          frameworkId: true,
          frameworkCode: true,
          year: true,
          status: true,
          completedAt: true,
          city: { select: { slug: true, nameVi: true, nameEn: true, provinceVi: true, provinceEn: true } },
          responses: true,
          // The readiness the lists show, so the workbook and the pages agree to the last digit.
          summary: { select: { score: true, coverage: true } },
        },
      });
      const byId = new Map(rows.map((row) => [row.id, row]));
      const scored: ScopeAssessment[] = [];
      for (const id of chunk) {
        const row = byId.get(id);
        // Deleted between the listing and this batch: nothing to write.
        if (!row) continue;
        const shape = await shapeOf(row.frameworkId);
        const answers = row.responses.map(toResponseView);
        const result = scoreChecklist(shape.sections, shape.indicators, answers, shape.levelScales, row.year, row.cityId);
        const answerOf = new Map(answers.map((a) => [a.indicatorId, a]));
        scored.push({
          id: row.id,
          city: row.city,
          frameworkCode: row.frameworkCode,
          year: row.year,
          status: row.status,
          completedAt: row.completedAt,
          readiness: row.summary ? row.summary.score : result.overall.score,
          coverage: row.summary ? row.summary.coverage : result.overall.coverage,
          indicators: shape.indicators.map((indicator) => {
            const answer = answerOf.get(indicator.id);
            return {
              code: indicator.code,
              labelVi: indicator.labelVi,
              labelEn: indicator.labelEn,
              type: indicator.type,
              numerator: answer?.numerator ?? null,
              denominator: answer?.denominator ?? null,
              value: answer?.value ?? null,
              attainment: result.indicators.get(indicator.id)!,
            };
          }),
        });
      }
      yield scored;
    }
  }

  return ok({ framework: { code: framework.code, titleVi: framework.titleVi, titleEn: framework.titleEn }, year: query.year, count: ids.length, batches });
}

async function readShape(db: Db, frameworkId: string) {
  const [framework, sections, indicators] = await Promise.all([
    db.framework.findUniqueOrThrow({ where: { id: frameworkId }, select: { levelScales: true } }),
    db.frameworkSection.findMany({ where: { frameworkId }, select: { id: true, path: true } }),
    db.indicator.findMany({ where: { frameworkId }, orderBy: { position: "asc" }, include: { targets: true } }),
  ]);
  return { sections, indicators, levelScales: parseLevelScales(framework.levelScales) };
}
