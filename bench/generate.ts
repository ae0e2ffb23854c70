// The large data set: generated communes and wards, each with every published framework answered and
// approved for six years, officials and coordinators, and action plans for some of them. Rows are
// built in memory a few units at a time and written with createMany in chunks, one transaction per
// batch, so 3,300 units take minutes rather than hours.
import { recomputeAllSummaries } from "../server/assessments/summary/recompute-all-summaries";
import { randomUUID } from "node:crypto";
import { parseLevelScales } from "../lib/assessments/score-checklist";
import { hashPassword } from "../server/auth/password";
import type { Db } from "../server/db";
import type { DatabaseKind } from "./options";
import { generatedUnit, seededRandom, withoutMarks } from "./units";
import { plausibleAnswer, type IndicatorShape } from "./values";

export const years = [2020, 2021, 2022, 2023, 2024, 2025] as const;
/** The year still being entered: the draft the save scenario writes to. */
const draftYear = 2026;
const planShare = 300 / 3300;
const goalsPerPlan = 5;
const tasksPerGoal = 10;
const peerCount = 50;
const unitsPerBatch = 20;
const rowsPerStatement = 1_000;
// The framework whose draft the save scenario edits: its 42 features give 20 users an answer each.
const draftFramework = "unesco-kflc";
/** Officials with a draft of their own, one per connection of the save scenario. */
export const draftOfficials = 20;
// The framework of the national reporting cycles; in the current year's cycle each unit is at one stage.
const openWorkFramework = "vn-learning-society";
const openWorkStages = [
  ["notStarted", 0.25],
  ["draft", 0.35],
  ["returned", 0.1],
  ["submitted", 0.25],
  ["resubmitted", 0.05],
] as const;
const generatedNote = { noteVi: "Đơn vị sinh tự động để đo hiệu năng, không có thật.", noteEn: "Generated for the benchmark; not a real place.", sourceTitle: "bench/generate.ts" };

export const benchPassword = "Bench@2026-load-only";
const allCitiesCoordinatorEmail = "coordinator-all@bench.hoctap.vn";

/** What the measurements need to know about the generated data. */
export interface BenchFixtures {
  password: string;
  /** The official of the first generated unit, who edits its draft and compares it with peers. */
  officialEmail: string;
  /** A coordinator covering every city. */
  coordinatorEmail: string;
  draftAssessmentId: string;
  draftIndicatorIds: string[];
  /** One official and draft each, for saving over many connections as many people. */
  ownDrafts: { officialEmail: string; assessmentId: string }[];
  /** An approved assessment of the first unit (the largest framework, the last generated year). */
  reportAssessmentId: string;
  ownSlug: string;
  peerSlugs: string[];
}

export interface GenerationResult {
  /** Generated units (communes and wards). */
  units: number;
  seconds: number;
  counts: Record<string, number>;
  fixtures: BenchFixtures;
}

const id = () => randomUUID().replaceAll("-", "");
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date, 3));
const addDays = (at: Date, days: number) => new Date(at.getTime() + days * 86_400_000);
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
type Write = (tx: Tx) => Promise<unknown>;

/** The writes in one transaction, given minutes rather than Prisma's default five seconds. */
async function inTransaction(db: Db, writes: Write[]) {
  await db.$transaction(
    async (tx) => {
      for (const write of writes) await write(tx);
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}

/** One createMany per chunk of rows. */
function inserts<T>(rows: readonly T[], insert: (tx: Tx, data: T[]) => Promise<unknown>): Write[] {
  return chunks(rows).map((data) => (tx: Tx) => insert(tx, data));
}

function chunks<T>(rows: readonly T[], size = rowsPerStatement): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export async function loadFrameworks(db: Db) {
  const published = await db.framework.findMany({
    where: { status: "published" },
    orderBy: [{ code: "asc" }, { version: "desc" }],
    select: { id: true, code: true, levelScales: true, indicators: { orderBy: { position: "asc" }, select: { id: true, type: true, unitEn: true, softMin: true, softMax: true, levelScale: true, asOfYear: true, evidence: true } } },
  });
  const latest = published.filter((f, i) => published.findIndex((g) => g.code === f.code) === i);
  return latest.map((framework) => {
    const scales = parseLevelScales(framework.levelScales);
    const levelsOf = (indicator: IndicatorShape) => (indicator.levelScale ? (scales[indicator.levelScale] ?? []).map((l) => l.value) : []);
    return { id: framework.id, code: framework.code, indicators: framework.indicators.map((indicator) => ({ ...indicator, levels: levelsOf(indicator) })) };
  });
}
type BenchFramework = Awaited<ReturnType<typeof loadFrameworks>>[number];

function log(message: string) {
  process.stderr.write(`  ${message}\n`);
}

export async function generate(db: Db, kind: DatabaseKind, unitCount: number): Promise<GenerationResult> {
  const started = performance.now();
  const random = seededRandom(2026);
  const frameworks = await loadFrameworks(db);
  if (frameworks.length === 0) throw new Error("no published framework: did the seed run?");
  const passwordHash = await hashPassword(benchPassword);

  // Units, their officials and the coordinators.
  const units = Array.from({ length: unitCount }, (_, n) => ({ ...generatedUnit(n), id: id(), officialId: id() }));
  const provinces = [...new Set(units.map((u) => u.provinceVi))];
  const coordinatorOf = new Map(provinces.map((province) => [province, id()]));
  const allCitiesCoordinator = { id: id(), email: allCitiesCoordinatorEmail };
  await inTransaction(db, [
    ...inserts(
      units.map((u) => ({
        id: u.id,
        slug: u.slug,
        nameVi: u.nameVi,
        nameEn: u.nameEn,
        provinceVi: u.provinceVi,
        provinceEn: u.provinceEn,
        population: Math.round(3_000 + random() * 57_000),
        populationYear: 2024,
        areaKm2: Math.round((2 + random() * 148) * 10) / 10,
        gnlcStatus: random() < 0.02 ? "candidate" : "none",
        publishesOpenData: true,
        ...generatedNote,
      })),
      (tx, data) => tx.city.createMany({ data }),
    ),
    ...inserts(
      [
      ...units.map((u, n) => ({ id: u.officialId, email: `official-${n + 1}@bench.hoctap.vn`, name: `Cán bộ ${u.nameVi}, ${u.provinceVi}`, role: "official", cityId: u.id, passwordHash })),
      ...provinces.map((province) => ({ id: coordinatorOf.get(province)!, email: `coordinator-${withoutMarks(province).toLowerCase().replace(/[^a-z0-9]+/g, "-")}@bench.hoctap.vn`, name: `Điều phối viên ${province}`, role: "coordinator", passwordHash })),
        { id: allCitiesCoordinator.id, email: allCitiesCoordinator.email, name: "Điều phối viên toàn quốc (đo hiệu năng)", role: "coordinator", coversAllCities: true, passwordHash },
      ],
      (tx, data) => tx.user.createMany({ data }),
    ),
    ...inserts(
      units.map((u) => ({ userId: coordinatorOf.get(u.provinceVi)!, cityId: u.id })),
      (tx, data) => tx.cityAssignment.createMany({ data }),
    ),
  ]);
  log(`${units.length} units, ${units.length + provinces.length + 1} users`);

  // Six years of every framework, answered, submitted and approved.
  const assessmentIds = new Map<string, string>();
  for (let start = 0; start < units.length; start += unitsPerBatch) {
    const batch = units.slice(start, start + unitsPerBatch);
    const rows = assessmentRows(batch, frameworks, coordinatorOf, random);
    for (const [key, value] of rows.ids) assessmentIds.set(key, value);
    await inTransaction(db, [
      ...inserts(rows.assessments, (tx, data) => tx.assessment.createMany({ data })),
      ...inserts(rows.responses, (tx, data) => tx.response.createMany({ data })),
      ...inserts(rows.decisions, (tx, data) => tx.reviewDecision.createMany({ data })),
      ...inserts(rows.audit, (tx, data) => tx.auditEvent.createMany({ data })),
    ]);
    const done = start + batch.length;
    if (Math.floor((done * 10) / units.length) > Math.floor((start * 10) / units.length)) log(`assessments: ${done} of ${units.length} units`);
  }

  // Action plans with 50 tasks for about one unit in eleven (300 of 3,300).
  const planUnits = units.filter((_, n) => n % Math.round(1 / planShare) === 0).slice(0, Math.max(1, Math.round(units.length * planShare)));
  for (const batch of chunks(planUnits, unitsPerBatch)) {
    const rows = planRows(batch, random);
    await inTransaction(db, [
      ...inserts(rows.plans, (tx, data) => tx.actionPlan.createMany({ data })),
      ...inserts(rows.goals, (tx, data) => tx.planItem.createMany({ data })),
      ...inserts(rows.tasks, (tx, data) => tx.planItem.createMany({ data })),
      ...inserts(rows.updates, (tx, data) => tx.planUpdate.createMany({ data })),
      ...inserts(rows.milestones, (tx, data) => tx.planMilestone.createMany({ data })),
    ]);
  }
  log(`${planUnits.length} action plans`);

  // The current year's drafts of the first units: the first is what the checklist and the
  // one-checklist save scenarios use; each of the others is one official's own for the save
  // scenario where every connection is a different official.
  const own = units[0];
  const draft = frameworks.find((f) => f.code === draftFramework) ?? frameworks[0];
  const drafts = units.slice(0, Math.min(units.length, draftOfficials)).map((unit, n) => ({ unit, n, assessmentId: id() }));
  await inTransaction(db, [
    ...inserts(
      drafts.map(({ unit, assessmentId }) => ({ id: assessmentId, cityId: unit.id, frameworkId: draft.id, frameworkCode: draft.code, year: draftYear, createdById: unit.officialId })),
      (tx, data) => tx.assessment.createMany({ data }),
    ),
    ...inserts(
      drafts.flatMap(({ unit, assessmentId }) => draft.indicators.map((indicator) => ({ id: id(), assessmentId, indicatorId: indicator.id, ...plausibleAnswer(indicator, draftYear, indicator.levels, random), revision: 1, updatedById: unit.officialId }))),
      (tx, data) => tx.response.createMany({ data }),
    ),
  ]);
  const draftAssessmentId = drafts[0].assessmentId;

  await openNationalCycles(db, frameworks, units, coordinatorOf, allCitiesCoordinator.id, random);

  // The lists read stored summaries; a bulk load writes none, so they are computed as after an upgrade.
  const summarising = performance.now();
  const summaries = await recomputeAllSummaries(db);
  log(`${summaries} summaries in ${((performance.now() - summarising) / 1000).toFixed(0)} s`);

  if (kind === "postgresql") {
    // What autovacuum does shortly after a bulk load anyway: fresh planner statistics, and the
    // visibility map that lets index-only scans skip the table.
    await db.$executeRawUnsafe("VACUUM ANALYZE");
  }

  const counts = await countRows(db);
  return {
    units: unitCount,
    seconds: (performance.now() - started) / 1000,
    counts,
    fixtures: {
      password: benchPassword,
      officialEmail: "official-1@bench.hoctap.vn",
      coordinatorEmail: allCitiesCoordinator.email,
      draftAssessmentId,
      draftIndicatorIds: draft.indicators.map((i) => i.id),
      ownDrafts: drafts.map(({ n, assessmentId }) => ({ officialEmail: `official-${n + 1}@bench.hoctap.vn`, assessmentId })),
      reportAssessmentId: assessmentIds.get(`${own.id}:${draft.code}:${years[years.length - 1]}`)!,
      ownSlug: own.slug,
      peerSlugs: units.slice(1, 1 + peerCount).map((u) => u.slug),
    },
  };
}

function assessmentRows(batch: { id: string; officialId: string; provinceVi: string }[], frameworks: BenchFramework[], coordinatorOf: Map<string, string>, random: () => number) {
  const ids = new Map<string, string>();
  const assessments = [];
  const responses = [];
  const decisions = [];
  const audit = [];
  for (const unit of batch) {
    const approverId = coordinatorOf.get(unit.provinceVi)!;
    for (const year of years) {
      for (const framework of frameworks) {
        const assessmentId = id();
        ids.set(`${unit.id}:${framework.code}:${year}`, assessmentId);
        const createdAt = day(year + 1, 1, 5 + Math.floor(random() * 20));
        const submittedAt = addDays(createdAt, 20 + Math.floor(random() * 30));
        const approvedAt = addDays(submittedAt, 3 + Math.floor(random() * 20));
        assessments.push({
          id: assessmentId,
          cityId: unit.id,
          frameworkId: framework.id,
          frameworkCode: framework.code,
          year,
          status: "approved",
          completedAt: submittedAt,
          completedById: unit.officialId,
          submittedById: unit.officialId,
          submittedAt,
          approvedById: approverId,
          approvedAt,
          createdById: unit.officialId,
          createdAt,
          updatedAt: approvedAt,
        });
        const snapshot: Record<string, unknown[]> = {};
        for (const indicator of framework.indicators) {
          const answer = plausibleAnswer(indicator, year, indicator.levels, random);
          snapshot[indicator.id] = [answer.numerator, answer.denominator, answer.value, answer.text, answer.dataYear];
          responses.push({ id: id(), assessmentId, indicatorId: indicator.id, ...answer, revision: 1, updatedById: unit.officialId, updatedAt: addDays(submittedAt, -1) });
        }
        decisions.push(
          { id: id(), assessmentId, act: "submit", fromStatus: "draft", toStatus: "submitted", snapshot: JSON.stringify(snapshot), actorId: unit.officialId, at: submittedAt },
          { id: id(), assessmentId, act: "approve", fromStatus: "submitted", toStatus: "approved", actorId: approverId, at: approvedAt },
        );
        const step = (act: string, actorId: string, at: Date, from: string, to: string) => ({
          id: id(),
          at,
          actorId,
          action: `assessment.${act}`,
          entityType: "Assessment",
          entityId: assessmentId,
          assessmentId,
          before: JSON.stringify({ status: from }),
          after: JSON.stringify({ status: to }),
        });
        audit.push(step("submit", unit.officialId, submittedAt, "draft", "submitted"), step("approve", approverId, approvedAt, "submitted", "approved"));
      }
    }
  }
  return { ids, assessments, responses, decisions, audit };
}

/**
 * The national programme's reporting cycles, one a year (those the seed has not opened already),
 * the current one open with the units at every stage: what a coordinator's queue holds on a
 * working day.
 */
export async function openNationalCycles(db: Db, frameworks: BenchFramework[], units: { id: string; officialId: string; provinceVi: string }[], coordinatorOf: Map<string, string>, creatorId: string, random: () => number) {
  const framework = frameworks.find((f) => f.code === openWorkFramework) ?? frameworks[0];
  const opened = new Set((await db.reportingCycle.findMany({ where: { frameworkCode: framework.code }, select: { year: true } })).map((c) => c.year));
  await db.reportingCycle.createMany({
    data: [...years, draftYear]
      .filter((year) => !opened.has(year))
      .map((year) => ({ frameworkCode: framework.code, year, opensOn: `${year}-11-01`, dueOn: year === draftYear ? `${year}-11-30` : `${year + 1}-01-31`, createdById: creatorId })),
  });
  for (const batch of chunks(units, unitsPerBatch * 5)) {
    const rows = openWorkRows(batch, framework, coordinatorOf, random);
    await inTransaction(db, [
      ...inserts(rows.assessments, (tx, data) => tx.assessment.createMany({ data })),
      ...inserts(rows.responses, (tx, data) => tx.response.createMany({ data })),
      ...inserts(rows.decisions, (tx, data) => tx.reviewDecision.createMany({ data })),
    ]);
  }
  log(`${draftYear} cycle of ${framework.code} open`);
}

/** The current year's checklists of the cycle's framework: each unit at a stage drawn by `openWorkStages`. */
function openWorkRows(batch: { id: string; officialId: string; provinceVi: string }[], framework: BenchFramework, coordinatorOf: Map<string, string>, random: () => number) {
  const assessments = [];
  const responses = [];
  const decisions = [];
  for (const unit of batch) {
    let draw = random();
    const stage = openWorkStages.find(([, share]) => (draw -= share) < 0)?.[0] ?? "draft";
    if (stage === "notStarted") continue;
    const assessmentId = id();
    const createdAt = day(draftYear, 11, 2 + Math.floor(random() * 10));
    const sentAt = addDays(createdAt, 5 + Math.floor(random() * 10));
    const complete = stage !== "draft";
    assessments.push({
      id: assessmentId,
      cityId: unit.id,
      frameworkId: framework.id,
      frameworkCode: framework.code,
      year: draftYear,
      status: stage,
      createdById: unit.officialId,
      createdAt,
      updatedAt: complete ? sentAt : createdAt,
      ...(complete ? { completedAt: sentAt, completedById: unit.officialId, submittedById: unit.officialId, submittedAt: sentAt } : {}),
    });
    // A draft has some answers; the others have them all.
    const answered = complete ? framework.indicators : framework.indicators.filter(() => random() < 0.6);
    for (const indicator of answered) {
      responses.push({ id: id(), assessmentId, indicatorId: indicator.id, ...plausibleAnswer(indicator, draftYear, indicator.levels, random), revision: 1, updatedById: unit.officialId, updatedAt: createdAt });
    }
    if (complete) decisions.push({ id: id(), assessmentId, act: "submit", fromStatus: "draft", toStatus: "submitted", actorId: unit.officialId, at: sentAt });
    if (stage === "returned" || stage === "resubmitted") {
      decisions.push({ id: id(), assessmentId, act: "return", fromStatus: "submitted", toStatus: "returned", reason: "Đề nghị đối chiếu lại số hộ gia đình với báo cáo thống kê.", actorId: coordinatorOf.get(unit.provinceVi)!, at: addDays(sentAt, 2) });
    }
    if (stage === "resubmitted") decisions.push({ id: id(), assessmentId, act: "resubmit", fromStatus: "returned", toStatus: "resubmitted", actorId: unit.officialId, at: addDays(sentAt, 4) });
  }
  return { assessments, responses, decisions };
}

const agencies = ["Ủy ban nhân dân", "Hội Khuyến học", "Trung tâm học tập cộng đồng", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Trường tiểu học", "Thư viện xã"];
const goalTitles = [
  "Phát triển gia đình học tập, dòng họ học tập",
  "Nâng cao năng lực của trung tâm học tập cộng đồng",
  "Chuyển đổi số trong học tập suốt đời",
  "Xây dựng cộng đồng học tập ở thôn, tổ dân phố",
  "Công dân học tập và kỹ năng số cho người lớn",
];
const statuses = ["notStarted", "onTrack", "onTrack", "atRisk", "done"] as const;

function planRows(batch: { id: string; officialId: string; nameVi: string }[], random: () => number) {
  const plans = [];
  const goals = [];
  const tasks = [];
  const updates = [];
  const milestones = [];
  for (const unit of batch) {
    const planId = id();
    plans.push({ id: planId, cityId: unit.id, titleVi: `Kế hoạch xây dựng cộng đồng học tập ${unit.nameVi} giai đoạn 2024–2030`, startYear: 2024, endYear: 2030, status: "active", createdById: unit.officialId });
    for (let g = 1; g <= goalsPerPlan; g++) {
      const goalId = id();
      goals.push({ id: goalId, planId, kind: "goal", code: String(g), titleVi: goalTitles[g - 1], position: g, leadAgency: agencies[0] });
      for (let t = 1; t <= tasksPerGoal; t++) {
        const taskId = id();
        const start = day(2024 + Math.floor(random() * 3), 1 + Math.floor(random() * 12), 1);
        const due = addDays(start, 180 + Math.floor(random() * 900));
        const status = statuses[Math.floor(random() * statuses.length)];
        const progress = status === "done" ? 100 : status === "notStarted" ? 0 : 10 + Math.floor(random() * 80);
        const linked = t === 1;
        tasks.push({
          id: taskId,
          planId,
          parentId: goalId,
          kind: "task",
          code: `${g}.${t}`,
          titleVi: `${goalTitles[g - 1]}: nhiệm vụ ${t}`,
          leadAgency: agencies[Math.floor(random() * agencies.length)],
          supportingAgencies: JSON.stringify([agencies[(g + t) % agencies.length]]),
          ownerId: unit.officialId,
          startOn: isoDay(start),
          dueOn: isoDay(due),
          status,
          progress,
          position: t,
          ...(linked ? { frameworkCode: "vn-learning-society", indicatorCode: "LF", targetValue: 0.8, targetYear: 2030 } : {}),
        });
        if (progress > 0) {
          updates.push({ id: id(), itemId: taskId, authorId: unit.officialId, at: addDays(start, 60), previousStatus: "notStarted", status, previousProgress: 0, progress, note: "Cập nhật tiến độ theo báo cáo quý." });
        }
        if (t === tasksPerGoal) milestones.push({ id: id(), planId, itemId: taskId, titleVi: `Hoàn thành mục tiêu ${g}`, dueOn: isoDay(due) });
      }
    }
  }
  return { plans, goals, tasks, updates, milestones };
}

/**
 * The fixtures of a data set this generator made earlier (`--keep`, then `--reuse`), read back from
 * the database: the units, officials and drafts are named the same way in every run.
 */
export async function readFixtures(db: Db): Promise<GenerationResult> {
  const started = performance.now();
  const unitCount = await db.city.count({ where: { slug: { startsWith: "bench-" } } });
  if (unitCount === 0) throw new Error("no generated units in this database: make it with npm run bench -- --keep");
  const slugs = Array.from({ length: Math.min(unitCount, 1 + peerCount) }, (_, n) => generatedUnit(n).slug);
  const own = await db.city.findUniqueOrThrow({ where: { slug: slugs[0] } });
  const drafts = [];
  for (let n = 0; n < Math.min(unitCount, draftOfficials); n++) {
    const official = await db.user.findUniqueOrThrow({ where: { email: `official-${n + 1}@bench.hoctap.vn` } });
    const assessment = await db.assessment.findFirstOrThrow({ where: { cityId: official.cityId ?? "", frameworkCode: draftFramework, year: draftYear } });
    drafts.push({ officialEmail: official.email, assessmentId: assessment.id });
  }
  const report = await db.assessment.findFirstOrThrow({ where: { cityId: own.id, frameworkCode: draftFramework, year: years[years.length - 1] } });
  const draftIndicators = await db.response.findMany({ where: { assessmentId: drafts[0].assessmentId }, select: { indicatorId: true }, orderBy: { indicatorId: "asc" } });
  return {
    units: unitCount,
    seconds: (performance.now() - started) / 1000,
    counts: await countRows(db),
    fixtures: {
      password: benchPassword,
      officialEmail: drafts[0].officialEmail,
      coordinatorEmail: allCitiesCoordinatorEmail,
      draftAssessmentId: drafts[0].assessmentId,
      draftIndicatorIds: draftIndicators.map((r) => r.indicatorId),
      ownDrafts: drafts,
      reportAssessmentId: report.id,
      ownSlug: own.slug,
      peerSlugs: slugs.slice(1),
    },
  };
}

async function countRows(db: Db) {
  const [cities, users, cityAssignments, assessments, responses, reviewDecisions, auditEvents, actionPlans, planItems, planUpdates] = await Promise.all([
    db.city.count(),
    db.user.count(),
    db.cityAssignment.count(),
    db.assessment.count(),
    db.response.count(),
    db.reviewDecision.count(),
    db.auditEvent.count(),
    db.actionPlan.count(),
    db.planItem.count(),
    db.planUpdate.count(),
  ]);
  return { cities, users, cityAssignments, assessments, responses, reviewDecisions, auditEvents, actionPlans, planItems, planUpdates };
}
