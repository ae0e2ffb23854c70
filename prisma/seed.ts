// Loads the cities and demo users. Safe to run again: existing records keep their changes.
import cityData from "./data/cities.json";
import demoUsers from "./data/demo-users.json";
import demoAssessments from "./data/demo-assessments.json";
import demoCycles from "./data/demo-cycles.json";
import networkStats from "./data/network-stats.json";
import referenceValues from "./data/reference-values.json";
import actionPlans from "./data/action-plans.json";
import { rateOf } from "../lib/readiness/attainment";
import { createDb } from "../server/db";
import { hashPassword } from "../server/auth/password";
import { frameworkFileSchema } from "../lib/frameworks/framework-file";
import { importFramework } from "../server/frameworks/import-framework";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkUpdate } from "../lib/action-plans/check-update";
import type { ItemStatus } from "../lib/action-plans/vocabulary";
import { rollUp } from "../lib/action-plans/roll-up";
import { actionPlanSchema, planItemSchema } from "../lib/validation/action-plans";

type DemoUser = (typeof demoUsers.users)[number] & {
  citySlug?: string;
  assignedCitySlugs?: string[];
  coversAllCities?: boolean;
};

async function main() {
  // Read .env as Next.js does (variables already set win), so the seed goes where the app looks.
  try {
    process.loadEnvFile?.(".env");
  } catch {}

  const db = createDb();
  try {
    const idBySlug = new Map<string, string>();
    for (const city of cityData.cities) {
      const data = {
        ...city,
        gnlcAdmittedOn: city.gnlcAdmittedOn ? new Date(`${city.gnlcAdmittedOn}T00:00:00Z`) : null,
      };
      const saved = await db.city.upsert({ where: { slug: city.slug }, create: data, update: {} });
      idBySlug.set(city.slug, saved.id);
    }

    const passwordHash = await hashPassword(demoUsers.password);
    for (const user of demoUsers.users as DemoUser[]) {
      await db.user.upsert({
        where: { email: user.email },
        update: {},
        create: {
          email: user.email,
          name: user.name,
          role: user.role,
          locale: user.locale,
          passwordHash,
          cityId: user.citySlug ? idBySlug.get(user.citySlug) : null,
          coversAllCities: user.coversAllCities ?? false,
          assignments: { create: (user.assignedCitySlugs ?? []).map((slug) => ({ cityId: idBySlug.get(slug)! })) },
        },
      });
    }
    const frameworksDir = path.join(import.meta.dirname, "data", "frameworks");
    const frameworkFiles = readdirSync(frameworksDir).filter((f) => f.endsWith(".json")).sort();
    for (const name of frameworkFiles) {
      const file = frameworkFileSchema.parse(JSON.parse(readFileSync(path.join(frameworksDir, name), "utf8")));
      const result = await importFramework(db, null, file, { publish: true });
      if (!result.ok && result.reason !== "conflict") throw new Error(`${name}: ${result.reason}`);
    }

    const assessmentCount = await seedAssessments(db, idBySlug);
    const creator = await db.user.findUniqueOrThrow({ where: { email: demoCycles.createdBy }, select: { id: true } });
    for (const cycle of demoCycles.cycles) {
      await db.reportingCycle.upsert({
        where: { frameworkCode_year: { frameworkCode: cycle.framework, year: cycle.year } },
        update: {},
        create: { frameworkCode: cycle.framework, year: cycle.year, opensOn: cycle.opensOn, dueOn: cycle.dueOn, createdById: creator.id },
      });
    }
    for (const extension of demoCycles.extensions) {
      const cycle = await db.reportingCycle.findUniqueOrThrow({ where: { frameworkCode_year: { frameworkCode: extension.framework, year: extension.year } } });
      const cityId = idBySlug.get(extension.city)!;
      await db.cycleExtension.upsert({
        where: { cycleId_cityId: { cycleId: cycle.id, cityId } },
        update: {},
        create: { cycleId: cycle.id, cityId, dueOn: extension.dueOn, reason: extension.reason, grantedById: creator.id },
      });
    }

    for (const stat of networkStats.stats) {
      await db.networkStat.upsert({ where: { asOf: stat.asOf }, update: {}, create: stat });
    }
    for (const { city, framework, indicator, ...figure } of referenceValues.values) {
      // A figure must name an indicator that is published; a typo in the file stops the seed.
      await db.indicator.findFirstOrThrow({ where: { code: indicator, framework: { code: framework, status: "published" } }, select: { id: true } });
      const cityId = idBySlug.get(city)!;
      await db.referenceValue.upsert({
        where: { cityId_frameworkCode_indicatorCode_year: { cityId, frameworkCode: framework, indicatorCode: indicator, year: figure.year } },
        update: {},
        create: { ...figure, cityId, frameworkCode: framework, indicatorCode: indicator },
      });
    }

    const planCount = await seedActionPlans(db, idBySlug);
    console.log(`${planCount} action plans added.`);

    console.log(
      `Seeded ${cityData.cities.length} cities, ${demoUsers.users.length} demo users and ${frameworkFiles.length} frameworks, ${demoCycles.cycles.length} reporting cycles, ${networkStats.stats.length} rows of network statistics, ${referenceValues.values.length} published figures; ${assessmentCount} demo assessments added.`,
    );
  } finally {
    await db.$disconnect();
  }
}

interface DemoAnswer {
  numerator?: number;
  denominator?: number;
  value?: number;
  evidenceNote?: string;
}

/** The demo city's assessments, unless they are there already. */
async function seedAssessments(db: ReturnType<typeof createDb>, idBySlug: Map<string, string>) {
  let created = 0;
  for (const entry of demoAssessments.assessments) {
    const cityId = idBySlug.get(entry.city)!;
    const framework = await db.framework.findFirstOrThrow({ where: { code: entry.framework, status: "published" }, orderBy: { version: "desc" } });
    const key = { cityId_frameworkCode_year: { cityId, frameworkCode: framework.code, year: entry.year } };
    if (await db.assessment.findUnique({ where: key })) continue;
    const indicators = await db.indicator.findMany({ where: { frameworkId: framework.id }, select: { id: true, code: true } });
    const idByCode = new Map(indicators.map((i) => [i.code, i.id]));
    await db.assessment.create({
      data: {
        cityId,
        frameworkId: framework.id,
        frameworkCode: framework.code,
        year: entry.year,
        completedAt: entry.complete ? new Date() : null,
        responses: {
          create: Object.entries(entry.answers as Record<string, DemoAnswer>).map(([code, answer]) => ({
            indicatorId: idByCode.get(code)!,
            numerator: answer.numerator ?? null,
            denominator: answer.denominator ?? null,
            value: answer.value ?? rateOf(answer.numerator, answer.denominator),
            evidenceNote: answer.evidenceNote ?? null,
            revision: 1,
          })),
        },
      },
    });
    created++;
  }
  return created;
}

/**
 * Hồ Chí Minh City's programme and the demo city's plan, unless a plan of that title is there
 * already. Each item ends where its updates leave it; a mismatch in the data file stops the seed.
 */
async function seedActionPlans(db: ReturnType<typeof createDb>, idBySlug: Map<string, string>) {
  let created = 0;
  for (const { city, createdBy, items, updates, milestones, ...fields } of actionPlans.plans) {
    const cityId = idBySlug.get(city)!;
    if (await db.actionPlan.findFirst({ where: { cityId, titleVi: fields.titleVi }, select: { id: true } })) continue;
    await db.$transaction(async (tx) => {
      const userId = async (email: string) => (await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
      const plan = await tx.actionPlan.create({ data: { ...actionPlanSchema.parse({ cityId, ...fields }), createdById: await userId(createdBy) } });
      const rows: { id: string; code: string; kind: string; parentId: string | null; status: string; progress: number; weight: number | null }[] = [];
      for (const raw of items) {
        const { parentCode, ownerEmail, supportingAgencies, ...item } = planItemSchema.parse(raw);
        const parentId = parentCode ? rows.find((r) => r.code === parentCode)!.id : null;
        rows.push(
          await tx.planItem.create({
            data: { ...item, planId: plan.id, parentId, supportingAgencies: JSON.stringify(supportingAgencies), ownerId: ownerEmail ? await userId(ownerEmail) : null },
          }),
        );
      }
      // A goal's updates record its rolled-up progress; the final one stands in for the day's.
      const progress = rollUp(rows);
      const reached = new Map<string, { status: ItemStatus; progress: number }>();
      for (const update of updates) {
        const item = rows.find((r) => r.code === update.item)!;
        const previous = reached.get(item.id) ?? { status: "notStarted" as const, progress: 0 };
        const next = { status: update.status as ItemStatus, progress: item.kind === "goal" ? progress.get(item.id)! : update.progress, note: update.note };
        const problem = checkUpdate(item.kind === "goal" ? { ...previous, progress: next.progress } : previous, next);
        if (problem) throw new Error(`action plan update on ${update.item}: ${Object.values(problem)[0]}`);
        await tx.planUpdate.create({
          data: {
            itemId: item.id,
            authorId: await userId(update.author),
            at: new Date(`${update.at}T09:00:00+07:00`),
            previousStatus: previous.status,
            status: next.status,
            previousProgress: item.kind === "goal" ? next.progress : previous.progress,
            progress: next.progress,
            note: next.note,
            evidenceLinks: JSON.stringify("evidenceLinks" in update ? update.evidenceLinks : []),
          },
        });
        reached.set(item.id, next);
      }
      for (const row of rows) {
        const last = reached.get(row.id);
        if (last && (last.status !== row.status || (row.kind === "task" && last.progress !== row.progress))) throw new Error(`action plan item ${row.code}: its updates end elsewhere`);
      }
      for (const { item, ...milestone } of milestones) {
        await tx.planMilestone.create({ data: { ...milestone, planId: plan.id, itemId: item ? rows.find((r) => r.code === item)!.id : null } });
      }
    });
    created++;
  }
  return created;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
