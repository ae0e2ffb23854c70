import { describe, expect, it } from "vitest";
import { scoreChecklist, type StoredAnswer, type StoredIndicator } from "./score-checklist";

const sections = [
  { id: "s1", path: "families" },
  { id: "s2", path: "families/clans" },
];
const indicator = (id: string, overrides: Partial<StoredIndicator> = {}): StoredIndicator => ({
  id,
  sectionId: "s1",
  type: "rate",
  direction: "higher",
  weight: 1,
  required: true,
  levelScale: null,
  targets: [{ year: 2025, value: 0.7 }],
  ...overrides,
});
const answer = (indicatorId: string, overrides: Partial<StoredAnswer> = {}): StoredAnswer => ({
  indicatorId,
  value: null,
  text: null,
  evidenceNote: null,
  evidenceLinks: [],
  ...overrides,
});

describe("scoring a stored checklist", () => {
  it("rolls learning-family and clan rates up into their sections", () => {
    const indicators = [indicator("LF"), indicator("LC", { sectionId: "s2", targets: [{ year: 2025, value: 0.65 }] })];
    const result = scoreChecklist(sections, indicators, [answer("LF", { value: 0.67 }), answer("LC", { value: 0.65 })], {}, 2025);
    expect(result.indicators.get("LF")?.status).toBe("behind");
    expect(result.indicators.get("LC")?.status).toBe("met");
    expect(result.sections.get("families/clans")?.score).toBe(1);
    expect(result.overall.score).toBeCloseTo((0.67 / 0.7 + 1) / 2);
  });

  it("counts a rate above 100% as no answer rather than as a target met", () => {
    const result = scoreChecklist(sections, [indicator("LF")], [answer("LF", { value: 1.19 })], {}, 2025);
    expect(result.indicators.get("LF")?.status).toBe("noData");
    expect(result.gaps.map((g) => g.indicatorId)).toEqual(["LF"]);
  });

  it("reads a self-rating against the top of its scale, and a narrative as answered once written", () => {
    const scales = { kflc: [0, 1, 2, 3, 4].map((value) => ({ value, labelVi: `${value}`, labelEn: `${value}` })) };
    const indicators = [
      indicator("F1", { type: "level", levelScale: "kflc", targets: [] }),
      indicator("N1", { type: "text", targets: [] }),
    ];
    const result = scoreChecklist(sections, indicators, [answer("F1", { value: 3 }), answer("N1", { text: "Thành phố đã…" })], scales, 2025);
    expect(result.indicators.get("F1")?.score).toBe(0.75);
    expect(result.overall.answered).toBe(2);
    expect(result.indicators.get("N1")?.status).toBe("notScored");
  });
});
