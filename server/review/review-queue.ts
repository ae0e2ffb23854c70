import "server-only";
import { Prisma } from "@/generated/sqlite/client";
import { cityScope, reviewScope, type Actor, type CityScope } from "@/lib/permissions";
import { daysBetween, vietnamToday } from "@/lib/review/cycles";
import { queuePageWindow, queueTotals, statusesBefore, statusKept, viewHoldsApproved, type QueueFilter, type QueueGroupCount, type QueueRow, type QueueSort, type QueueStatus, type QueueStatusFilter } from "@/lib/review/queue";
import { checklistYearRanges } from "../assessments/checklist-years";
import { assessmentStatuses } from "@/lib/review/workflow";
import { ensureSummaries } from "../assessments/summary/ensure-summaries";
import { citiesOfScope } from "../cities/scope-filter";
import { scopeCondition } from "../cities/scope-sql";
import type { Db } from "../db";
import { rawDate } from "../raw-values";
import { frameworkTitles, type FrameworkTitles } from "../frameworks/framework-titles";
import { inBatches } from "../in-batches";

type Names = { nameVi: string; nameEn: string };
type Titles = FrameworkTitles;
export type ReviewQueueRow = QueueRow & { city: Names & { slug: string }; framework: Titles };

const sql = Prisma.sql;

/** One key per framework and year, for matching cycles with their counts. */
const cycleKey = (frameworkCode: string, year: number | bigint) => `${frameworkCode}\u0000${Number(year)}`;

/**
 * Every row of the queue as one query: each checklist of the scope's cities (with its stored
 * summary and, when a cycle covering it has opened, its due date after the city's extension),
 * and a row for each city an open cycle expects that has not started. Dates are calendar days
 * written YYYY-MM-DD, so they compare as text in either database.
 */
interface OpenCycle {
  id: string;
  frameworkCode: string;
  year: number;
  dueOn: string;
}

/** The cycles that have opened by `today` for a published framework, within the framework and year filters: one query. */
async function openCycles(db: Db, today: string, filter: Pick<QueueFilter, "framework" | "year">): Promise<OpenCycle[]> {
  const cycles = await db.$queryRaw<(Omit<OpenCycle, "year"> & { year: number | bigint })[]>`
    SELECT c."id" AS "id", c."frameworkCode" AS "frameworkCode", c."year" AS "year", c."dueOn" AS "dueOn"
    FROM "ReportingCycle" c
    WHERE c."opensOn" <= ${today}
      AND EXISTS (SELECT 1 FROM "Framework" f WHERE f."code" = c."frameworkCode" AND f."status" = 'published')
      ${filter.framework ? sql`AND c."frameworkCode" = ${filter.framework}` : Prisma.empty}
      ${filter.year !== undefined ? sql`AND c."year" = ${filter.year}` : Prisma.empty}`;
  return cycles.map((c) => ({ ...c, year: Number(c.year) }));
}

/** The status filter on the checklists' own column, so the database skips the rows a view cannot show (an index on status). */
function onStatus(status: QueueStatusFilter | undefined): Prisma.Sql {
  if (status === undefined || status === "all") return Prisma.empty;
  // Named rather than "not approved", so the database can use the index on status.
  if (status === "open") return sql`AND a."status" IN (${Prisma.join(assessmentStatuses.filter((s) => s !== "approved"))})`;
  if (status === "waiting") return sql`AND a."status" IN ('submitted', 'resubmitted')`;
  if (status === "notStarted") return sql`AND 1 = 0`;
  return sql`AND a."status" = ${status}`;
}

function queueRows(
  scope: CityScope,
  actorId: string,
  today: string,
  cycles: readonly OpenCycle[],
  filter: Pick<QueueFilter, "framework" | "year" | "city" | "status">,
  withSummary = true,
  /** Only rows of these statuses: those a page can reach (lib/review/queue.ts `statusesBefore`). */
  only?: ReadonlySet<QueueStatus>,
): Prisma.Sql {
  const onlyAssessed = only ? [...only].filter((status) => status !== "notStarted") : [];
  const onAssessment = [
    filter.framework ? sql`AND a."frameworkCode" = ${filter.framework}` : Prisma.empty,
    filter.year !== undefined ? sql`AND a."year" = ${filter.year}` : Prisma.empty,
    filter.city ? sql`AND a."cityId" = ${filter.city}` : Prisma.empty,
    onStatus(filter.status),
    only ? (onlyAssessed.length ? sql`AND a."status" IN (${Prisma.join(onlyAssessed)})` : sql`AND 1 = 0`) : Prisma.empty,
  ];
  // Cities not started are rows of their own status.
  const shownCycles = statusKept("notStarted", filter.status) && (!only || only.has("notStarted")) ? cycles : [];
  const due = sql`CASE WHEN e."dueOn" > c."dueOn" THEN e."dueOn" ELSE c."dueOn" END`;
  // Counting and most orders need no summary: the rows of the page get theirs afterwards.
  const figures = withSummary ? sql`s."completeness" AS "completeness", s."score" AS "readiness", s."lastActivityAt" AS "lastActivityAt"` : sql`NULL AS "completeness", NULL AS "readiness", NULL AS "lastActivityAt"`;
  return sql`
    SELECT a."id" AS "assessmentId", a."cityId" AS "cityId", a."frameworkCode" AS "frameworkCode", a."year" AS "year", a."status" AS "status",
      ${figures}, ${due} AS "dueOn"
    FROM "Assessment" a
    ${withSummary ? sql`LEFT JOIN "AssessmentSummary" s ON s."assessmentId" = a."id"` : Prisma.empty}
    LEFT JOIN "ReportingCycle" c ON c."frameworkCode" = a."frameworkCode" AND c."year" = a."year" AND c."opensOn" <= ${today}
    LEFT JOIN "CycleExtension" e ON e."cycleId" = c."id" AND e."cityId" = a."cityId"
    WHERE a."fromPublications" = false AND ${scopeCondition(scope, sql`a."cityId"`, actorId)} ${Prisma.join(onAssessment, " ")}
    ${shownCycles.length ? Prisma.join(
      shownCycles.map((cycle) => notStarted(scope, actorId, cycle, filter.city)),
      " ",
    ) : Prisma.empty}`;
}

/**
 * The cities one open cycle still waits for, as a UNION ALL branch. One branch per cycle, with the
 * cycle's framework and year as constants, so the database looks up only that year's checklists
 * (an index) instead of matching every checklist in scope against every cycle.
 */
function notStarted(scope: CityScope, actorId: string, cycle: OpenCycle, city: string | undefined): Prisma.Sql {
  return sql`
    UNION ALL
    SELECT NULL, ci."id", CAST(${cycle.frameworkCode} AS TEXT), CAST(${cycle.year} AS INTEGER), 'notStarted', NULL, NULL, NULL,
      CASE WHEN e."dueOn" > ${cycle.dueOn} THEN e."dueOn" ELSE CAST(${cycle.dueOn} AS TEXT) END
    FROM "City" ci
    LEFT JOIN "CycleExtension" e ON e."cycleId" = ${cycle.id} AND e."cityId" = ci."id"
    WHERE ci."isReference" = false AND ${scopeCondition(scope, sql`ci."id"`, actorId)} ${city ? sql`AND ci."id" = ${city}` : Prisma.empty}
      AND NOT EXISTS (SELECT 1 FROM "Assessment" x WHERE x."frameworkCode" = ${cycle.frameworkCode} AND x."year" = ${cycle.year} AND x."cityId" = ci."id")`;
}

// A city still owes its checklist once the due date has passed, unless it is with the reviewers or done.
const overdue = (today: string) => sql`(q."dueOn" IS NOT NULL AND q."dueOn" < ${today} AND q."status" NOT IN ('submitted', 'resubmitted', 'approved'))`;
const nullsLast = (column: Prisma.Sql) => sql`CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END`;

/** lib/review/queue.ts `sortQueue` as an ORDER BY: the chosen order, then the city's name in the reader's language, the newest year, the framework. */
function orderBy(sort: QueueSort, today: string, locale: string): Prisma.Sql {
  const attention = sql`CASE WHEN q."status" IN ('submitted', 'resubmitted') THEN 0 WHEN ${overdue(today)} THEN 1 WHEN q."status" = 'returned' THEN 2 WHEN q."status" IN ('draft', 'notStarted') THEN 3 ELSE 4 END`;
  const primary: Record<QueueSort, Prisma.Sql> = {
    attention: sql`${attention}, ${nullsLast(sql`q."dueOn"`)}, q."dueOn",`,
    due: sql`${nullsLast(sql`q."dueOn"`)}, q."dueOn",`,
    activity: sql`${nullsLast(sql`q."lastActivityAt"`)}, q."lastActivityAt" DESC,`,
    city: Prisma.empty,
    readiness: sql`${nullsLast(sql`q."readiness"`)}, q."readiness",`,
    completeness: sql`${nullsLast(sql`q."completeness"`)}, q."completeness",`,
  };
  const name = locale === "en" ? sql`ci."sortKeyEn"` : sql`ci."sortKeyVi"`;
  return sql`ORDER BY ${primary[sort]} ${name}, q."year" DESC, q."frameworkCode"`;
}

interface RawRow {
  assessmentId: string | null;
  cityId: string;
  frameworkCode: string;
  year: number | bigint;
  status: string;
  completeness: number | null;
  readiness: number | null;
  lastActivityAt: Date | string | number | null;
  dueOn: string | null;
  slug: string;
  nameVi: string;
  nameEn: string;
}

// The orders that read a summary's figure; the others sort without joining the summaries.
const summarySorts: ReadonlySet<QueueSort> = new Set(["readiness", "completeness", "activity"]);

async function readRows(
  db: Db,
  scope: CityScope,
  actor: Actor,
  today: string,
  cycles: readonly OpenCycle[],
  filter: QueueFilter,
  sort: QueueSort,
  locale: string,
  page?: { limit: number; offset: number; titles: Map<string, Titles>; only?: ReadonlySet<QueueStatus> },
) {
  const withSummary = summarySorts.has(sort);
  const raw = await db.$queryRaw<RawRow[]>`
    SELECT q.*, ci."slug" AS "slug", ci."nameVi" AS "nameVi", ci."nameEn" AS "nameEn"
    FROM (${queueRows(scope, actor.id, today, cycles, filter, withSummary, page?.only)}) q
    JOIN "City" ci ON ci."id" = q."cityId"
    WHERE 1 = 1
      ${filter.overdue ? sql`AND ${overdue(today)}` : Prisma.empty}
    ${orderBy(sort, today, locale)}
    ${page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty}`;
  // A page's caller has the titles already (for the filters); an unpaged list reads them here.
  const frameworks = page?.titles ?? (await frameworkTitles(db, raw.map((r) => r.frameworkCode)));
  const rows = raw.map((r): ReviewQueueRow => {
    const daysToDue = r.dueOn === null ? null : daysBetween(today, r.dueOn);
    const status = r.status as QueueStatus;
    return {
      key: r.assessmentId ?? `${r.cityId}:${r.frameworkCode}:${r.year}`,
      assessmentId: r.assessmentId,
      cityId: r.cityId,
      frameworkCode: r.frameworkCode,
      year: Number(r.year),
      status,
      completeness: r.completeness === null ? null : Number(r.completeness),
      readiness: r.readiness === null ? null : Number(r.readiness),
      dueOn: r.dueOn,
      daysToDue,
      overdue: daysToDue !== null && daysToDue < 0 && !["submitted", "resubmitted", "approved"].includes(status),
      lastActivity: r.lastActivityAt === null ? null : rawDate(r.lastActivityAt).toISOString(),
      openFlags: 0,
      openThreads: 0,
      submittedById: null,
      city: { slug: r.slug, nameVi: r.nameVi, nameEn: r.nameEn },
      framework: frameworks.get(r.frameworkCode) ?? { titleVi: r.frameworkCode, titleEn: r.frameworkCode },
    };
  });
  return withFigures(db, rows, !withSummary);
}

interface RawFigures {
  assessmentId: string;
  completeness: number | null;
  score: number | null;
  lastActivityAt: Date | string | number | null;
  openFlags: number | bigint;
  openThreads: number | bigint;
  submittedById: string | null;
}

/**
 * The rows' stored figures (when the order did not need them), their open flags and open
 * discussions and who sent them: one query over the rows shown, whatever the scope.
 */
async function withFigures(db: Db, rows: ReviewQueueRow[], needSummary: boolean): Promise<ReviewQueueRow[]> {
  const ids = rows.flatMap((r) => (r.assessmentId ? [r.assessmentId] : []));
  if (ids.length === 0) return rows;
  const figures = await inBatches(ids, (batch) => db.$queryRaw<RawFigures[]>`
    SELECT a."id" AS "assessmentId", a."submittedById" AS "submittedById", s."completeness" AS "completeness", s."score" AS "score", s."lastActivityAt" AS "lastActivityAt",
      (SELECT COUNT(*) FROM "ReviewFlag" f WHERE f."assessmentId" = a."id" AND f."resolvedAt" IS NULL) AS "openFlags",
      (SELECT COUNT(*) FROM "IndicatorThread" t WHERE t."assessmentId" = a."id" AND t."resolvedAt" IS NULL) AS "openThreads"
    FROM "Assessment" a
    LEFT JOIN "AssessmentSummary" s ON s."assessmentId" = a."id"
    WHERE a."id" IN (${Prisma.join(batch)})`);
  const byId = new Map(figures.map((f) => [f.assessmentId, f]));
  return rows.map((r) => {
    const found = r.assessmentId ? byId.get(r.assessmentId) : undefined;
    if (!found) return r;
    const figured = { ...r, openFlags: Number(found.openFlags), openThreads: Number(found.openThreads), submittedById: found.submittedById };
    if (!needSummary) return figured;
    return {
      ...figured,
      completeness: found.completeness === null ? null : Number(found.completeness),
      readiness: found.score === null ? null : Number(found.score),
      lastActivity: found.lastActivityAt === null ? null : rawDate(found.lastActivityAt).toISOString(),
    };
  });
}

interface RawGroup {
  frameworkCode: string;
  year: number | bigint;
  status: string;
  rows: number | bigint;
  overdue: number | bigint | null;
}

/**
 * Rows per framework, year and status, and how many are overdue, over the rows the view can hold:
 * a view without approved checklists (the open work) neither reads nor counts them. Cities not
 * started are counted per cycle (see `notStartedCounts`), not listed.
 */
async function groupCounts(db: Db, scope: CityScope, actor: Actor, today: string, cycles: readonly OpenCycle[], filter: Pick<QueueFilter, "city" | "status">): Promise<QueueGroupCount[]> {
  // Approved checklists, most of a national archive, are never overdue: they are counted straight
  // from the index on framework, year and status, without the cycles and extensions the open
  // work's due dates need.
  // Over every city, they are not counted at all: the kept tally has them (server/review/count-approval.ts).
  const approved = !viewHoldsApproved(filter.status)
    ? Prisma.empty
    : scope.all && !filter.city
      ? sql`
      UNION ALL
      SELECT t."frameworkCode", t."year", 'approved', t."count", 0 FROM "ApprovedTally" t WHERE t."count" > 0`
      : sql`
      UNION ALL
      SELECT a."frameworkCode", a."year", a."status", COUNT(*), 0
      FROM "Assessment" a
      WHERE a."status" = 'approved' AND a."fromPublications" = false AND ${scopeCondition(scope, sql`a."cityId"`, actor.id)} ${filter.city ? sql`AND a."cityId" = ${filter.city}` : Prisma.empty}
      GROUP BY a."frameworkCode", a."year", a."status"`;
  const [raw, notStarted] = await Promise.all([
    db.$queryRaw<RawGroup[]>`
      SELECT q."frameworkCode" AS "frameworkCode", q."year" AS "year", q."status" AS "status", COUNT(*) AS "rows",
        SUM(CASE WHEN ${overdue(today)} THEN 1 ELSE 0 END) AS "overdue"
      FROM (${queueRows(scope, actor.id, today, [], { city: filter.city, status: "open" }, false)}) q
      GROUP BY q."frameworkCode", q."year", q."status"
      ${approved}`,
    // Always counted: the overdue total covers them in every view.
    notStartedCounts(db, scope, actor.id, today, cycles, filter.city),
  ]);
  return [...raw.map((g) => ({ frameworkCode: g.frameworkCode, year: Number(g.year), status: g.status as QueueStatus, rows: Number(g.rows), overdue: Number(g.overdue ?? 0) })), ...notStarted];
}

interface RawTally {
  kind: "cities" | "started" | "referenceStarted" | "onTime";
  frameworkCode: string | null;
  year: number | bigint | null;
  cycleId: string | null;
  n: number | bigint;
}

/**
 * How many cities of the scope each open cycle still waits for, and how many of those are
 * overdue, from counts: the cities taking part, less those with a checklist of the cycle's
 * framework and year; overdue once the cycle's due date has passed, less those an extension still
 * gives time. Over every city the checklists per cycle come from the count the database keeps
 * (ChecklistTally); over a narrower scope from the index on framework and year, one branch per
 * cycle (SQLite reads the whole framework's checklists for an OR of framework and year pairs).
 * Listing the cities not started would match every city against every cycle. The few reference
 * cities' checklists are counted apart and taken off (CROSS JOIN keeps SQLite starting from those
 * cities, not from every checklist of the cycles).
 */
async function notStartedCounts(db: Db, scope: CityScope, actorId: string, today: string, cycles: readonly OpenCycle[], city: string | undefined): Promise<QueueGroupCount[]> {
  if (cycles.length === 0) return [];
  const late = cycles.filter((c) => c.dueOn < today);
  const ofCity = (column: Prisma.Sql) => (city ? sql`AND ${column} = ${city}` : Prisma.empty);
  const tallies = await db.$queryRaw<RawTally[]>`
    SELECT 'cities' AS "kind", CAST(NULL AS TEXT) AS "frameworkCode", CAST(NULL AS INTEGER) AS "year", CAST(NULL AS TEXT) AS "cycleId", COUNT(*) AS "n"
    FROM "City" ci WHERE ci."isReference" = false AND ${scopeCondition(scope, sql`ci."id"`, actorId)} ${ofCity(sql`ci."id"`)}
    ${
      scope.all && !city
        ? // Over every city the database keeps the count (ChecklistTally): a few rows instead of every checklist of each cycle's year.
          sql`
    UNION ALL
    SELECT 'started', t."frameworkCode", t."year", NULL, t."count"
    FROM "ChecklistTally" t
    WHERE ${Prisma.join(cycles.map((c) => sql`(t."frameworkCode" = ${c.frameworkCode} AND t."year" = ${c.year})`), " OR ")}`
        : Prisma.join(
            cycles.map(
              (c) => sql`
    UNION ALL
    SELECT 'started', CAST(${c.frameworkCode} AS TEXT), CAST(${c.year} AS INTEGER), NULL, COUNT(*)
    FROM "Assessment" a
    WHERE a."frameworkCode" = ${c.frameworkCode} AND a."year" = ${c.year} AND ${scopeCondition(scope, sql`a."cityId"`, actorId)} ${ofCity(sql`a."cityId"`)}`,
            ),
            " ",
          )
    }
    UNION ALL
    SELECT 'referenceStarted', a."frameworkCode", a."year", NULL, COUNT(*)
    FROM "City" r CROSS JOIN "Assessment" a
    WHERE a."cityId" = r."id" AND r."isReference" = true AND ${scopeCondition(scope, sql`r."id"`, actorId)} ${ofCity(sql`r."id"`)}
      AND (${Prisma.join(cycles.map((c) => sql`(a."frameworkCode" = ${c.frameworkCode} AND a."year" = ${c.year})`), " OR ")})
    GROUP BY a."frameworkCode", a."year"
    ${late.length ? sql`
    UNION ALL
    SELECT 'onTime', NULL, NULL, e."cycleId", COUNT(*)
    FROM "CycleExtension" e
    JOIN "ReportingCycle" c ON c."id" = e."cycleId"
    JOIN "City" ci ON ci."id" = e."cityId"
    WHERE e."cycleId" IN (${Prisma.join(late.map((c) => c.id))}) AND e."dueOn" >= ${today}
      AND ci."isReference" = false AND ${scopeCondition(scope, sql`ci."id"`, actorId)} ${ofCity(sql`ci."id"`)}
      AND NOT EXISTS (SELECT 1 FROM "Assessment" x WHERE x."frameworkCode" = c."frameworkCode" AND x."year" = c."year" AND x."cityId" = e."cityId")
    GROUP BY e."cycleId"` : Prisma.empty}`;
  const taking = Number(tallies.find((t) => t.kind === "cities")?.n ?? 0);
  // Reference cities take no part: their checklists are taken off the cycle's count.
  const ofReferences = new Map(tallies.filter((t) => t.kind === "referenceStarted").map((t) => [cycleKey(t.frameworkCode ?? "", t.year ?? 0), Number(t.n)]));
  const started = new Map(
    tallies.filter((t) => t.kind === "started").map((t) => {
      const key = cycleKey(t.frameworkCode ?? "", t.year ?? 0);
      return [key, Number(t.n) - (ofReferences.get(key) ?? 0)];
    }),
  );
  const onTime = new Map(tallies.filter((t) => t.kind === "onTime").map((t) => [t.cycleId, Number(t.n)]));
  return cycles.flatMap((cycle) => {
    const rows = Math.max(0, taking - (started.get(cycleKey(cycle.frameworkCode, cycle.year)) ?? 0));
    if (rows === 0) return [];
    const overdue = cycle.dueOn < today ? rows - (onTime.get(cycle.id) ?? 0) : 0;
    return [{ frameworkCode: cycle.frameworkCode, year: cycle.year, status: "notStarted" as const, rows, overdue }];
  });
}

export interface QueuePageQuery extends QueueFilter {
  sort: QueueSort;
  page: number;
  size: number;
}

export interface QueuePage {
  rows: ReviewQueueRow[];
  totals: ReturnType<typeof queueTotals>;
  page: number;
  pages: number;
  size: number;
  /** Every framework (with its title) and year the reviewer's queue has rows for, for the filters. */
  choices: { frameworks: { code: string; title: Titles }[]; years: number[] };
}

/**
 * One page of a reviewer's queue: filtered, sorted and paged in the database from the stored
 * summaries, with totals from one grouped count. A fixed number of queries however many cities the reviewer
 * covers; the work grows with the page, not with the scope.
 */
export async function reviewQueuePage(db: Db, actor: Actor, query: QueuePageQuery, locale: string, now = new Date()): Promise<QueuePage> {
  const scope = reviewScope(actor);
  const today = vietnamToday(now);
  await ensureSummaries(db);
  // Every open cycle for the counts (the framework and year choices come from them too); those the filters keep for the page.
  // The filters offer every framework and year with a checklist, not only those of the rows counted.
  const [cycles, ranges] = await Promise.all([openCycles(db, today, {}), checklistYearRanges(db)]);
  const shownCycles = cycles.filter((c) => (!query.framework || c.frameworkCode === query.framework) && (query.year === undefined || c.year === query.year));
  // Every row's framework has a checklist or an open cycle, so these codes name them all.
  const codes = [...new Set([...cycles.map((c) => c.frameworkCode), ...ranges.keys()])];
  const [groups, titles] = await Promise.all([groupCounts(db, scope, actor, today, cycles, query), frameworkTitles(db, codes)]);
  const totals = queueTotals(groups, query);
  const window = queuePageWindow(totals.matching, query.page, query.size);
  const years = new Set(groups.map((g) => g.year));
  for (const { first, last } of ranges.values()) for (let year = first; year <= last; year++) years.add(year);
  // Only the cycles with cities still to start, and in the attention order only the statuses the page can reach.
  const waitedFor = new Set(groups.filter((g) => g.status === "notStarted").map((g) => cycleKey(g.frameworkCode, g.year)));
  const listedCycles = shownCycles.filter((c) => waitedFor.has(cycleKey(c.frameworkCode, c.year)));
  const only = query.sort === "attention" ? statusesBefore(groups, query, window.offset + query.size) : undefined;
  const rows =
    totals.matching === 0
      ? []
      : await readRows(db, scope, actor, today, listedCycles, query, query.sort, locale, { limit: query.size, offset: window.offset, titles, only });
  return {
    rows,
    totals,
    page: window.page,
    pages: window.pages,
    size: query.size,
    choices: {
      frameworks: codes.map((code) => ({ code, title: titles.get(code) ?? { titleVi: code, titleEn: code } })),
      years: [...years].sort((a, b) => b - a),
    },
  };
}

/**
 * Every row of the queue, unpaged, in the order of `sort` (attention by default): for a reviewer's
 * cities, or with `scope: "readable"` for every city the actor may read (the overview report,
 * which anyone may produce for their own scope). `only` keeps one framework and year.
 */
export async function reviewQueue(
  db: Db,
  actor: Actor,
  now = new Date(),
  options: { scope?: "reviewed" | "readable"; only?: { frameworkCode: string; year: number }; sort?: QueueSort; locale?: string } = {},
): Promise<ReviewQueueRow[]> {
  const scope = options.scope === "readable" ? cityScope(actor) : reviewScope(actor);
  const today = vietnamToday(now);
  await ensureSummaries(db);
  const filter = options.only ? { framework: options.only.frameworkCode, year: options.only.year } : {};
  const cycles = await openCycles(db, today, filter);
  return readRows(db, scope, actor, today, cycles, filter, options.sort ?? "attention", options.locale ?? "vi");
}

/** At most this many cities make a list to choose from; a wider scope filters by city through the address only. */
export const longestCityChoice = 300;

/** The cities a reviewer may filter the queue by, in the reader's order; null when there are too many to list. */
export async function queueCityChoices(db: Db, actor: Actor, locale: string): Promise<{ id: string; nameVi: string; nameEn: string }[] | null> {
  const scope = reviewScope(actor);
  if (!scope.all && scope.cityIds.length === 0) return [];
  const where = { isReference: false, ...citiesOfScope(scope, actor.id) };
  // A wide scope is counted first: sorting thousands of cities to learn there are too many costs more.
  if ((scope.all || scope.cityIds.length > longestCityChoice) && (await db.city.count({ where })) > longestCityChoice) return null;
  return db.city.findMany({ where, select: { id: true, nameVi: true, nameEn: true }, orderBy: locale === "en" ? { sortKeyEn: "asc" } : { sortKeyVi: "asc" } });
}
