// The app under test: the production build in its own dist dir, served by `npm start`'s server on a free
// port of the benchmark's range, and a sampler of the server's memory while it runs.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";

export const distDir = ".next-bench";
const portRange = [3300, 3320] as const;
const quietEnv = { NEXT_TELEMETRY_DISABLED: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };

/**
 * Builds the app into the benchmark's dist dir, unless asked to reuse one that exists. `next build`
 * adds its dist dir's type folders to tsconfig.json; the file is put back as it was, so a benchmark
 * run leaves the working tree unchanged.
 */
export function buildApp(force: boolean): { seconds: number | null } {
  if (!force && existsSync(`${distDir}/BUILD_ID`)) return { seconds: null };
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const started = performance.now();
  try {
    execFileSync("npx", ["next", "build"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...quietEnv, NEXT_DIST_DIR: distDir } });
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  }
  return { seconds: (performance.now() - started) / 1000 };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let port = portRange[0]; port <= portRange[1]; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port between ${portRange[0]} and ${portRange[1]}`);
}

/** Processes whose parent is `pid`, and theirs, from /proc. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the parent id follows the last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Samples the resident memory of the server's process tree four times a second. `peak` is the
 * highest sum seen; `highWater` the largest VmHWM (the kernel's own peak) of any one process.
 */
export class MemorySampler {
  private timer: NodeJS.Timeout;
  private windowPeak = 0;
  peakKb = 0;
  highWaterKb = 0;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.sample(), 250);
    this.timer.unref();
  }

  private sample() {
    const tree = processTree(this.pid);
    const rss = tree.reduce((sum, pid) => sum + statusKb(pid, "VmRSS"), 0);
    this.peakKb = Math.max(this.peakKb, rss);
    this.windowPeak = Math.max(this.windowPeak, rss);
    this.highWaterKb = Math.max(this.highWaterKb, ...tree.map((pid) => statusKb(pid, "VmHWM")));
  }

  /** The peak since the last call (or the start): one scenario's. */
  takeWindowPeakKb(): number {
    this.sample();
    const peak = this.windowPeak;
    this.windowPeak = 0;
    return peak;
  }

  stop() {
    this.sample();
    clearInterval(this.timer);
  }
}

export interface RunningServer {
  base: string;
  memory: MemorySampler;
  alive(): boolean;
  /** How much the server has logged so far, to pass to `errorSince` later. */
  logMark(): number;
  /** The gist of the first error the server logged after `mark`, if any. */
  errorSince(mark: number): string | null;
  stop(): Promise<void>;
}

/** "Invalid `prisma.x.groupBy()` invocation: <message>" reduced to the call and the message. */
export function errorGist(log: string): string | null {
  const text = log.replace(/\s+/g, " ");
  const prisma = text.match(/Invalid `([^`]+)` invocation:\s*(.+?)(?= at |$)/);
  if (prisma) return `${prisma[1]}: ${prisma[2].trim()}`;
  return text.match(/\b(\w*Error\b[^]{0,200}?)(?= at |$)/)?.[1]?.trim() ?? null;
}

/** The Node.js options `npm start` gives the server (package.json), so the benchmark runs the same process. */
export function startScriptNodeOptions(): string[] {
  const script = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
  return script.split(/\s+/).filter((part) => part.startsWith("--"));
}

/** The app's server (`npm start`) against the given database, once it answers its health check. */
export async function startServer(databaseUrl: string): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [...startScriptNodeOptions(), "scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      ...quietEnv,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: "bench-only-secret-not-for-production-use-0123456789",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  // Kept whole (errors are few and short), so an error can be matched to the request that caused it.
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  let exited = false;
  child.once("exit", () => (exited = true));

  const deadline = Date.now() + 120_000;
  while (true) {
    if (exited) throw new Error(`the server ended before it answered:\n${stderr.slice(-4_000)}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer within two minutes:\n${stderr.slice(-4_000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  const memory = new MemorySampler(child.pid!);
  return {
    base,
    memory,
    alive: () => !exited,
    logMark: () => stderr.length,
    errorSince: (mark) => errorGist(stderr.slice(mark)),
    stop: async () => {
      memory.stop();
      if (exited) return;
      const ended = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const forced = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await ended;
      clearTimeout(forced);
    },
  };
}
