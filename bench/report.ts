// The result of a run: a JSON record and a Markdown table, with the issue's budgets marked met or not.
import { mkdirSync, writeFileSync } from "node:fs";
import type { ExportTiming } from "./exports";
import type { LoadResult } from "./load";
import type { BenchOptions, DatabaseKind } from "./options";
import type { PageWeight } from "./page-weight";
import { ratio } from "./stats";

export interface ScenarioResult {
  key: string;
  name: string;
  /** Who makes the requests. */
  as: string;
  connections: number;
  load: LoadResult | null;
  /** The floor measured at the same number of connections, just before. */
  floor: LoadResult | null;
  peakRssKb: number;
  /** Size of the page's HTML, for pages. */
  htmlBytes?: number;
  note?: string;
}

export interface DatabaseResult {
  kind: DatabaseKind;
  /** Generated units of this data set. */
  units: number;
  location: string;
  migrateAndSeedSeconds: number;
  generationSeconds: number;
  counts: Record<string, number>;
  scenarios: ScenarioResult[];
  /** What the saves came back with, per number of connections. */
  saves: { connections: number; scenario: string; saved: number; conflict: number; failed: number; auditEvents: number; failureSample: string | null }[];
  pdf: ExportTiming;
  workbook: ExportTiming;
  peakRssKb: number;
  highWaterKb: number;
}

export interface ServedWeight extends PageWeight {
  /** Chunks the served HTML asks for that the manifests do not list (a check on the method). */
  notInManifest: string[];
}

export interface BenchResult {
  startedAt: string;
  totalSeconds: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  options: BenchOptions;
  buildSeconds: number | null;
  pageWeight: PageWeight[];
  servedWeight: ServedWeight[];
  databases: DatabaseResult[];
}

// Issue 17's budgets. The growth budget compares the largest data set with the smallest.
export const budgets = {
  coordinatorP95Ms: 500,
  coordinatorGrowth: 2,
  compareP95MsAlone: 300,
  compareP95MsLoaded: 1000,
  compareHtmlBytes: 300_000,
  saveP95TimesFloor: 4,
  officialPagesP95TimesFloor: 10,
  peakRssKb: 512 * 1024,
  checklistGzipBytes: 200_000,
} as const;

const ms = (value: number | null) => (value === null ? "—" : value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en"));
const times = (value: number | null) => (value === null ? "—" : `×${value < 10 ? value.toFixed(1) : Math.round(value)}`);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (kib: number) => `${Math.round(kib / 1024).toLocaleString("en")} MB`;
const seconds = (value: number) => (value < 120 ? `${value.toFixed(1)} s` : `${(value / 60).toFixed(1)} min`);
const met = (ok: boolean | null) => (ok === null ? "not measured" : ok ? "met" : "**not met**");
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

function table(header: string[], rows: (string | number)[][]): string {
  return [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");
}

function problems(load: LoadResult | null): string {
  if (!load) return "—";
  const parts = [];
  const other = Object.entries(load.statusCodes).filter(([code]) => !code.startsWith("2"));
  if (other.length) parts.push(other.map(([code, count]) => `${count}× ${code}`).join(", "));
  if (load.errors) parts.push(`${load.errors} errors`);
  if (load.timeouts) parts.push(`${load.timeouts} timeouts`);
  return parts.join("; ") || "none";
}

export interface BudgetCheck {
  budget: string;
  database: string;
  measured: string;
  limit: string;
  ok: boolean | null;
}

export function budgetChecks(result: BenchResult): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const loaded = result.options.connections;
  const p95Of = (database: DatabaseResult, key: string, connections: number) => database.scenarios.find((s) => s.key === key && s.connections === connections) ?? null;
  const label = (database: DatabaseResult) => `${database.kind}, ${database.units.toLocaleString("en")} units`;
  const timesFloor = (database: DatabaseResult, key: string, connections: number, limit: number, budget: string) => {
    const scenario = p95Of(database, key, connections);
    const r = ratio(scenario?.load?.p95 ?? null, scenario?.floor?.p95 ?? null);
    checks.push({ budget, database: label(database), measured: `${ms(scenario?.load?.p95 ?? null)} ms = ${times(r)} floor (${ms(scenario?.floor?.p95 ?? null)} ms)`, limit: `< ×${limit} floor`, ok: r === null ? null : r < limit });
  };
  const underMs = (database: DatabaseResult, key: string, connections: number, limit: number, budget: string) => {
    const p95 = p95Of(database, key, connections)?.load?.p95 ?? null;
    checks.push({ budget, database: label(database), measured: `${ms(p95)} ms`, limit: `< ${ms(limit)} ms`, ok: p95 === null ? null : p95 < limit });
  };
  for (const database of result.databases) {
    underMs(database, "reviewQueue", loaded, budgets.coordinatorP95Ms, `review queue (default view), coordinator of all units, p95 at ${loaded}`);
    underMs(database, "reviewQueueAll", loaded, budgets.coordinatorP95Ms, `review queue, every status, coordinator of all units, p95 at ${loaded}`);
    underMs(database, "cycles", loaded, budgets.coordinatorP95Ms, `reporting cycles, coordinator of all units, p95 at ${loaded}`);
    underMs(database, "coordinatorDashboard", loaded, budgets.coordinatorP95Ms, `dashboard, coordinator of all units, p95 at ${loaded}`);
    underMs(database, "compare", 1, budgets.compareP95MsAlone, "compare with 50 peers, p95 at 1");
    underMs(database, "compare", loaded, budgets.compareP95MsLoaded, `compare with 50 peers, p95 at ${loaded}`);
    const html = p95Of(database, "compare", 1)?.htmlBytes ?? null;
    checks.push({ budget: "compare with 50 peers, HTML", database: label(database), measured: html === null ? "—" : kb(html), limit: `< ${kb(budgets.compareHtmlBytes)}`, ok: html === null ? null : html < budgets.compareHtmlBytes });
    timesFloor(database, "saveEach", 20, budgets.saveP95TimesFloor, "saving one answer, 20 officials at once, p95 at 20");
    timesFloor(database, "save", 20, budgets.saveP95TimesFloor, "saving one answer, 20 saves in one checklist at once, p95 at 20");
    timesFloor(database, "checklist", loaded, budgets.officialPagesP95TimesFloor, `checklist page (42 answers), p95 at ${loaded}`);
    timesFloor(database, "dashboard", loaded, budgets.officialPagesP95TimesFloor, `official's dashboard, p95 at ${loaded}`);
  }
  // Growth: the largest data set of each database against its smallest.
  for (const kind of new Set(result.databases.map((d) => d.kind))) {
    const sets = result.databases.filter((d) => d.kind === kind).sort((a, b) => a.units - b.units);
    if (sets.length < 2) continue;
    const [small, large] = [sets[0], sets[sets.length - 1]];
    const names: Record<string, string> = { reviewQueue: "review queue", reviewQueueAll: "review queue, every status", cycles: "reporting cycles", coordinatorDashboard: "coordinator dashboard" };
    for (const key of Object.keys(names)) {
      const growth = ratio(p95Of(large, key, loaded)?.load?.p95 ?? null, p95Of(small, key, loaded)?.load?.p95 ?? null);
      checks.push({
        budget: `${names[key]}: growth of p95 at ${loaded} from ${small.units.toLocaleString("en")} to ${large.units.toLocaleString("en")} units`,
        database: kind,
        measured: times(growth),
        limit: `< ×${budgets.coordinatorGrowth}`,
        ok: growth === null ? null : growth < budgets.coordinatorGrowth,
      });
    }
  }
  const peak = Math.max(0, ...result.databases.map((d) => d.peakRssKb));
  checks.push({ budget: "peak server memory over the whole run", database: "all", measured: mb(peak), limit: `< ${mb(budgets.peakRssKb)}`, ok: result.databases.length ? peak < budgets.peakRssKb : null });
  const checklist = result.pageWeight.find((w) => w.route === "checklist");
  checks.push({
    budget: "first-load JS of the checklist page, gzip",
    database: "—",
    measured: checklist ? kb(checklist.gzipBytes) : "—",
    limit: `< ${kb(budgets.checklistGzipBytes)}`,
    ok: checklist ? checklist.gzipBytes < budgets.checklistGzipBytes : null,
  });
  return checks;
}

function exportCells(timing: ExportTiming): string[] {
  if (!timing.available) return [timing.note, "—", "—", "—", "—"];
  return [String(timing.runs), ms(timing.p50), ms(timing.p95), timing.msEach.map(ms).join(", "), kb(timing.bytes)];
}

export function markdown(result: BenchResult): string {
  const { machine, options } = result;
  const out: string[] = [];
  out.push(`# Benchmark, ${result.startedAt.slice(0, 16).replace("T", " ")} UTC`);
  out.push(
    [
      `${options.sizes.map((n) => n.toLocaleString("en")).join(" and ")} generated units × 6 years × every published framework; ${options.duration} s per scenario; each scenario at 1 connection (one user at a time) and at ${options.connections} (saving: 20).`,
      `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; load average ${machine.loadAverageAtStart.map((l) => l.toFixed(1)).join(" ")} at the start, ${machine.loadAverageAtEnd.map((l) => l.toFixed(1)).join(" ")} at the end (a shared machine makes the timings noisy).`,
      `Total run ${seconds(result.totalSeconds)}${result.buildSeconds === null ? " (existing build reused)" : `, of which the build ${seconds(result.buildSeconds)}`}.`,
    ].join("\n"),
  );

  out.push("## Budgets");
  out.push(table(["budget", "database", "measured", "limit", "result"], budgetChecks(result).map((c) => [c.budget, c.database, c.measured, c.limit, met(c.ok)])));

  out.push("## Latency under load");
  out.push("Milliseconds per request; ×floor is the same percentile divided by the floor's (`GET /api/health`, a constant) at the same number of connections in the same run.");
  out.push(
    table(
      ["database", "units", "scenario", "as", "conn.", "p50", "p95", "p99", "req/s", "×floor p50", "×floor p95", "×floor p99", "not 2xx / errors", "HTML", "peak RSS"],
      result.databases.flatMap((database) =>
        database.scenarios.map((s) => [
          database.kind,
          database.units.toLocaleString("en"),
          [s.name, s.note, s.load?.requestsPerConnection ? `too slow for a timed run: ${s.load.requestsPerConnection} requests per connection` : null].filter(Boolean).join("; "),
          s.as,
          s.connections,
          ms(s.load?.p50 ?? null),
          ms(s.load?.p95 ?? null),
          ms(s.load?.p99 ?? null),
          s.load ? s.load.rps.toFixed(1) : "—",
          times(ratio(s.load?.p50 ?? null, s.floor?.p50 ?? null)),
          times(ratio(s.load?.p95 ?? null, s.floor?.p95 ?? null)),
          times(ratio(s.load?.p99 ?? null, s.floor?.p99 ?? null)),
          problems(s.load),
          s.htmlBytes === undefined ? "—" : kb(s.htmlBytes),
          mb(s.peakRssKb),
        ]),
      ),
    ),
  );
  const saves = result.databases.flatMap((d) =>
    d.saves.map((save) => `Saves (${save.scenario === "saveEach" ? "each official in their own checklist" : "all in one checklist"}) on ${d.kind} (${d.units} units) at ${save.connections} connection(s): ${save.saved} saved, ${save.conflict} revision conflicts, ${save.failed} failed; ${save.auditEvents} audit events written.`),
  );
  if (saves.length) out.push(saves.join("\n"));

  out.push("## Documents");
  out.push(
    table(
      ["database", "document", "runs", "p50 ms", "p95 ms", "each run, ms", "size"],
      result.databases.flatMap((d) => [
        [`${d.kind}, ${d.units} units`, "PDF report of one assessment", ...exportCells(d.pdf)],
        [`${d.kind}, ${d.units} units`, "coordinator workbook, whole scope", ...exportCells(d.workbook)],
      ]),
    ),
  );

  out.push("## First-load JavaScript");
  out.push(
    table(
      ["page", "chunks", "raw", "gzip", "chunks the served HTML adds"],
      result.pageWeight.map((w) => {
        const served = result.servedWeight.find((s) => s.route === w.route);
        return [w.route, w.chunks, kb(w.rawBytes), kb(w.gzipBytes), served ? (served.notInManifest.length ? served.notInManifest.join(", ") : "none") : "not checked"];
      }),
    ),
  );

  out.push("## Data set and memory");
  const countKeys = [...new Set(result.databases.flatMap((d) => Object.keys(d.counts)))];
  out.push(
    table(
      ["database", "units", "migrate + seed", "generation", ...countKeys, "peak RSS", "max VmHWM"],
      result.databases.map((d) => [
        d.kind,
        d.units.toLocaleString("en"),
        seconds(d.migrateAndSeedSeconds),
        seconds(d.generationSeconds),
        ...countKeys.map((k) => (d.counts[k] ?? 0).toLocaleString("en")),
        mb(d.peakRssKb),
        mb(d.highWaterKb),
      ]),
    ),
  );
  return out.join("\n\n") + "\n";
}

/** Writes bench/results/bench-<time>.json and .md, and the same as latest.json and latest.md. */
export function writeResult(result: BenchResult): { json: string; markdown: string } {
  mkdirSync("bench/results", { recursive: true });
  const stamp = result.startedAt.replace(/[:.]/g, "-").slice(0, 19);
  const json = JSON.stringify(result, null, 2) + "\n";
  const text = markdown(result);
  for (const name of [`bench-${stamp}`, "latest"]) {
    writeFileSync(`bench/results/${name}.json`, json);
    writeFileSync(`bench/results/${name}.md`, text);
  }
  return { json: `bench/results/bench-${stamp}.json`, markdown: `bench/results/bench-${stamp}.md` };
}
