import { describe, expect, it } from "vitest";
import { attainment, type ScoringIndicator } from "../readiness/attainment";
import { scopeLongRows, scopeLongTable, scopeWideRows, scopeWideTable, type ScopeAssessment } from "./scope-rows";
import { cellValue } from "./table-rows";
import { translatorFor } from "@/i18n/translator";

const rate: ScoringIndicator = { id: "lf", sectionPath: ["A"], type: "rate", direction: "higher", weight: 1, required: true, targets: [{ year: 2025, value: 0.7 }] };
const count: ScoringIndicator = { id: "hs", sectionPath: ["A"], type: "count", direction: "higher", weight: 1, required: false, targets: [] };

const assessment: ScopeAssessment = {
  id: "a1",
  city: { slug: "demo", nameVi: "Thành phố Minh Hoà", nameEn: "Minh Hoa City", provinceVi: "Tỉnh Hoà Bình", provinceEn: "Hoa Binh Province" },
  frameworkCode: "vn-learning-society",
  year: 2024,
  status: "approved",
  completedAt: null,
  readiness: 0.886,
  coverage: 1,
  indicators: [
    { code: "LF", labelVi: "Gia đình học tập", labelEn: "Learning families", type: "rate", numerator: 611, denominator: 985, value: 611 / 985, attainment: attainment(rate, 611 / 985, 2024) },
    { code: "HS", labelVi: "Trường học hạnh phúc", labelEn: "Happy schools", type: "count", numerator: null, denominator: null, value: 12, attainment: attainment(count, 12, 2024) },
  ],
};

describe("scope rows", () => {
  const vi = translatorFor("vi");

  it("gives one wide row per indicator with the figures as numbers in their formats", () => {
    const rows = scopeWideRows(assessment, vi);
    expect(rows).toHaveLength(2);
    const columns = scopeWideTable(vi).columns;
    expect(columns.map((c) => c.header)).toEqual(["Thành phố", "Tỉnh/thành", "Trạng thái", "Mức sẵn sàng", "Mã chỉ tiêu", "Chỉ tiêu", "Loại", "Tử số", "Mẫu số", "Giá trị", "Mục tiêu", "Mức đạt"]);
    expect(rows[0]).toEqual([
      "Thành phố Minh Hoà",
      "Tỉnh Hoà Bình",
      "Đã duyệt",
      0.886,
      "LF",
      "Gia đình học tập",
      "Tỷ lệ",
      { value: 611, format: "integer" },
      { value: 985, format: "integer" },
      { value: 611 / 985, format: "percent" },
      { value: 0.7, format: "percent" },
      "Chậm",
    ]);
    expect(columns[3].format).toBe("score");
    // A count with no target: its value stays a number, with nothing to attain.
    expect(rows[1].slice(7)).toEqual([null, null, { value: 12, format: "integer" }, null, "Không tính điểm"]);
  });

  it("writes names and labels in the reader's language", () => {
    const en = translatorFor("en");
    const [row] = scopeWideRows(assessment, en);
    expect(row.slice(0, 3)).toEqual(["Minh Hoa City", "Hoa Binh Province", "Approved"]);
    expect(row[5]).toBe("Learning families");
    expect(scopeWideTable(en).name).toBe("Cities × indicators");
  });

  it("gives one long row per indicator and measure that has a figure", () => {
    const rows = scopeLongRows(assessment, vi);
    const lf = rows.filter((r) => r[5] === "LF");
    expect(lf.map((r) => r[6])).toEqual(["Tử số", "Mẫu số", "Giá trị", "Mục tiêu", "Điểm đạt"]);
    expect(lf.map((r) => cellValue(r[7]))).toEqual([611, 985, 611 / 985, 0.7, 611 / 985 / 0.7]);
    expect(lf[0].slice(0, 5)).toEqual(["Thành phố Minh Hoà", "Tỉnh Hoà Bình", "vn-learning-society", 2024, "Đã duyệt"]);
    // The count has only its value: no numerator, denominator, target or score.
    expect(rows.filter((r) => r[5] === "HS").map((r) => r[6])).toEqual(["Giá trị"]);
    expect(scopeLongTable(vi).columns.find((c) => c.header === "Năm")?.format).toBe("whole");
  });
});
