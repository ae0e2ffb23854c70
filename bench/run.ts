// `npm run bench`: builds the app, generates the large data set into a fresh database of each kind,
// serves the production build on it and measures latency under load against the floor, the
// documents, the first-load JavaScript and the server's memory. See bench/README.md.
import os from "node:os";
import { selectionHref } from "../lib/compare/url";
import { createDb, type Db } from "../server/db";
import { createDatabase, migrateAndSeed } from "./database";
import { timeExport } from "./exports";
import { generate, readFixtures, type BenchFixtures } from "./generate";
import { signIn } from "./http";
import { runLoad, warmUp, type LoadResult } from "./load";
import { parseOptions, usage, type BenchOptions, type DatabaseKind } from "./options";
import { chunksInHtml, firstLoadChunks, pageWeight, weighChunks } from "./page-weight";
import { markdown, writeResult, type BenchResult, type DatabaseResult, type ScenarioResult, type ServedWeight } from "./report";
import { actionHeaders, SaveLoad, serverActionId } from "./save";
import { buildApp, distDir, startServer, type RunningServer } from "./server";

const saveConnections = 20;
const openDataFramework = "vn-learning-society";
const lastYear = 2025;
const pages = [
  { route: "checklist", page: "(workspace)/assessments/[id]/page" },
  { route: "compare", page: "(workspace)/compare/page" },
] as const;

const cleanups: (() => Promise<void> | void)[] = [];
type Recorded = Omit<ScenarioResult, "peakRssKb">;
const log = (message: string) => process.stderr.write(`${message}\n`);
const since = (started: number) => (performance.now() - started) / 1000;

async function main() {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(usage);
    return;
  }
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = os.loadavg();
  const runId = `${Date.now()}_${process.pid}`;

  log(options.build ? `Building the app into ${distDir} …` : `Using the build in ${distDir} when there is one …`);
  const build = buildApp(options.build);
  const weights = pages.map(({ route, page }) => pageWeight(distDir, route, page));
  const servedWeight: ServedWeight[] = [];

  const databases: DatabaseResult[] = [];
  for (const kind of options.databases) for (const units of options.sizes) databases.push(await measureDatabase(kind, units, options, `${runId}_${units}`, servedWeight));
  // A reused data set is as large as it is.
  if (options.reuse) options.sizes = databases.map((d) => d.units);

  const cpus = os.cpus();
  const result: BenchResult = {
    startedAt,
    totalSeconds: since(started),
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model ?? "unknown", memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart, loadAverageAtEnd: os.loadavg() },
    options,
    buildSeconds: build.seconds,
    pageWeight: weights,
    servedWeight,
    databases,
  };
  const files = writeResult(result);
  console.log(markdown(result));
  log(`Written: ${files.json} and ${files.markdown} (also bench/results/latest.*)`);
}

interface Page {
  key: string;
  name: string;
  as: string;
  path: string;
  cookie?: string;
}

async function measureDatabase(kind: DatabaseKind, units: number, options: BenchOptions, runId: string, servedWeight: ServedWeight[]): Promise<DatabaseResult> {
  // A reused data set's size is known once it is read.
  let size = options.reuse ? "reused data set" : `${units} units`;
  const say = (message: string) => log(`[${kind}, ${size}] ${message}`);
  const database = options.reuse ? { kind, url: options.reuse, location: options.reuse, remove: () => undefined } : createDatabase(kind, runId);
  const removeDatabase = () => {
    if (options.keep) say(`kept ${database.location}`);
    else database.remove();
  };
  cleanups.push(removeDatabase);
  let db: Db | null = null;
  try {
    let migrateAndSeedSeconds = 0;
    if (!options.reuse) {
      say(`migrating and seeding ${database.location} …`);
      const seeding = performance.now();
      migrateAndSeed(database);
      migrateAndSeedSeconds = since(seeding);
    }
    db = createDb(database.url);
    say(options.reuse ? `reading the generated data set of ${database.location} …` : `generating ${units} units …`);
    const generated = options.reuse ? await readFixtures(db) : await generate(db, kind, units);
    size = `${generated.units} units`;
    say(`${options.reuse ? "read" : "generated"} in ${generated.seconds.toFixed(0)} s: ${JSON.stringify(generated.counts)}`);

    const server = await startServer(database.url);
    cleanups.push(() => server.stop());
    try {
      const measured = await measureServer(server, db, generated.fixtures, options, servedWeight, say);
      return {
        kind,
        units: generated.units,
        location: database.location,
        migrateAndSeedSeconds,
        generationSeconds: generated.seconds,
        counts: generated.counts,
        ...measured,
        peakRssKb: server.memory.peakKb,
        highWaterKb: server.memory.highWaterKb,
      };
    } finally {
      await server.stop();
      cleanups.pop();
    }
  } finally {
    await db?.$disconnect();
    removeDatabase();
    cleanups.pop();
  }
}

async function measureServer(server: RunningServer, db: Db, fixtures: BenchFixtures, options: BenchOptions, servedWeight: ServedWeight[], say: (message: string) => void) {
  const { base } = server;
  const official = await signIn(base, fixtures.officialEmail, fixtures.password);
  const coordinator = await signIn(base, fixtures.coordinatorEmail, fixtures.password);
  const checklistPath = `/assessments/${fixtures.draftAssessmentId}`;
  const floors = new Map<number, LoadResult>();
  const scenarios: ScenarioResult[] = [];

  const floorAt = async (connections: number) => {
    if (!floors.has(connections)) {
      await warmUp(`${base}/api/health`);
      floors.set(connections, await runLoad({ base, path: "/api/health", connections, duration: options.duration }, 1));
    }
    return floors.get(connections)!;
  };
  const record = (scenario: Recorded) => {
    const result = { ...scenario, peakRssKb: server.memory.takeWindowPeakKb() };
    if (scenario.htmlBytes !== undefined) say(`${scenario.name}: ${(scenario.htmlBytes / 1000).toFixed(1)} kB of HTML`);
    scenarios.push(result);
    const load = result.load;
    const summary = load?.responses ? `p50 ${load.p50?.toFixed(1)} ms, p95 ${load.p95?.toFixed(1)} ms, ${load.rps.toFixed(1)} req/s` : load ? "no response in time" : scenario.note;
    say(`${scenario.name} at ${scenario.connections}: ${summary}`);
  };

  const measurePage = async (page: Page, connections: number) => {
    const floor = await floorAt(connections);
    const headers = page.cookie ? { cookie: page.cookie } : undefined;
    const mark = server.logMark();
    const first = await warmUp(base + page.path, { headers });
    if (first.status !== 200) {
      const error = server.errorSince(mark);
      record({ ...page, connections, load: null, floor, note: first.status === 404 ? "not available: 404" : `HTTP ${first.status}, not measured${error ? `: ${error}` : ""}` });
      return first;
    }
    const load = await runLoad({ base, path: page.path, connections, duration: options.duration, headers }, first.ms);
    const note = !server.alive() ? "the server stopped" : load.responses === 0 ? "no response within the 120 s timeout" : undefined;
    record({ ...page, connections, load, floor, note, htmlBytes: Buffer.byteLength(first.body) });
    return first;
  };
  // Each page by one user at a time (its latency unloaded) and under the run's concurrency.
  const levels = [...new Set([1, options.connections])];
  const measureAtEachLevel = async (page: Page) => {
    let first;
    for (const connections of levels) first = await measurePage(page, connections);
    return first!;
  };

  // The floor, then the pages an official opens, then what the public reads.
  say("measuring …");
  for (const connections of levels) {
    const floor = await floorAt(connections);
    record({ key: "floor", name: "floor: GET /api/health", as: "anonymous", connections, load: floor, floor });
  }
  await measureAtEachLevel({ key: "dashboard", name: "dashboard", as: "official", path: "/dashboard", cookie: official });
  await measureAtEachLevel({ key: "coordinatorDashboard", name: "dashboard", as: "coordinator, all cities", path: "/dashboard", cookie: coordinator });
  const checklist = await measureAtEachLevel({ key: "checklist", name: "checklist page (42 answers)", as: "official", path: checklistPath, cookie: official });
  const comparePath = selectionHref("/compare", { framework: openDataFramework, year: lastYear, city: fixtures.ownSlug, peers: "manual", peer: fixtures.peerSlugs });
  const compare = await measureAtEachLevel({ key: "compare", name: `compare, ${fixtures.peerSlugs.length} hand-picked peers`, as: "official", path: comparePath, cookie: official });
  await measureAtEachLevel({
    key: "openData",
    name: "open-data API, one city's results",
    as: "anonymous",
    path: `/api/open-data/v1/results?city=${fixtures.ownSlug}&framework=${openDataFramework}&year=${lastYear}`,
  });
  // Every generated unit publishes: the public page lists them a page at a time.
  await measureAtEachLevel({ key: "openDataPage", name: "open-data page, the publishing cities", as: "anonymous", path: "/open-data" });
  if (servedWeight.length === 0) {
    for (const [{ route, page }, html] of [
      [pages[0], checklist.body],
      [pages[1], compare.body],
    ] as const) {
      const inHtml = chunksInHtml(distDir, html);
      const manifest = new Set(firstLoadChunks(distDir, page));
      servedWeight.push({ ...weighChunks(distDir, route, inHtml), notInManifest: inHtml.filter((chunk) => !manifest.has(chunk)) });
    }
  }

  const saves = [];
  // One official's checklist, saved from many connections at once (each its own answer): the
  // checklist's summary is rewritten under its row lock, so these saves take turns.
  const oneChecklist = { key: "save", name: "saving one answer, every save in one checklist (server action)", as: "official" };
  for (const connections of [1, saveConnections]) {
    // Each run starts from the revisions the previous one left.
    const draftAnswers = await db.response.findMany({ where: { assessmentId: fixtures.draftAssessmentId }, select: { assessmentId: true, indicatorId: true, revision: true } });
    const counts = await measureSave(server, db, oneChecklist, new SaveLoad(draftAnswers), official, connections, options, floorAt, record);
    if (counts) saves.push({ connections, scenario: oneChecklist.key, ...counts });
  }
  // As many officials as connections, each saving in their own checklist: a working day's load.
  const ownSlots = [];
  for (const own of fixtures.ownDrafts) {
    const cookie = await signIn(base, own.officialEmail, fixtures.password);
    const first = await db.response.findFirstOrThrow({ where: { assessmentId: own.assessmentId }, orderBy: { indicatorId: "asc" }, select: { assessmentId: true, indicatorId: true, revision: true } });
    ownSlots.push({ ...first, cookie });
  }
  const manyOfficials = { key: "saveEach", name: `saving one answer, ${ownSlots.length} officials each in their own checklist (server action)`, as: "officials" };
  const counts = await measureSave(server, db, manyOfficials, new SaveLoad(ownSlots), official, saveConnections, options, floorAt, record);
  if (counts) saves.push({ connections: saveConnections, scenario: manyOfficials.key, ...counts });

  say("timing the documents …");
  const pdf = await timeExport(`${base}/api/assessments/${fixtures.reportAssessmentId}/report.pdf`, official, options.pdfRuns);
  server.memory.takeWindowPeakKb();
  const workbook = await timeExport(`${base}/api/reports/scope.xlsx?framework=${openDataFramework}&year=${lastYear}`, coordinator, 2, false);
  say(`PDF ${pdf.available ? `p50 ${pdf.p50?.toFixed(0)} ms` : pdf.note}; workbook ${workbook.available ? `${workbook.msEach.map((m) => m.toFixed(0)).join(", ")} ms, ${workbook.bytes} bytes` : workbook.note}`);

  await measureAtEachLevel({ key: "reviewQueue", name: "review queue (open work, the default)", as: "coordinator, all cities", path: "/review", cookie: coordinator });
  await measureAtEachLevel({ key: "reviewQueueAll", name: "review queue, every status", as: "coordinator, all cities", path: "/review?status=all", cookie: coordinator });
  await measureAtEachLevel({ key: "cycles", name: "reporting cycles", as: "coordinator, all cities", path: "/review/cycles", cookie: coordinator });
  return { scenarios, saves, pdf, workbook };
}

/**
 * Saving the `load`'s answers over `connections` connections. One save is sent first and checked
 * (answered "saved", written with a new revision); afterwards the audit trail must hold one
 * `response.save` event per save that landed. Returns the counts of the run.
 */
async function measureSave(
  server: RunningServer,
  db: Db,
  what: { key: string; name: string; as: string },
  load: SaveLoad,
  cookie: string,
  connections: number,
  options: BenchOptions,
  floorAt: (connections: number) => Promise<LoadResult>,
  record: (scenario: Recorded) => void,
) {
  const scenario = { ...what, connections };
  const headers = actionHeaders(server.base, serverActionId(distDir, "server/actions/assessments.ts", "saveResponseAction"), cookie);
  const floor = await floorAt(connections);

  const trial = load.claim();
  const started = performance.now();
  const response = await fetch(server.base + trial.path, { method: "POST", headers: { ...headers, ...(trial.cookie ? { cookie: trial.cookie } : {}) }, body: trial.body });
  const trialMs = performance.now() - started;
  const { sent } = trial;
  load.settle(trial.slot, await response.text());
  const written = await db.response.findUniqueOrThrow({ where: { assessmentId_indicatorId: { assessmentId: sent.assessmentId, indicatorId: sent.indicatorId } }, select: { revision: true } });
  if (load.outcomes.saved !== 1 || written.revision !== sent.revision + 1) {
    record({ ...scenario, load: null, floor, note: `the trial save did not land: HTTP ${response.status} ${load.failureSample ?? ""}` });
    return null;
  }

  const audited = () => db.auditEvent.count({ where: { assessmentId: { in: load.assessmentIds }, action: "response.save" } });
  const auditBefore = await audited();
  Object.assign(load.outcomes, { saved: 0, conflict: 0, failed: 0 });
  const result = await runLoad({ base: server.base, path: trial.path, connections, duration: options.duration, headers, step: load.step() }, trialMs);
  // Saves still in flight when the run ended may land after it: the count settles within a moment.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const auditEvents = (await audited()) - auditBefore;
  record({ ...scenario, load: result, floor, note: load.outcomes.failed ? `${load.outcomes.failed} answered without a result` : undefined });
  return { ...load.outcomes, auditEvents, failureSample: load.failureSample };
}

async function cleanUp() {
  for (const cleanup of cleanups.reverse()) await cleanup();
}

process.once("SIGINT", () => {
  log("interrupted: cleaning up …");
  void cleanUp().finally(() => process.exit(130));
});

main().catch(async (error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  await cleanUp();
  process.exit(1);
});
