import { describe, expect, expectTypeOf, it } from "vitest";
import type { IndicatorType } from "../frameworks/framework-file";
import {
  checkResponse,
  completionProblems,
  emptyAnswer,
  wordCount,
  type CheckAnswer,
  type CheckContext,
  type CheckIndicator,
  type Problem,
} from "./check-response";

const indicator = (overrides: Partial<CheckIndicator>): CheckIndicator => ({
  type: "rate",
  required: true,
  evidence: "none",
  asOfYear: false,
  ...overrides,
});
const answer = (overrides: Partial<CheckAnswer>): CheckAnswer => ({ ...emptyAnswer, ...overrides });
const context: CheckContext = { year: 2025, previousValue: null };
const codes = (problems: Problem[]) => problems.map((p) => `${p.field}:${p.code}`);

// Share of families recognised as learning families; usually between 30% and 95%, and rarely
// moving more than 10 points in a year.
const learningFamilies = indicator({ type: "rate", softMin: 0.3, softMax: 0.95, maxYearChange: 0.1 });
// Schools meeting the "happy school" criteria, counted.
const happySchools = indicator({ type: "count", softMax: 2000, maxYearChange: 300 });
// The city's population, for the year the figure is from.
const population = indicator({ type: "number", asOfYear: true, softMin: 100_000, softMax: 15_000_000 });
const narrative = indicator({ type: "text", maxWords: 200 });
const selfRating = indicator({ type: "level", levelValues: [0, 1, 2, 3, 4] });
const hasPlan = indicator({ type: "boolean" });
const planAdopted = indicator({ type: "date" });
const planDocument = indicator({ type: "evidence", evidence: "required" });

const words = (n: number) => Array.from({ length: n }, (_, i) => ["thành", "phố", "học", "tập"][i % 4]).join(" ");

describe("vocabulary", () => {
  it("uses the framework file's indicator types", () => {
    expectTypeOf<CheckIndicator["type"]>().toEqualTypeOf<IndicatorType>();
  });
});

describe("wordCount", () => {
  it("counts whitespace-separated tokens, each Vietnamese syllable as a word", () => {
    expect(wordCount("Thành phố học tập")).toBe(4);
    expect(wordCount("  Xây dựng\tgia đình\nhọc tập  ")).toBe(6);
    expect(wordCount("xã\u00a0hội")).toBe(2);
    expect(wordCount("")).toBe(0);
    expect(wordCount("   \n ")).toBe(0);
  });
});

describe("answered and missing", () => {
  it("treats a null answer like an empty one", () => {
    expect(checkResponse(learningFamilies, null, context)).toEqual(checkResponse(learningFamilies, emptyAnswer, context));
  });

  it("reports an empty required answer as missing, never as wrong", () => {
    for (const i of [learningFamilies, happySchools, population, narrative, selfRating, hasPlan, planAdopted, planDocument]) {
      const check = checkResponse(i, null, context);
      expect(check).toMatchObject({ answered: false, value: null, missingRequired: true });
      expect(check.errors).toEqual([]);
      expect(check.warnings).toEqual([]);
    }
  });

  it("does not call an empty optional answer missing", () => {
    expect(checkResponse({ ...happySchools, required: false }, null, context).missingRequired).toBe(false);
  });

  it("needs both counts of a rate", () => {
    expect(checkResponse(learningFamilies, answer({ numerator: 1_420_000 }), context).answered).toBe(false);
    expect(checkResponse(learningFamilies, answer({ numerator: 1_420_000, denominator: 2_100_000 }), context).answered).toBe(true);
  });

  it("counts blank text as no answer", () => {
    expect(checkResponse(narrative, answer({ text: "  \n " }), context)).toMatchObject({ answered: false, missingRequired: true });
    expect(checkResponse(narrative, answer({ text: "Thành phố đã mở 12 trung tâm." }), context).answered).toBe(true);
  });

  it("counts a boolean no (0) as an answer", () => {
    expect(checkResponse(hasPlan, answer({ value: 0 }), context)).toMatchObject({ answered: true, value: 0, errors: [] });
  });

  it("counts any note, link or file as an evidence answer", () => {
    expect(checkResponse(planDocument, answer({ evidenceNote: "   " }), context).answered).toBe(false);
    expect(checkResponse(planDocument, answer({ evidenceLinks: [" "] }), context).answered).toBe(false);
    expect(checkResponse(planDocument, answer({ evidenceNote: "Quyết định số 1373/QĐ-TTg" }), context).answered).toBe(true);
    expect(checkResponse(planDocument, answer({ evidenceLinks: ["https://hanoi.gov.vn/ke-hoach"] }), context).answered).toBe(true);
    expect(checkResponse(planDocument, answer({ evidenceFiles: 1 }), context).answered).toBe(true);
  });
});

describe("rates", () => {
  it("scores learning families as a fraction", () => {
    const check = checkResponse(learningFamilies, answer({ numerator: 1_420_000, denominator: 2_100_000 }), context);
    expect(check.value).toBeCloseTo(0.6762, 4);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([]);
  });

  it("rejects more learning families than families", () => {
    const check = checkResponse(learningFamilies, answer({ numerator: 2_400_000, denominator: 2_100_000 }), context);
    expect(check.errors).toEqual([
      { field: "numerator", code: "checks.numeratorAboveDenominator", params: { numerator: 2_400_000, denominator: 2_100_000 } },
    ]);
    // The rate is still reported as typed, so nothing downstream reads it as a plausible figure.
    expect(check.value).toBeCloseTo(2.4 / 2.1);
    expect(check.warnings).toEqual([]);
  });

  it("accepts a numerator equal to the denominator", () => {
    expect(checkResponse(learningFamilies, answer({ numerator: 480, denominator: 480 }), context).errors).toEqual([]);
  });

  it("rejects a zero denominator and gives no rate", () => {
    const check = checkResponse(learningFamilies, answer({ numerator: 0, denominator: 0 }), context);
    expect(codes(check.errors)).toEqual(["denominator:checks.zeroDenominator"]);
    expect(check.value).toBeNull();
  });

  it("rejects negative and fractional counts on the field they are in", () => {
    expect(codes(checkResponse(learningFamilies, answer({ numerator: -5, denominator: 2_100_000 }), context).errors)).toEqual([
      "numerator:checks.negative",
    ]);
    expect(codes(checkResponse(learningFamilies, answer({ numerator: 1_420_000, denominator: 2_100_000.5 }), context).errors)).toEqual([
      "denominator:checks.wholeNumber",
    ]);
    // One complaint per field, the most basic first.
    expect(codes(checkResponse(learningFamilies, answer({ numerator: -2.5, denominator: 10 }), context).errors)).toEqual([
      "numerator:checks.negative",
    ]);
  });

  it("asks for the missing half when only one count is filled", () => {
    expect(codes(checkResponse(learningFamilies, answer({ numerator: 1_420_000 }), context).errors)).toEqual(["denominator:checks.needBoth"]);
    expect(codes(checkResponse(learningFamilies, answer({ denominator: 2_100_000 }), context).errors)).toEqual(["numerator:checks.needBoth"]);
    // The filled half is still checked.
    expect(codes(checkResponse(learningFamilies, answer({ denominator: -1 }), context).errors)).toEqual([
      "denominator:checks.negative",
      "numerator:checks.needBoth",
    ]);
  });

  it("warns on an unusual rate, on the numerator, with both bounds", () => {
    const check = checkResponse(learningFamilies, answer({ numerator: 420_000, denominator: 2_100_000 }), context);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([{ field: "numerator", code: "checks.outsideUsualRange", params: { min: 0.3, max: 0.95 } }]);
    expect(check.unresolvedWarnings).toEqual(check.warnings);
  });

  it("warns on a jump of more than ten points from last year's approved rate", () => {
    const jump = checkResponse(learningFamilies, answer({ numerator: 1_420_000, denominator: 2_100_000 }), { year: 2025, previousValue: 0.5 });
    expect(jump.warnings).toHaveLength(1);
    expect(jump.warnings[0]).toMatchObject({ field: "numerator", code: "checks.bigChange", params: { previous: 0.5 } });
    expect(jump.warnings[0].params?.change).toBeCloseTo(0.1762, 4);

    const drop = checkResponse(learningFamilies, answer({ numerator: 1_000_000, denominator: 2_100_000 }), { year: 2025, previousValue: 0.62 });
    expect(drop.warnings[0].params?.change).toBeLessThan(0);

    const steady = checkResponse(learningFamilies, answer({ numerator: 1_420_000, denominator: 2_100_000 }), { year: 2025, previousValue: 0.62 });
    expect(steady.warnings).toEqual([]);
  });

  it("does not let float rounding turn a change of exactly the limit into a warning", () => {
    // 1,428,000 / 2,100,000 is 0.68, and 0.68 - 0.6 is 0.08000000000000007 in floating point.
    const rate = indicator({ type: "rate", maxYearChange: 0.08 });
    expect(checkResponse(rate, answer({ numerator: 1_428_000, denominator: 2_100_000 }), { year: 2025, previousValue: 0.6 }).warnings).toEqual([]);
    expect(checkResponse(rate, answer({ numerator: 1_430_000, denominator: 2_100_000 }), { year: 2025, previousValue: 0.6 }).warnings).toHaveLength(1);
  });

  it("gives no plausibility warning on a rate that is already wrong", () => {
    // 10% would be unusually low, but the denominator error comes first.
    const check = checkResponse(learningFamilies, answer({ numerator: 210_000, denominator: 2_100_000.5 }), { year: 2025, previousValue: 0.7 });
    expect(check.errors).toHaveLength(1);
    expect(check.warnings).toEqual([]);
  });
});

describe("counts", () => {
  it("accepts a whole number of happy schools", () => {
    expect(checkResponse(happySchools, answer({ value: 312 }), context)).toMatchObject({ answered: true, value: 312, errors: [], warnings: [] });
    expect(checkResponse(happySchools, answer({ value: 0 }), context).errors).toEqual([]);
  });

  it("rejects negative and fractional school counts", () => {
    expect(codes(checkResponse(happySchools, answer({ value: -3 }), context).errors)).toEqual(["value:checks.negative"]);
    expect(codes(checkResponse(happySchools, answer({ value: 312.5 }), context).errors)).toEqual(["value:checks.wholeNumber"]);
    expect(checkResponse(happySchools, answer({ value: 312.5 }), context).answered).toBe(true);
  });

  it("rejects a count that is not a number", () => {
    expect(codes(checkResponse(happySchools, answer({ value: Number.NaN }), context).errors)).toEqual(["value:checks.notANumber"]);
  });

  it("warns with an empty lower bound when only a maximum is set", () => {
    expect(checkResponse(happySchools, answer({ value: 2_500 }), context).warnings).toEqual([
      { field: "value", code: "checks.outsideUsualRange", params: { min: "", max: 2000 } },
    ]);
  });

  it("warns when the count moves more than allowed from last year", () => {
    expect(checkResponse(happySchools, answer({ value: 700 }), { year: 2025, previousValue: 312 }).warnings).toEqual([
      { field: "value", code: "checks.bigChange", params: { previous: 312, change: 388 } },
    ]);
    expect(checkResponse(happySchools, answer({ value: 612 }), { year: 2025, previousValue: 312 }).warnings).toEqual([]);
  });
});

describe("numbers", () => {
  it("allows negative numbers and leaves plausibility to the soft bounds", () => {
    const netMigration = indicator({ type: "number", softMin: -50_000, softMax: 50_000 });
    expect(checkResponse(netMigration, answer({ value: -1_250.5 }), context)).toMatchObject({ value: -1_250.5, errors: [], warnings: [] });
    expect(codes(checkResponse(netMigration, answer({ value: -80_000 }), context).warnings)).toEqual(["value:checks.outsideUsualRange"]);
  });

  it("rejects values that are not finite numbers", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const check = checkResponse(population, answer({ value, dataYear: 2024 }), context);
      expect(codes(check.errors)).toEqual(["value:checks.notANumber"]);
      expect(check.value).toBeNull();
    }
  });
});

describe("data year", () => {
  it("accepts the population with the year it is for", () => {
    const check = checkResponse(population, answer({ value: 8_587_100, dataYear: 2024 }), context);
    expect(check).toMatchObject({ answered: true, value: 8_587_100, errors: [], warnings: [] });
    expect(checkResponse(population, answer({ value: 8_587_100, dataYear: 2025 }), context).errors).toEqual([]);
  });

  it("needs the year once the population is given", () => {
    expect(checkResponse(population, answer({ value: 8_587_100 }), context).errors).toEqual([{ field: "dataYear", code: "checks.dataYearMissing" }]);
  });

  it("rejects years after the assessment year or before 1990", () => {
    for (const dataYear of [2026, 1989, 2024.5]) {
      expect(checkResponse(population, answer({ value: 8_587_100, dataYear }), context).errors).toEqual([
        { field: "dataYear", code: "checks.dataYearRange", params: { min: 1990, max: 2025 } },
      ]);
    }
  });

  it("checks a typed year even before the figure, but does not ask for one without a figure", () => {
    expect(codes(checkResponse(population, answer({ dataYear: 2052 }), context).errors)).toEqual(["dataYear:checks.dataYearRange"]);
    expect(checkResponse(population, answer({ dataYear: 2024 }), context).errors).toEqual([]);
  });

  it("ignores the data year when the indicator does not ask for it", () => {
    expect(checkResponse(happySchools, answer({ value: 312 }), context).errors).toEqual([]);
  });
});

describe("levels, booleans, dates and text", () => {
  it("accepts a level on its scale and rejects one off it", () => {
    expect(checkResponse(selfRating, answer({ value: 3 }), context)).toMatchObject({ value: 3, errors: [] });
    for (const value of [5, -1, 2.5]) {
      expect(checkResponse(selfRating, answer({ value }), context).errors).toEqual([
        { field: "value", code: "checks.levelOutOfRange", params: { min: 0, max: 4 } },
      ]);
    }
  });

  it("accepts only 0 and 1 for a yes/no", () => {
    expect(checkResponse(hasPlan, answer({ value: 1 }), context)).toMatchObject({ value: 1, errors: [] });
    expect(checkResponse(hasPlan, answer({ value: 2 }), context).errors).toEqual([{ field: "value", code: "checks.invalid" }]);
  });

  it("accepts real calendar dates only", () => {
    expect(checkResponse(planAdopted, answer({ text: "2024-02-29" }), context)).toMatchObject({ answered: true, value: null, errors: [] });
    for (const text of ["2026-02-30", "2023-02-29", "2025-13-01", "2025-3-15", "15/03/2025", "hôm qua"]) {
      expect(checkResponse(planAdopted, answer({ text }), context).errors, text).toEqual([{ field: "text", code: "checks.invalidDate" }]);
    }
  });

  it("holds the narrative to 200 words", () => {
    expect(checkResponse(narrative, answer({ text: words(200) }), context)).toMatchObject({ answered: true, value: null, errors: [] });
    expect(checkResponse(narrative, answer({ text: words(201) }), context).errors).toEqual([
      { field: "text", code: "checks.tooManyWords", params: { max: 200, count: 201 } },
    ]);
  });
});

describe("evidence", () => {
  const documented = indicator({ type: "rate", evidence: "required" });
  const figures = answer({ numerator: 1_420_000, denominator: 2_100_000 });

  it("requires evidence for an answered indicator that asks for it", () => {
    expect(checkResponse(documented, figures, context).errors).toEqual([{ field: "evidence", code: "checks.evidenceRequired" }]);
    expect(checkResponse(documented, { ...figures, evidenceFiles: 1 }, context).errors).toEqual([]);
    expect(checkResponse(documented, { ...figures, evidenceNote: "Báo cáo của Sở Giáo dục và Đào tạo, 2024" }, context).errors).toEqual([]);
  });

  it("does not ask for evidence before there is an answer", () => {
    expect(checkResponse(documented, null, context).errors).toEqual([]);
  });

  it("does not ask for evidence where it is optional", () => {
    expect(checkResponse({ ...documented, evidence: "optional" }, figures, context).errors).toEqual([]);
  });

  it("rejects links that are not web addresses", () => {
    const links = ["https://hanoi.gov.vn/ke-hoach-2025.pdf", "www.hanoi.gov.vn", "ftp://files.hanoi.gov.vn/a.pdf", "http://"];
    expect(checkResponse(planDocument, answer({ evidenceLinks: links }), context).errors).toEqual([
      { field: "evidence", code: "checks.invalidLink", params: { link: "www.hanoi.gov.vn" } },
      { field: "evidence", code: "checks.invalidLink", params: { link: "ftp://files.hanoi.gov.vn/a.pdf" } },
      { field: "evidence", code: "checks.invalidLink", params: { link: "http://" } },
    ]);
  });
});

describe("comments", () => {
  const unusual = answer({ numerator: 420_000, denominator: 2_100_000 });

  it("resolves warnings with a comment", () => {
    const check = checkResponse(learningFamilies, { ...unusual, comment: "Năm 2025 đổi tiêu chí công nhận gia đình học tập." }, context);
    expect(check.warnings).toHaveLength(1);
    expect(check.unresolvedWarnings).toEqual([]);
  });

  it("does not count a blank comment", () => {
    expect(checkResponse(learningFamilies, { ...unusual, comment: "   " }, context).unresolvedWarnings).toHaveLength(1);
  });

  it("does not resolve errors with a comment", () => {
    const check = checkResponse(happySchools, answer({ value: -3, comment: "Số liệu tạm tính." }), context);
    expect(codes(check.errors)).toEqual(["value:checks.negative"]);
  });
});

describe("completionProblems", () => {
  it("lists every error, missing answer and uncommented warning, in order", () => {
    const problems = completionProblems([
      { indicatorId: "families", indicator: learningFamilies, answer: answer({ numerator: 2_400_000, denominator: 2_100_000 }), context },
      { indicatorId: "schools", indicator: happySchools, answer: answer({ value: 2_500 }), context },
      { indicatorId: "population", indicator: population, answer: answer({ value: 8_587_100 }), context },
      { indicatorId: "narrative", indicator: narrative, answer: null, context },
      { indicatorId: "schools-commented", indicator: happySchools, answer: answer({ value: 2_500, comment: "Sáp nhập hai quận." }), context },
      { indicatorId: "plan", indicator: planDocument, answer: answer({ evidenceLinks: ["hanoi.gov.vn"] }), context },
      { indicatorId: "optional", indicator: { ...hasPlan, required: false }, answer: null, context },
      { indicatorId: "half-rate", indicator: learningFamilies, answer: answer({ numerator: 10 }), context },
    ]);
    expect(problems).toEqual([
      { indicatorId: "families", code: "checks.numeratorAboveDenominator", params: { numerator: 2_400_000, denominator: 2_100_000 } },
      { indicatorId: "schools", code: "checks.commentNeeded" },
      { indicatorId: "population", code: "checks.dataYearMissing" },
      { indicatorId: "narrative", code: "checks.required" },
      { indicatorId: "plan", code: "checks.invalidLink", params: { link: "hanoi.gov.vn" } },
      { indicatorId: "half-rate", code: "checks.needBoth" },
      { indicatorId: "half-rate", code: "checks.required" },
    ]);
  });

  it("is empty for a clean checklist", () => {
    expect(
      completionProblems([
        { indicatorId: "families", indicator: learningFamilies, answer: answer({ numerator: 1_420_000, denominator: 2_100_000 }), context },
        { indicatorId: "population", indicator: population, answer: answer({ value: 8_587_100, dataYear: 2024 }), context },
      ]),
    ).toEqual([]);
  });
});
