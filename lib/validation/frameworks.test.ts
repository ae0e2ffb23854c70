import { describe, expect, it } from "vitest";
import { draftIndicatorFormSchema, fractionToPercent, percentToFraction, toDraftIndicatorFormValues, updateDraftIndicatorSchema } from "./frameworks";

const stored = {
  id: "ind-1",
  type: "rate",
  labelVi: "Gia đình học tập",
  labelEn: "Learning families",
  helpVi: null,
  helpEn: "Share of households",
  verified: false,
  verificationNoteVi: "Cần đối chiếu",
  verificationNoteEn: null,
  targets: [
    { year: 2025, value: 0.07, sourceTitle: "QĐ 387", sourceUrl: null },
    { year: 2030, value: 0.625, sourceTitle: "KH 291", sourceUrl: "https://hanoi.gov.vn/kh-291" },
  ],
};

describe("the draft indicator form", () => {
  it("shows a rate's targets as percentages in the user's locale", () => {
    expect(toDraftIndicatorFormValues(stored, "vi").targets.map((t) => t.value)).toEqual(["7", "62,5"]);
    expect(toDraftIndicatorFormValues(stored, "en").targets.map((t) => t.value)).toEqual(["7", "62.5"]);
  });

  it("round-trips a stored indicator through the boxes", () => {
    const { id, ...fields } = stored;
    expect(draftIndicatorFormSchema("vi").parse(toDraftIndicatorFormValues(stored, "vi"))).toEqual({ indicatorId: id, ...fields });
  });

  it("reads a typed percentage as the stored fraction, and the server schema accepts its own output unchanged", () => {
    const form = { ...toDraftIndicatorFormValues(stored, "vi"), targets: [{ year: "2030", value: "75", sourceTitle: "KH 291", sourceUrl: " " }] };
    const parsed = draftIndicatorFormSchema("vi").parse(form);
    expect(parsed.targets).toEqual([{ year: 2030, value: 0.75, sourceTitle: "KH 291", sourceUrl: null }]);
    expect(updateDraftIndicatorSchema.parse(parsed)).toEqual(parsed);
  });

  it("leaves targets of other types as typed", () => {
    const form = { ...toDraftIndicatorFormValues({ ...stored, type: "count", targets: [] }, "en"), targets: [{ year: "2030", value: "1,200", sourceTitle: "Plan", sourceUrl: "" }] };
    expect(draftIndicatorFormSchema("en").parse(form).targets[0].value).toBe(1200);
  });

  it("reports each wrong box under its row", () => {
    const form = {
      ...toDraftIndicatorFormValues(stored, "en"),
      labelEn: " ",
      targets: [
        { year: "2030", value: "120", sourceTitle: "KH 291", sourceUrl: "" },
        { year: "2030", value: "50", sourceTitle: "", sourceUrl: "javascript:alert(1)" },
      ],
    };
    const result = draftIndicatorFormSchema("en").safeParse(form);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual(
      expect.arrayContaining([
        ["labelEn", "validation.required"],
        ["targets.0.value", "validation.rateTargetRange"],
        ["targets.1.sourceTitle", "validation.required"],
        ["targets.1.sourceUrl", "validation.url"],
      ]),
    );
    const duplicate = draftIndicatorFormSchema("en").safeParse({ ...form, labelEn: "x", targets: [form.targets[0], { ...form.targets[0], value: "50" }].map((t) => ({ ...t, value: "50" })) });
    expect(duplicate.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["targets.1.year", "validation.duplicateTargetYear"]]);
  });

  it("refuses a target whose source is an internal note, under its row", () => {
    const form = { ...toDraftIndicatorFormValues(stored, "vi"), targets: [{ year: "2030", value: "75", sourceTitle: "KH 291 (seed 001)", sourceUrl: "" }] };
    expect(draftIndicatorFormSchema("vi").safeParse(form).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["targets.0.sourceTitle", "validation.internalNote"]]);
  });

  it("reports a box that holds no number, and a missing year", () => {
    const form = { ...toDraftIndicatorFormValues(stored, "vi"), targets: [{ year: "", value: "bảy mươi", sourceTitle: "KH", sourceUrl: "" }] };
    expect(draftIndicatorFormSchema("vi").safeParse(form).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["targets.0.year", "validation.required"],
      ["targets.0.value", "checks.notANumber"],
    ]);
  });

  it("converts between fractions and percentages without float noise", () => {
    expect(fractionToPercent(0.07)).toBe(7);
    expect(percentToFraction(33.3)).toBe(0.333);
    expect(percentToFraction(fractionToPercent(0.575))).toBe(0.575);
  });
});
