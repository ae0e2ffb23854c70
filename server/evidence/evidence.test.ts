import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { maxFilesPerAnswer } from "@/lib/assessments/evidence-files";
import { db } from "../db";
import { auditTrail, makeAssessment, makeCity, makeUser } from "@/tests/integration/fixtures";
import { deleteEvidenceFile, openEvidenceFile } from "./evidence-file-access";
import { diskEvidenceStore } from "./evidence-store";
import { uploadEvidence } from "./upload-evidence";

const store = diskEvidenceStore(mkdtempSync(path.join(tmpdir(), "evidence-")));
const pdf = new TextEncoder().encode("%PDF-1.7\nbáo cáo\n%%EOF");

const setUp = makeAssessment;

const readAll = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());

describe("evidence files", () => {
  it("stores a file for the city's own answer and gives the same bytes back to those who may read it", async () => {
    const { city, official, framework, assessmentId } = await setUp();
    const uploaded = await uploadEvidence(db(), store, official, { assessmentId, indicatorId: framework.rate.id, fileName: "Quyết định công nhận.pdf", bytes: pdf });
    expect(uploaded.ok && uploaded.value).toMatchObject({ fileName: "Quyết định công nhận.pdf", size: pdf.byteLength });
    const id = uploaded.ok ? uploaded.value.id : "";

    const coordinator = await makeUser("coordinator", { assignedCityIds: [city.id] });
    const opened = await openEvidenceFile(db(), store, coordinator, id);
    expect(opened?.mimeType).toBe("application/pdf");
    expect(await readAll(opened!.body)).toEqual(pdf);
    expect((await auditTrail(id)).map((e) => e.action)).toEqual(["evidence.upload"]);
  });

  it("hides a file from anyone outside the city's scope", async () => {
    const { official, framework, assessmentId } = await setUp();
    const uploaded = await uploadEvidence(db(), store, official, { assessmentId, indicatorId: framework.rate.id, fileName: "a.pdf", bytes: pdf });
    const stranger = await makeUser("official", { cityId: (await makeCity()).id });
    expect(await openEvidenceFile(db(), store, stranger, uploaded.ok ? uploaded.value.id : "")).toBeNull();
    expect(await deleteEvidenceFile(db(), store, stranger, uploaded.ok ? uploaded.value.id : "")).toEqual({ ok: false, reason: "notFound" });
    expect(await uploadEvidence(db(), store, stranger, { assessmentId, indicatorId: framework.rate.id, fileName: "b.pdf", bytes: pdf })).toEqual({ ok: false, reason: "notFound" });
  });

  it("refuses a file whose content is not what its name says, and stores nothing", async () => {
    const { official, framework, assessmentId } = await setUp();
    const html = new TextEncoder().encode("<html><script>alert(1)</script>");
    expect(await uploadEvidence(db(), store, official, { assessmentId, indicatorId: framework.rate.id, fileName: "bao-cao.pdf", bytes: html })).toEqual({
      ok: false,
      reason: "invalid",
      fieldErrors: { file: "evidence.errors.content" },
    });
    expect(await db().evidenceFile.count({ where: { assessmentId } })).toBe(0);
  });

  it("keeps to ten files per answer when 25 uploads arrive at once, and leaves no stray bytes", async () => {
    const { official, framework, assessmentId } = await setUp();
    const folder = mkdtempSync(path.join(tmpdir(), "evidence-race-"));
    const own = diskEvidenceStore(folder);
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, (_, i) => uploadEvidence(db(), own, official, { assessmentId, indicatorId: framework.rate.id, fileName: `bien-ban-${i}.pdf`, bytes: pdf })),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(maxFilesPerAnswer);
    expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.fieldErrors?.file === "evidence.errors.tooMany")).toBe(true);
    expect(await db().evidenceFile.count({ where: { assessmentId, indicatorId: framework.rate.id } })).toBe(maxFilesPerAnswer);
    expect(readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())).toHaveLength(maxFilesPerAnswer);
  });

  it("lets viewers read but not add or remove", async () => {
    const { city, official, framework, assessmentId } = await setUp();
    const viewer = await makeUser("viewer", { assignedCityIds: [city.id] });
    expect(await uploadEvidence(db(), store, viewer, { assessmentId, indicatorId: framework.rate.id, fileName: "a.pdf", bytes: pdf })).toEqual({ ok: false, reason: "forbidden" });
    const uploaded = await uploadEvidence(db(), store, official, { assessmentId, indicatorId: framework.rate.id, fileName: "a.pdf", bytes: pdf });
    const id = uploaded.ok ? uploaded.value.id : "";
    expect(await deleteEvidenceFile(db(), store, viewer, id)).toEqual({ ok: false, reason: "forbidden" });
    expect(await openEvidenceFile(db(), store, viewer, id)).not.toBeNull();
  });

  it("removes a file and its bytes, and asks for completeness to be checked again", async () => {
    const { official, framework, assessmentId } = await setUp();
    const uploaded = await uploadEvidence(db(), store, official, { assessmentId, indicatorId: framework.rate.id, fileName: "a.pdf", bytes: pdf });
    const id = uploaded.ok ? uploaded.value.id : "";
    await db().assessment.update({ where: { id: assessmentId }, data: { completedAt: new Date() } });
    expect(await deleteEvidenceFile(db(), store, official, id)).toEqual({ ok: true, value: undefined });
    expect(await openEvidenceFile(db(), store, official, id)).toBeNull();
    expect((await db().assessment.findUniqueOrThrow({ where: { id: assessmentId } })).completedAt).toBeNull();
    expect((await auditTrail(id)).map((e) => e.action)).toEqual(["evidence.upload", "evidence.delete"]);
  });
});
