// A fresh database per measured kind: a file under data/ for SQLite, a throwaway database on the
// test server for PostgreSQL (the same helper scripts the integration suite uses). Each is migrated
// with the committed migrations and seeded with the normal demo seed before the generator runs.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import type { DatabaseKind } from "./options";

export interface BenchDatabase {
  kind: DatabaseKind;
  url: string;
  /** Where it lives, for the report (a file or a database name). */
  location: string;
  remove(): void;
}

const quietEnv = { PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" };

function run(command: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...quietEnv, ...env } });
}

export function createDatabase(kind: DatabaseKind, runId: string): BenchDatabase {
  if (kind === "sqlite") {
    mkdirSync("data", { recursive: true });
    const file = `data/bench-${runId}.db`;
    const remove = () => ["", "-wal", "-shm", "-journal"].forEach((suffix) => rmSync(file + suffix, { force: true }));
    remove();
    return { kind, url: `file:./${file}`, location: file, remove };
  }
  // Starts the local cluster when it is down (as the test command does), or says how to.
  run("bash", ["scripts/ensure-postgres.sh"]);
  const server = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432";
  const name = `learning_city_bench_${runId}`;
  run("node", ["scripts/postgres-database.mjs", "create", `${server}/postgres`, name]);
  return { kind, url: `${server}/${name}`, location: `${server}/${name}`, remove: () => run("node", ["scripts/postgres-database.mjs", "drop", `${server}/postgres`, name]) };
}

/** The committed migrations, then the demo seed: frameworks, demo users, the demo city. */
export function migrateAndSeed(database: BenchDatabase) {
  run("node", ["scripts/db-migrate.mjs"], { DATABASE_URL: database.url });
  run("npx", ["tsx", "--tsconfig", "tsconfig.scripts.json", "prisma/seed.ts"], { DATABASE_URL: database.url });
}
