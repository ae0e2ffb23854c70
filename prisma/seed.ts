// Loads the cities and demo users. Safe to run again: existing records keep their changes.
import { recomputeAllSummaries } from "../server/assessments/summary/recompute-all-summaries";
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
import { flattenIndicators, frameworkFileSchema } from "../lib/frameworks/framework-file";
import { importFramework } from "../server/frameworks/import-framework";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkUpdate } from "../lib/action-plans/check-update";
import type { ItemStatus } from "../lib/action-plans/vocabulary";
import { rollUp } from "../lib/action-plans/roll-up";
import { actionPlanSchema, planItemSchema } from "../lib/validation/action-plans";
import { completionProblems, emptyAnswer } from "../lib/assessments/check-response";
import { toCheckIndicator } from "../lib/assessments/check-indicator";
import { recordAuditEvent } from "../server/audit/record-audit-event";
import { toResponseView } from "../server/assessments/response-view";

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
    const shippedIndicators = new Set<string>();
    for (const name of frameworkFiles) {
      const file = frameworkFileSchema.parse(JSON.parse(readFileSync(path.join(frameworksDir, name), "utf8")));
      for (const { indicator } of flattenIndicators(file.sections)) shippedIndicators.add(`${file.code}/${indicator.code}`);
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
    let skipped = 0;
    for (const { city, framework, indicator, ...figure } of referenceValues.values) {
      // A figure must name an indicator of a shipped framework file; a typo stops the seed.
      if (!shippedIndicators.has(`${framework}/${indicator}`)) throw new Error(`reference-values.json: no indicator ${framework}/${indicator} in the shipped frameworks`);
      // A database seeded before the indicator was added keeps its published version (published
      // versions never change): the figure waits until an administrator imports the new one.
      const published = await db.indicator.findFirst({ where: { code: indicator, framework: { code: framework, status: "published" } }, select: { id: true } });
      if (!published) {
        skipped++;
        continue;
      }
      const cityId = idBySlug.get(city)!;
      await db.referenceValue.upsert({
        where: { cityId_frameworkCode_indicatorCode_year: { cityId, frameworkCode: framework, indicatorCode: indicator, year: figure.year } },
        update: {},
        create: { ...figure, cityId, frameworkCode: framework, indicatorCode: indicator },
      });
    }

    if (skipped) console.log(`${skipped} published figures wait for an indicator the stored framework version lacks (an administrator imports the framework with it as a new version).`);

    const planCount = await seedActionPlans(db, idBySlug);
    console.log(`${planCount} action plans added.`);
    // The seed writes answers directly; the lists read the summaries they add up to.
    await recomputeAllSummaries(db);

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

/** An assessment the demo shows as already reviewed: who did each step, and when (ISO 8601 with the zone). */
interface DemoReview {
  createdBy: string;
  createdAt: string;
  /** The first answer's time; the others follow a minute apart, in checklist order. */
  answeredAt: string;
  completedAt: string;
  submittedBy: string;
  submittedAt: string;
  approvedBy: string;
  approvedAt: string;
}

interface DemoAssessment {
  city: string;
  framework: string;
  year: number;
  complete: boolean;
  answers: Record<string, DemoAnswer>;
  review?: DemoReview;
}

type SeedDb = ReturnType<typeof createDb>;

/** The demo city's assessments, unless they are there already. */
async function seedAssessments(db: SeedDb, idBySlug: Map<string, string>) {
  let created = 0;
  // TypeScript types each entry of the JSON file apart (its own answer codes), so the file is read through the shape it follows.
  for (const entry of demoAssessments.assessments as unknown as DemoAssessment[]) {
    const cityId = idBySlug.get(entry.city)!;
    const framework = await db.framework.findFirstOrThrow({ where: { code: entry.framework, status: "published" }, orderBy: { version: "desc" } });
    const key = { cityId_frameworkCode_year: { cityId, frameworkCode: framework.code, year: entry.year } };
    if (await db.assessment.findUnique({ where: key })) continue;
    const indicators = await db.indicator.findMany({ where: { frameworkId: framework.id }, orderBy: { position: "asc" } });
    const idByCode = new Map(indicators.map((i) => [i.code, i.id]));
    const responses = Object.entries(entry.answers).map(([code, answer]) => ({
      indicatorId: idByCode.get(code)!,
      numerator: answer.numerator ?? null,
      denominator: answer.denominator ?? null,
      value: answer.value ?? rateOf(answer.numerator, answer.denominator),
      evidenceNote: answer.evidenceNote ?? null,
      revision: 1,
    }));
    if (entry.review) {
      // A reviewed assessment must pass the checks a real submission passes; a slip in the data file stops the seed.
      const problems = completionProblems(
        indicators.map((indicator) => {
          const answer = responses.find((r) => r.indicatorId === indicator.id);
          return {
            indicatorId: indicator.code,
            indicator: toCheckIndicator(indicator, framework.levelScales),
            answer: answer ? { ...emptyAnswer, ...answer } : null,
            context: { year: entry.year, previousValue: null },
          };
        }),
      );
      if (problems.length) throw new Error(`demo assessment ${entry.framework} ${entry.year}: ${problems.map((p) => `${p.indicatorId} ${p.code}`).join(", ")}`);
      await seedReviewedAssessment(db, { cityId, framework, year: entry.year, responses }, entry.review);
    } else {
      await db.assessment.create({
        data: {
          cityId,
          frameworkId: framework.id,
          frameworkCode: framework.code,
          year: entry.year,
          completedAt: entry.complete ? new Date() : null,
          responses: { create: responses },
        },
      });
    }
    created++;
  }
  return created;
}

/**
 * An assessment created, answered, completed, submitted and approved on the dates of the data
 * file, with the review decisions and the audit trail the app writes for each step (see
 * server/review/take-review-act.ts), so its history reads like a real one. No notifications: they
 * would be long read.
 */
async function seedReviewedAssessment(
  db: SeedDb,
  base: { cityId: string; framework: { id: string; code: string }; year: number; responses: { indicatorId: string; numerator: number | null; denominator: number | null; value: number | null; evidenceNote: string | null; revision: number }[] },
  review: DemoReview,
) {
  await db.$transaction(async (tx) => {
    const userId = async (email: string) => (await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
    const [author, submitter, approver] = [await userId(review.createdBy), await userId(review.submittedBy), await userId(review.approvedBy)];
    const at = (text: string) => new Date(text);
    const assessment = await tx.assessment.create({
      data: {
        cityId: base.cityId,
        frameworkId: base.framework.id,
        frameworkCode: base.framework.code,
        year: base.year,
        status: "approved",
        createdById: author,
        createdAt: at(review.createdAt),
        completedAt: at(review.completedAt),
        completedById: submitter,
        submittedById: submitter,
        submittedAt: at(review.submittedAt),
        approvedById: approver,
        approvedAt: at(review.approvedAt),
      },
    });
    const assessmentId = assessment.id;
    const step = { entityType: "Assessment", entityId: assessmentId, assessmentId };
    await recordAuditEvent(tx, { ...step, actorId: author, action: "assessment.create", at: at(review.createdAt), after: { cityId: base.cityId, frameworkId: base.framework.id, year: base.year } });
    const snapshot: Record<string, unknown[]> = {};
    for (const [i, data] of base.responses.entries()) {
      const savedAt = new Date(at(review.answeredAt).getTime() + i * 60_000);
      const saved = await tx.response.create({ data: { ...data, assessmentId, updatedById: author, updatedAt: savedAt } });
      const { updatedAt, ...after } = toResponseView(saved);
      void updatedAt;
      await recordAuditEvent(tx, { actorId: author, action: "response.save", entityType: "Response", entityId: saved.id, assessmentId, indicatorId: saved.indicatorId, at: savedAt, before: null, after });
      snapshot[saved.indicatorId] = [saved.numerator, saved.denominator, saved.value, saved.text, saved.dataYear];
    }
    await recordAuditEvent(tx, { ...step, actorId: submitter, action: "assessment.complete", at: at(review.completedAt), after: { completedAt: at(review.completedAt) } });
    for (const decision of [
      { act: "submit", fromStatus: "draft", toStatus: "submitted", actorId: submitter, at: at(review.submittedAt), snapshot: JSON.stringify(snapshot) },
      { act: "approve", fromStatus: "submitted", toStatus: "approved", actorId: approver, at: at(review.approvedAt), snapshot: null },
    ]) {
      await tx.reviewDecision.create({ data: { ...decision, assessmentId } });
      await recordAuditEvent(tx, { ...step, actorId: decision.actorId, action: `assessment.${decision.act}`, at: decision.at, before: { status: decision.fromStatus }, after: { status: decision.toStatus } });
    }
  });
}

/**
 * Hồ Chí Minh City's programme and the demo city's plan, unless a plan of that title is there
 * already. Each item ends where its updates leave it; a mismatch in the data file stops the seed.
 */
async function seedActionPlans(db: SeedDb, idBySlug: Map<string, string>) {
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
