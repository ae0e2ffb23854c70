// Backs up the database DATABASE_URL names and the evidence files (EVIDENCE_DIR) into one new
// folder, safely while the app runs. See docs/operations.md.
//   node scripts/backup.mjs [--to data/backups]      writes a backup, prints its folder
//   node scripts/backup.mjs --check <backup folder>  checks one without restoring it
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import {
  databaseFileName,
  databaseKind,
  databaseUrl,
  evidenceArchiveName,
  evidenceDir,
  manifestName,
  postgresTarget,
  readManifest,
  sha256,
  sqlitePath,
  verifyChecksums,
} from "./backup-common.mjs";

const { values, positionals } = parseArgs({
  options: { to: { type: "string", default: path.join("data", "backups") }, check: { type: "boolean", default: false } },
  allowPositionals: true,
});

function sqliteIntegrity(file) {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const verdict = copy.pragma("integrity_check", { simple: true });
    if (verdict !== "ok") throw new Error(`${file}: integrity check says ${verdict}`);
    const tables = copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    return Object.fromEntries(tables.map((table) => [table, copy.prepare(`SELECT count(*) FROM "${table}"`).pluck().get()]));
  } finally {
    copy.close();
  }
}

async function backUpDatabase(kind, url, file) {
  if (kind === "sqlite") {
    // SQLite's online backup API copies a consistent snapshot page by page, starting over if the
    // app writes meanwhile, and reads through the write-ahead log when there is one.
    const source = new Database(sqlitePath(url), { readonly: true, fileMustExist: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
    sqliteIntegrity(file);
    return;
  }
  // The custom format is compressed and lets pg_restore clean, reorder and pick objects.
  const { dbname, env } = postgresTarget(url);
  execFileSync("pg_dump", ["--format=custom", "--file", file, "--dbname", dbname], { env, stdio: ["ignore", "inherit", "inherit"] });
}

function archiveEvidence(file) {
  const source = evidenceDir();
  // No folder yet means no file was ever uploaded: an empty archive keeps every backup alike.
  const args = existsSync(source) ? ["-czf", file, "-C", source, "."] : ["-czf", file, "--files-from", "/dev/null"];
  execFileSync("tar", args, { stdio: ["ignore", "inherit", "inherit"] });
}

async function backUp() {
  const url = databaseUrl();
  const kind = databaseKind(url);
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const folder = path.resolve(values.to, `learning-city-${kind}-${stamp}`);
  // Backups hold password hashes and personal data: readable by their owner only.
  await mkdir(folder, { recursive: true, mode: 0o700 });

  const databaseFile = databaseFileName[kind];
  await backUpDatabase(kind, url, path.join(folder, databaseFile));
  // Files after the database, so that every file the saved database refers to is in the
  // archive (unless someone deletes it in between).
  archiveEvidence(path.join(folder, evidenceArchiveName));

  const files = {};
  for (const name of [databaseFile, evidenceArchiveName]) {
    files[name] = { bytes: (await stat(path.join(folder, name))).size, sha256: await sha256(path.join(folder, name)) };
  }
  const manifest = { format: 1, kind, createdAt: new Date().toISOString(), database: databaseFile, evidence: evidenceArchiveName, files };
  await writeFile(path.join(folder, manifestName), JSON.stringify(manifest, null, 2) + "\n");
  console.log(folder);
}

async function check(folder) {
  const manifest = await readManifest(folder);
  await verifyChecksums(folder, manifest);
  const databaseFile = path.join(folder, manifest.database);
  if (manifest.kind === "sqlite") {
    const rows = sqliteIntegrity(databaseFile);
    console.log(`database: SQLite, integrity ok, ${Object.keys(rows).length} tables`);
    for (const [table, count] of Object.entries(rows)) console.log(`  ${table}: ${count}`);
  } else {
    const listing = execFileSync("pg_restore", ["--list", databaseFile], { encoding: "utf8" });
    console.log(`database: PostgreSQL archive readable, ${listing.split("\n").filter((line) => line.includes(" TABLE DATA ")).length} tables with data`);
  }
  const entries = execFileSync("tar", ["-tzf", path.join(folder, manifest.evidence)], { encoding: "utf8" });
  console.log(`evidence: ${entries.split("\n").filter((entry) => entry && !entry.endsWith("/")).length} files`);
  console.log(`backup of ${manifest.createdAt} is complete`);
}

try {
  if (values.check) {
    if (!positionals[0]) throw new Error("usage: node scripts/backup.mjs --check <backup folder>");
    await check(positionals[0]);
  } else {
    await backUp();
  }
} catch (error) {
  console.error(`backup: ${error.message}`);
  process.exit(1);
}
