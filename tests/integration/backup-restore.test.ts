import { execFileSync } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseKind, databaseUrl } from "@/prisma/database-url";
import { getChecklist } from "@/server/assessments/get-checklist";
import { loadActor } from "@/server/auth/load-actor";
import { createDb, db, type Db } from "@/server/db";
import { diskEvidenceStore } from "@/server/evidence/evidence-store";
import { assessmentHistory } from "@/server/history/assessment-history";
import { makeSubmittedAssessment } from "./fixtures";

// The scripts as an operator runs them, against the database this run of the suite uses.
const work = mkdtempSync(path.join(tmpdir(), "backup-restore-"));
const kind = databaseKind(databaseUrl());
const run = (script: string, args: string[], env: Record<string, string>) =>
  execFileSync("node", [`scripts/${script}`, ...args], { env: { ...process.env, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

// A fresh database of the same kind to restore into.
const source = new URL(databaseUrl());
const restoredName = `${source.pathname.slice(1)}_restored`;
const restoredUrl = kind === "sqlite" ? `file:${path.join(work, "restored.db")}` : new URL(restoredName, source).toString();
const adminUrl = kind === "postgresql" ? new URL("postgres", source).toString() : "";
let restored: Db | undefined;

afterAll(async () => {
  await restored?.$disconnect();
  if (kind === "postgresql") execFileSync("node", ["scripts/postgres-database.mjs", "drop", adminUrl, restoredName]);
  rmSync(work, { recursive: true, force: true });
});

describe(`backup and restore on ${kind}`, () => {
  it("brings back the assessments, answers, audit trail and files, served by the same domain reads", async () => {
    const { assessmentId, coordinator } = await makeSubmittedAssessment();
    const evidence = path.join(work, "evidence");
    const fileKey = await diskEvidenceStore(evidence).put(new TextEncoder().encode("minutes of the learning-city committee"));

    const folder = run("backup.mjs", ["--to", path.join(work, "backups")], { EVIDENCE_DIR: evidence }).split("\n").at(-1)!;
    expect(run("backup.mjs", ["--check", folder], {})).toMatch(/complete$/);

    if (kind === "postgresql") execFileSync("node", ["scripts/postgres-database.mjs", "create", adminUrl, restoredName]);
    const restoredEvidence = path.join(work, "restored-evidence");
    run("restore.mjs", [folder, "--yes"], { DATABASE_URL: restoredUrl, EVIDENCE_DIR: restoredEvidence });

    restored = createDb(restoredUrl);
    const reader = (await loadActor(restored, coordinator.id))!;
    expect(reader).toEqual(await loadActor(db(), coordinator.id));
    const checklist = await getChecklist(restored, reader, assessmentId);
    expect(checklist).toEqual(await getChecklist(db(), coordinator, assessmentId));
    expect(checklist?.assessment.status).toBe("submitted");
    expect(checklist?.answers.filter((answer) => answer.value !== null)).toHaveLength(2);
    const trail = await assessmentHistory(restored, reader, { assessmentId });
    expect(trail).toEqual(await assessmentHistory(db(), coordinator, { assessmentId }));
    expect(trail.ok && trail.value.events.length).toBeGreaterThan(2);
    expect(await new Response(diskEvidenceStore(restoredEvidence).open(fileKey)).text()).toBe("minutes of the learning-city committee");
  });

  it("refuses a backup whose files changed after it was written", () => {
    const folder = run("backup.mjs", ["--to", path.join(work, "tampered")], { EVIDENCE_DIR: path.join(work, "no-files-yet") });
    appendFileSync(path.join(folder, "evidence.tar.gz"), "x");
    expect(() => run("restore.mjs", [folder, "--yes"], { DATABASE_URL: restoredUrl, EVIDENCE_DIR: path.join(work, "unused") })).toThrow(/evidence\.tar\.gz: checksum/);
  });
});
