// Restores a folder written by scripts/backup.mjs into the database DATABASE_URL names and the
// evidence folder (EVIDENCE_DIR). Stop the app first. See docs/operations.md.
//   node scripts/restore.mjs <backup folder> --yes
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseKind, databaseUrl, evidenceDir, postgresTarget, readManifest, sqlitePath, verifyChecksums } from "./backup-common.mjs";

const { values, positionals } = parseArgs({ options: { yes: { type: "boolean", default: false } }, allowPositionals: true });

async function restoreSqlite(backupFile, url) {
  const target = sqlitePath(url);
  await mkdir(path.dirname(target), { recursive: true });
  // Copy beside the target, then swap in one rename, so a failed copy never leaves half a file.
  const incoming = `${target}.restoring`;
  await copyFile(backupFile, incoming);
  // A journal or write-ahead log left by the old database would be replayed into the restored one.
  for (const suffix of ["-journal", "-wal", "-shm"]) await rm(target + suffix, { force: true });
  await rename(incoming, target);
  return target;
}

function restorePostgres(backupFile, url) {
  const { dbname, env } = postgresTarget(url);
  // --clean --if-exists: drop what the archive brings back, whether or not it is there yet;
  // --no-owner: the target server's roles may differ from the source's; one transaction, so
  // a failure leaves the target as it was.
  execFileSync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", dbname, backupFile], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  return dbname;
}

async function restore(folder) {
  const manifest = await readManifest(folder);
  const url = databaseUrl();
  const kind = databaseKind(url);
  if (kind !== manifest.kind) throw new Error(`this is a ${manifest.kind} backup, but DATABASE_URL names a ${kind} database`);
  const files = evidenceDir();
  if (!values.yes) {
    throw new Error(`this replaces the ${kind} database ${kind === "sqlite" ? sqlitePath(url) : postgresTarget(url).dbname} and adds the backup's files to ${files}; stop the app, then run again with --yes`);
  }
  await verifyChecksums(folder, manifest);

  const backupFile = path.join(folder, manifest.database);
  const target = kind === "sqlite" ? await restoreSqlite(backupFile, url) : restorePostgres(backupFile, url);
  // Files are stored under random names and never change, so unpacking over the folder brings
  // back every file the restored database refers to; files added since stay, unreferenced.
  await mkdir(files, { recursive: true });
  execFileSync("tar", ["-xzf", path.join(folder, manifest.evidence), "-C", files], { stdio: ["ignore", "inherit", "inherit"] });
  console.log(`restored the backup of ${manifest.createdAt} into ${target} and ${files}`);
}

try {
  if (!positionals[0]) throw new Error("usage: node scripts/restore.mjs <backup folder> --yes");
  await restore(positionals[0]);
} catch (error) {
  console.error(`restore: ${error.message}`);
  process.exit(1);
}
