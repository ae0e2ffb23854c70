// Stored rows as the open-data queries load them, for the tests of the records and of the OpenAPI
// description. Not used by the app.
import type { ResultRow } from "./records";

export const city = { slug: "demo-city", nameVi: "Thành phố Minh Hoà", nameEn: "Minh Hoa City", publishesOpenData: true };
const scales = JSON.stringify({ "happy-school-3": [{ value: 1, labelVi: "Cần cải thiện", labelEn: "Needs improvement" }, { value: 2, labelVi: "Khá", labelEn: "Fair" }, { value: 3, labelVi: "Tốt", labelEn: "Good" }] });
export const approvedAt = new Date("2026-03-17T08:40:00Z");

export function resultRow(overrides: { type?: string; value?: number | null; numerator?: number | null; denominator?: number | null; text?: string | null; status?: string; publishes?: boolean; targets?: ResultRow["indicator"]["targets"]; levelScale?: string | null } = {}): ResultRow {
  return {
    numerator: overrides.numerator ?? null,
    denominator: overrides.denominator ?? null,
    value: overrides.value ?? null,
    text: overrides.text ?? null,
    dataYear: null,
    assessment: {
      status: overrides.status ?? "approved",
      year: 2025,
      approvedAt,
      fromPublications: false,
      cityId: "city-sample",
      city: { ...city, publishesOpenData: overrides.publishes ?? true },
      framework: { code: "vn-learning-society", version: 2, titleVi: "Xã hội học tập", titleEn: "Learning society", levelScales: scales },
    },
    indicator: {
      id: "ind-1",
      sectionId: "sec-1",
      code: "LF",
      labelVi: "Tỷ lệ gia đình học tập",
      labelEn: "Share of learning families",
      type: overrides.type ?? "rate",
      direction: "higher",
      unitVi: null,
      unitEn: null,
      levelScale: overrides.levelScale ?? null,
      weight: 1,
      required: true,
      section: { path: "A/A1" },
      targets: overrides.targets ?? [],
    },
  };
}

export const targets = [
  { year: 2025, value: 0.7, sourceTitle: "QĐ 387/QĐ-TTg", sourceUrl: null },
  { year: 2030, value: 0.8, sourceTitle: "KH 291", sourceUrl: "https://example.gov.vn/kh-291" },
];

