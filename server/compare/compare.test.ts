import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { frameworkFileSchema } from "@/lib/frameworks/framework-file";
import { compareQuerySchema, trendsQuerySchema } from "@/lib/validation/compare";
import { makeCity, makeFramework, makeUser, unique } from "@/tests/integration/fixtures";
import { db } from "../db";
import { countingDb } from "@/tests/integration/counting-db";
import { importFramework } from "../frameworks/import-framework";
import { loadComparison } from "./load-comparison";
import { loadTrends } from "./load-trends";

type Framework = { id: string; code: string };

async function assess(cityId: string, framework: Framework, year: number, status: string, answers: Record<string, number>) {
  return db().assessment.create({
    data: {
      cityId,
      frameworkId: framework.id,
      frameworkCode: framework.code,
      year,
      status,
      responses: { createMany: { data: Object.entries(answers).map(([indicatorId, value]) => ({ indicatorId, value })) } },
    },
  });
}

async function publish(cityId: string, framework: Framework, indicatorCode: string, year: number, value: number) {
  return db().referenceValue.create({
    data: { cityId, frameworkCode: framework.code, indicatorCode, year, value, count: 1_420_000, sourceTitle: "VnExpress, 12/2025", sourceUrl: "https://vnexpress.net" },
  });
}

const manual = (framework: Framework, year: number, peers: { slug: string }[], extra: Record<string, string> = {}) =>
  compareQuerySchema.parse({ framework: framework.code, year: String(year), peers: "manual", peer: peers.map((p) => p.slug), ...extra });

/** The demo's situation: the city's own 2025 draft; Hà Nội's published figure (and a draft of its own); Vinh approved; Sơn La under review. */
async function scene() {
  const framework = await makeFramework();
  const own = await makeCity();
  const official = await makeUser("official", { cityId: own.id });
  const [hanoi, vinh, sonLa] = await Promise.all([makeCity({ gnlcStatus: "member" }), makeCity({ gnlcStatus: "member" }), makeCity({ gnlcStatus: "member" })]);
  const ownDraft = await assess(own.id, framework, 2025, "draft", { [framework.rate.id]: 66900 / 99800 });
  await publish(hanoi.id, framework, "LF", 2025, 0.67);
  const hanoiDraft = await assess(hanoi.id, framework, 2025, "draft", { [framework.rate.id]: 0.99 });
  await assess(vinh.id, framework, 2025, "approved", { [framework.rate.id]: 0.72, [framework.count.id]: 30 });
  const hidden = [hanoiDraft];
  for (const [i, status] of ["submitted", "returned", "resubmitted", "draft"].entries()) {
    hidden.push(await assess(sonLa.id, framework, 2021 + i, status, { [framework.rate.id]: 0.95 }));
  }
  hidden.push(await assess(sonLa.id, framework, 2025, "submitted", { [framework.rate.id]: 0.95, [framework.count.id]: 99 }));
  return { framework, own, official, hanoi, vinh, sonLa, ownDraft, hidden };
}

describe("loadComparison", () => {
  it("sets the city's own draft, labelled, beside approved and published figures of its peers", async () => {
    const { framework, own, official, hanoi, vinh, sonLa, ownDraft } = await scene();
    const result = await loadComparison(db(), official, manual(framework, 2025, [hanoi, vinh, sonLa]));
    if (!result.ok) throw new Error(result.reason);
    const view = result.value;
    expect(view.own.id).toBe(own.id);
    expect(view.peers.map((p) => p.id)).toEqual(expect.arrayContaining([hanoi.id, vinh.id, sonLa.id]));
    expect(view.selection).toMatchObject({ framework: framework.code, year: 2025, city: own.slug, peers: "manual" });
    expect(view.ownAssessment).toEqual({ id: ownDraft.id, status: "draft" });

    const lf = view.comparisons.find((c) => c.indicatorId === framework.rate.id)!;
    expect(lf.own?.value).toBeCloseTo(0.6703);
    expect(lf.own?.origin).toEqual({ kind: "assessment", assessmentId: ownDraft.id, status: "draft", sourceNote: null });
    const peer = (cityId: string) => lf.peers.find((p) => p.cityId === cityId)!.value;
    expect(peer(hanoi.id)).toEqual({
      value: 0.67,
      count: 1_420_000,
      // Recorded without a basis: a rate's own definition, a share of the total.
      basis: "share-of-households",
      origin: { kind: "reference", sourceTitle: "VnExpress, 12/2025", sourceUrl: "https://vnexpress.net", noteVi: null, noteEn: null, asOf: null, publishedOn: null },
    });
    expect(peer(vinh.id)?.value).toBe(0.72);
    expect(peer(vinh.id)?.origin).toMatchObject({ kind: "assessment", status: "approved" });
    expect(peer(sonLa.id)).toBeNull();
    expect(lf).toMatchObject({ target: { year: 2025, value: 0.7 }, finalTarget: { year: 2030, value: 0.8 }, rank: { position: 2, of: 3 }, percentile: 50, peersMissing: 1 });
  });

  it("holds the city to the targets that apply to it and ranks it only among figures of its own basis", async () => {
    const { framework, official, hanoi, vinh } = await scene();
    // Hà Nội's own plan for 2030, and its association's share of registered households for 2025.
    await db().indicatorTarget.updateMany({ where: { indicatorId: framework.rate.id, year: 2030 }, data: { cityId: hanoi.id } });
    await db().referenceValue.updateMany({ where: { cityId: hanoi.id }, data: { value: 0.8906, basis: "share-of-registered-households", asOf: "2024-12-19", publishedOn: "2024-12-19" } });
    const result = await loadComparison(db(), official, manual(framework, 2025, [hanoi, vinh]));
    if (!result.ok) throw new Error(result.reason);
    const lf = result.value.comparisons.find((c) => c.indicatorId === framework.rate.id)!;
    expect(lf.target).toEqual({ year: 2025, value: 0.7 });
    expect(lf.finalTarget).toEqual({ year: 2025, value: 0.7 });
    expect(lf.unsetTargetYears).toEqual([2030]);
    const hanoiFigure = lf.peers.find((p) => p.cityId === hanoi.id)!;
    expect(hanoiFigure).toMatchObject({ ranked: false, value: { value: 0.8906, basis: "share-of-registered-households", origin: { asOf: "2024-12-19" } } });
    // 67.0% against Vinh's 72% only: second of two, not third of three.
    expect(lf).toMatchObject({ rank: { position: 2, of: 2 }, peersWithValue: 1, peersOtherBasis: 1, peerMedian: 0.72 });

    // Hà Nội compared with the same peers is held to its own 2030 plan.
    const coordinator = await makeUser("coordinator", { coversAllCities: true });
    const asHanoi = await loadComparison(db(), coordinator, manual(framework, 2025, [vinh], { city: hanoi.slug }));
    if (!asHanoi.ok) throw new Error(asHanoi.reason);
    const hanoiLf = asHanoi.value.comparisons.find((c) => c.indicatorId === framework.rate.id)!;
    expect(hanoiLf.finalTarget).toEqual({ year: 2030, value: 0.8 });
    expect(hanoiLf.unsetTargetYears).toEqual([]);
  });

  it("never shows another city's unapproved work, even to a coordinator who covers that city", async () => {
    const { framework, own, hanoi, vinh, sonLa, hidden } = await scene();
    const coordinator = await makeUser("coordinator", { assignedCityIds: [own.id, hanoi.id, sonLa.id] });
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const result = await loadComparison(db(), coordinator, manual(framework, year, [hanoi, vinh, sonLa], { city: own.slug }));
      if (!result.ok) throw new Error(result.reason);
      const shown = JSON.stringify(result.value.comparisons);
      for (const assessment of hidden) expect(shown).not.toContain(assessment.id);
      expect(shown).not.toContain("0.95");
      expect(shown).not.toContain("0.99");
    }
    // Compared as the city itself, Sơn La's own submission shows, labelled.
    const asSonLa = await loadComparison(db(), coordinator, manual(framework, 2025, [own], { city: sonLa.slug }));
    if (!asSonLa.ok) throw new Error(asSonLa.reason);
    expect(asSonLa.value.comparisons[0].own?.origin).toMatchObject({ kind: "assessment", status: "submitted" });
  });

  it("compares an official's own city only, and a coordinator's within their scope", async () => {
    const { framework, own, official, hanoi, vinh } = await scene();
    const asOther = await loadComparison(db(), official, manual(framework, 2025, [vinh], { city: hanoi.slug }));
    expect(asOther.ok && asOther.value.own.id).toBe(own.id);
    expect(asOther.ok && asOther.value.cityChoices.map((c) => c.id)).toEqual([own.id]);

    const coordinator = await makeUser("coordinator", { assignedCityIds: [vinh.id] });
    const outside = await loadComparison(db(), coordinator, manual(framework, 2025, [hanoi], { city: own.slug }));
    expect(outside.ok && outside.value.own.id).toBe(vinh.id);
    expect(outside.ok && outside.value.cityChoices.map((c) => c.id)).toEqual([vinh.id]);

    const nobody = await makeUser("viewer");
    expect(await loadComparison(db(), nobody, manual(framework, 2025, [hanoi]))).toEqual({ ok: false, reason: "forbidden" });
  });

  it("opens a city known only from publications at the year of its latest published figure", async () => {
    const framework = await makeFramework();
    const published = await makeCity({ gnlcStatus: "member" });
    await publish(published.id, framework, "LF", 2023, 0.61);
    const coordinator = await makeUser("coordinator", { assignedCityIds: [published.id] });
    const result = await loadComparison(db(), coordinator, compareQuerySchema.parse({ city: published.slug }));
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.selection).toMatchObject({ framework: framework.code, year: 2023, city: published.slug });
    expect(result.value.comparisons[0].own?.origin).toMatchObject({ kind: "reference" });
  });

  it("opens a stale or hand-edited link with defaults instead of failing", async () => {
    const { framework, official, own } = await scene();
    const result = await loadComparison(db(), official, compareQuerySchema.parse({ framework: "no-such-framework", year: "soon", peers: "friends", peer: 42 }));
    if (!result.ok) throw new Error(result.reason);
    // The city's latest assessment names the framework and the year.
    expect(result.value.selection).toEqual({ framework: framework.code, year: 2025, city: own.slug, peers: "members", peer: [] });
  });
});

describe("the cities a comparison reads", () => {
  it("reads an official's city and hand-picked peers, not every city, and still knows how many there are to pick from", async () => {
    const { framework, own, official, hanoi, vinh } = await scene();
    await db().city.createMany({ data: Array.from({ length: 70 }, (_, i) => ({ slug: unique(`many-${i}`), nameVi: `Xã ${i}`, nameEn: `Commune ${i}`, provinceVi: "Tỉnh", provinceEn: "Province" })) });
    const total = await db().city.count();
    const result = await loadComparison(db(), official, manual(framework, 2025, [hanoi, vinh]));
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.peers.map((p) => p.id).sort()).toEqual([hanoi.id, vinh.id].sort());
    expect(result.value.cityCount).toBe(total);
    expect(result.value.cities.map((c) => c.id).sort()).toEqual([own.id, hanoi.id, vinh.id].sort());
    expect(result.value.own).toMatchObject({ id: own.id, isReference: false, population: null });
    // Members as peers: every member, whichever cities were made before.
    const members = await loadComparison(db(), official, compareQuerySchema.parse({ framework: framework.code, year: "2025", peers: "members" }));
    if (!members.ok) throw new Error(members.reason);
    expect(members.value.peers.length).toBe(await db().city.count({ where: { gnlcStatus: "member", id: { not: own.id } } }));
    // Searching by name reads every city, as the search runs over all of them.
    const searching = await loadComparison(db(), official, manual(framework, 2025, [hanoi], { find: "Xã 1" }));
    if (!searching.ok) throw new Error(searching.reason);
    expect(searching.value.cities).toHaveLength(total);
  });
});

describe("query count", () => {
  async function fullFramework() {
    const file = JSON.parse(readFileSync("prisma/data/frameworks/unesco-kflc.json", "utf8"));
    const imported = await importFramework(db(), null, frameworkFileSchema.parse({ ...file, code: unique("kflc") }), { publish: true });
    if (!imported.ok) throw new Error(imported.reason);
    const framework = await db().framework.findUniqueOrThrow({ where: { id: imported.value.id }, include: { indicators: true } });
    return { ...framework, indicatorIds: framework.indicators.map((i) => i.id) };
  }

  it("reads the same small number of times for 5 peers as for 50, over a full framework", async () => {
    const framework = await fullFramework();
    expect(framework.indicatorIds).toHaveLength(42);
    const own = await makeCity();
    const official = await makeUser("official", { cityId: own.id });
    await assess(own.id, framework, 2025, "draft", Object.fromEntries(framework.indicatorIds.map((id) => [id, 2])));
    const peers = [];
    for (let i = 0; i < 50; i++) {
      const city = await makeCity({ gnlcStatus: "member" });
      await assess(city.id, framework, 2025, "approved", Object.fromEntries(framework.indicatorIds.map((id, j) => [id, (i + j) % 5])));
      await publish(city.id, framework, "1.1.1", 2024, 3);
      peers.push(city);
    }

    const counts: number[] = [];
    for (const chosen of [peers.slice(0, 5), peers]) {
      const { client, counter } = countingDb();
      const result = await loadComparison(client, official, manual(framework, 2025, chosen));
      if (!result.ok) throw new Error(result.reason);
      expect(result.value.comparisons).toHaveLength(42);
      expect(result.value.comparisons.every((c) => c.peersWithValue === chosen.length)).toBe(true);
      expect(result.value.areas).toHaveLength(12);
      counts.push(counter.queries);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(8);

    const trendCounts: number[] = [];
    for (const chosen of [peers.slice(0, 5), peers]) {
      const { client, counter } = countingDb();
      const result = await loadTrends(client, official, trendsQuerySchema.parse({ framework: framework.code, peers: "manual", peer: chosen.map((p) => p.slug), indicator: "1.1.1" }));
      if (!result.ok) throw new Error(result.reason);
      expect(result.value.peerSeries.filter((s) => s.points.length === 2)).toHaveLength(chosen.length);
      trendCounts.push(counter.queries);
    }
    expect(trendCounts[0]).toBe(trendCounts[1]);
    expect(trendCounts[1]).toBeLessThanOrEqual(7);
  });
});

describe("loadTrends", () => {
  it("draws the own city's every year, labelled, and its peers' approved and published years only", async () => {
    const { framework, own, official, hanoi, vinh, sonLa, ownDraft, hidden } = await scene();
    await assess(own.id, framework, 2024, "approved", { [framework.rate.id]: 0.62 });
    await assess(vinh.id, framework, 2024, "draft", { [framework.rate.id]: 0.5 });
    await publish(hanoi.id, framework, "LF", 2024, 0.64);

    const result = await loadTrends(db(), official, trendsQuerySchema.parse({ framework: framework.code, peers: "manual", peer: [hanoi.slug, vinh.slug, sonLa.slug], indicator: "LF" }));
    if (!result.ok) throw new Error(result.reason);
    const view = result.value;
    expect(view.indicator?.code).toBe("LF");
    expect(view.ownSeries?.points.map((p) => [p.year, p.value.origin.kind === "assessment" && p.value.origin.status])).toEqual([
      [2024, "approved"],
      [2025, "draft"],
    ]);
    expect(view.ownSeries?.points[1].value.origin).toMatchObject({ assessmentId: ownDraft.id });
    const line = (cityId: string) => view.peerSeries.find((s) => s.cityId === cityId)!.points.map((p) => [p.year, p.value.value, p.value.origin.kind]);
    expect(line(hanoi.id)).toEqual([
      [2024, 0.64, "reference"],
      [2025, 0.67, "reference"],
    ]);
    expect(line(vinh.id)).toEqual([[2025, 0.72, "assessment"]]);
    expect(line(sonLa.id)).toEqual([]);
    expect(view.chartYears).toEqual([2024, 2025, 2030]);
    const shown = JSON.stringify(view.peerSeries);
    for (const assessment of hidden) expect(shown).not.toContain(assessment.id);
  });

  it("falls back to the first comparable indicator for an unknown one", async () => {
    const { framework, official } = await scene();
    const result = await loadTrends(db(), official, trendsQuerySchema.parse({ framework: framework.code, indicator: "NOPE" }));
    expect(result.ok && result.value.indicator?.code).toBe("LF");
    expect(result.ok && result.value.indicators.map((i) => i.code)).toEqual(["LF", "HS"]);
  });
});
