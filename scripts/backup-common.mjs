// What scripts/backup.mjs and scripts/restore.mjs share: where the data lives, the manifest
// that describes a backup, and checksums. See docs/operations.md.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";

// Read .env as Next.js does, so the scripts and the app agree on the database and the files.
// Variables already set in the environment win.
try {
  process.loadEnvFile?.(".env");
} catch {}

export const manifestName = "manifest.json";
export const evidenceArchiveName = "evidence.tar.gz";
export const databaseFileName = { sqlite: "database.sqlite", postgresql: "database.pgdump" };

export function databaseUrl() {
  return process.env.DATABASE_URL?.trim() || "file:./data/app.db";
}

export function databaseKind(url) {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** The file a `file:` URL names, relative to the app's folder like the app itself. */
export function sqlitePath(url) {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

// Connection settings Prisma understands but libpq (pg_dump, pg_restore) rejects.
const prismaOnlyParameters = ["schema", "connection_limit", "pool_timeout", "pgbouncer", "statement_cache_size", "socket_timeout", "sslaccept"];

/**
 * The URL for pg_dump / pg_restore, and the environment to run them with: the password goes
 * through PGPASSWORD so that it does not show in the process list.
 */
export function postgresTarget(url) {
  const parsed = new URL(url);
  for (const name of prismaOnlyParameters) parsed.searchParams.delete(name);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** Where evidence and action-plan files are kept, as server/evidence/evidence-store.ts decides. */
export function evidenceDir() {
  return path.resolve(process.env.EVIDENCE_DIR || path.join("uploads", "evidence"));
}

export async function sha256(file) {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

export async function readManifest(backupDir) {
  return JSON.parse(await readFile(path.join(backupDir, manifestName), "utf8"));
}

/** Refuses a backup whose files are missing or changed since it was written. */
export async function verifyChecksums(backupDir, manifest) {
  for (const [name, expected] of Object.entries(manifest.files)) {
    const actual = await sha256(path.join(backupDir, name)).catch(() => "missing");
    if (actual !== expected.sha256) throw new Error(`${name}: checksum ${actual}, manifest says ${expected.sha256}`);
  }
}
