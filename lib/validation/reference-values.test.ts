import { describe, expect, it } from "vitest";
import { blankReferenceValue, referenceValueFormSchema, referenceValueProblems, referenceValueSchema, toReferenceValueFormValues } from "./reference-values";
import { fieldErrors } from "./zod";

const types: Record<string, string> = { "vn-learning-society/LF": "rate", "happy-schools/HS-COUNT": "count" };
const typeOf = (framework: string, indicator: string) => types[`${framework}/${indicator}`];

const learningFamilies = {
  ...blankReferenceValue,
  cityId: "ha-noi-id",
  frameworkCode: "vn-learning-society",
  indicatorCode: "LF",
  year: "2025",
  value: "67",
  count: "1.420.000",
  sourceTitle: "VnExpress, 12/2025",
};

describe("the reference value form", () => {
  it("stores a rate typed as a percentage as a fraction, in either language", () => {
    expect(referenceValueFormSchema("vi", typeOf).parse(learningFamilies)).toMatchObject({ value: 0.67, count: 1_420_000, year: 2025, sourceUrl: null });
    expect(referenceValueFormSchema("vi", typeOf).parse({ ...learningFamilies, value: "67,5" }).value).toBe(0.675);
    expect(referenceValueFormSchema("en", typeOf).parse({ ...learningFamilies, value: "67.5", count: "1,420,000" })).toMatchObject({ value: 0.675, count: 1_420_000 });
  });

  it("keeps a count as typed", () => {
    const parsed = referenceValueFormSchema("vi", typeOf).parse({ ...learningFamilies, frameworkCode: "happy-schools", indicatorCode: "HS-COUNT", value: "3.000", count: "" });
    expect(parsed).toMatchObject({ value: 3000, count: null });
  });

  it("refuses a percentage over 100, a missing source and a missing value", () => {
    const errors = (input: object) => {
      const result = referenceValueFormSchema("vi", typeOf).safeParse({ ...learningFamilies, ...input });
      return result.success ? {} : fieldErrors(result.error);
    };
    expect(errors({ value: "167" })).toEqual({ value: "referenceData.errors.rateRange" });
    expect(errors({ sourceTitle: "" })).toEqual({ sourceTitle: "validation.required" });
    expect(errors({ value: "" })).toEqual({ value: "validation.required" });
    expect(errors({ year: "1890" })).toEqual({ year: "validation.tooSmall" });
    expect(errors({ indicatorCode: "" })).toEqual({ indicatorCode: "validation.required" });
  });

  it("puts a stored rate back into the form as a percentage, and passes the server's schema", () => {
    const stored = { ...referenceValueSchema.parse({ ...referenceValueFormSchema("vi", typeOf).parse(learningFamilies), id: "rv1" }), id: "rv1" };
    const form = toReferenceValueFormValues(stored, "rate", "vi");
    expect(form).toMatchObject({ id: "rv1", value: "67", count: "1420000", year: "2025", sourceUrl: "" });
    expect(referenceValueFormSchema("vi", typeOf).parse(form)).toEqual(stored);
  });
});

describe("a published figure's basis and dates", () => {
  it("keeps a share of registered households as a share, and a count of registered models as the count typed", () => {
    const registered = referenceValueFormSchema("vi", typeOf).parse({ ...learningFamilies, value: "89,06", count: "1.669.074", basis: "share-of-registered-households", asOf: "2024-12-19" });
    expect(registered).toMatchObject({ value: 0.8906, basis: "share-of-registered-households", asOf: "2024-12-19", publishedOn: null });
    const models = referenceValueFormSchema("vi", typeOf).parse({ ...learningFamilies, value: "26.074", count: "", basis: "count-of-registered-models", asOf: "2024-10" });
    expect(models).toMatchObject({ value: 26074, count: null, basis: "count-of-registered-models", asOf: "2024-10" });
    expect(toReferenceValueFormValues({ ...models, id: "rv2" }, "rate", "vi")).toMatchObject({ value: "26074", basis: "count-of-registered-models" });
    expect(referenceValueFormSchema("vi", typeOf).parse(learningFamilies).basis).toBeNull();
  });

  it("refuses a basis on a count, a count behind a count basis, a malformed date and a working note as source", () => {
    const errors = (input: object) => {
      const result = referenceValueFormSchema("vi", typeOf).safeParse({ ...learningFamilies, ...input });
      return result.success ? {} : fieldErrors(result.error);
    };
    expect(errors({ frameworkCode: "happy-schools", indicatorCode: "HS-COUNT", value: "3", count: "", basis: "count-of-recognised-titles" })).toEqual({ basis: "referenceData.errors.basisOnlyForRate" });
    expect(errors({ value: "26074", basis: "count-of-registered-models" })).toEqual({ count: "referenceData.errors.countWithCountBasis" });
    expect(errors({ asOf: "15/11/2024" })).toEqual({ asOf: "referenceData.errors.date" });
    expect(errors({ sourceTitle: "VnExpress, 12/2025 (seed 001)" })).toEqual({ sourceTitle: "validation.internalNote" });
    expect(referenceValueSchema.safeParse({ ...referenceValueFormSchema("vi", typeOf).parse(learningFamilies), basis: "share-of-everything" }).success).toBe(false);
  });
});

describe("a value against its indicator's type", () => {
  it("takes a rate from 0 to 1 with a whole count behind it, and a whole count", () => {
    expect(referenceValueProblems("rate", { value: 0.67, count: 1_420_000 })).toEqual({});
    expect(referenceValueProblems("count", { value: 3000, count: null })).toEqual({});
    expect(referenceValueProblems("number", { value: 2.5, count: null })).toEqual({});
  });

  it("refuses a rate over 1, a fractional count, a count behind a non-rate, and non-numeric indicators", () => {
    expect(referenceValueProblems("rate", { value: 67, count: 0.5 })).toEqual({ value: "referenceData.errors.rateRange", count: "validation.wholeNumber" });
    expect(referenceValueProblems("count", { value: 2.5, count: 3 })).toEqual({ value: "validation.wholeNumber", count: "referenceData.errors.countOnlyForRate" });
    for (const type of ["level", "text", "boolean", "date", "evidence"]) {
      expect(referenceValueProblems(type, { value: 1, count: null })).toEqual({ indicatorCode: "referenceData.errors.notNumeric" });
    }
  });
});
