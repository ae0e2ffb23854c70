import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

// The words docs/glossary.md rules out, each with the term to use instead. A text that names a
// framework, a checklist or a review in another word fails here with its key. Placeholders
// ({percentile}) are names in code, not words a reader sees.
const ruledOut: Record<"vi" | "en", { pattern: RegExp; use: string }[]> = {
  vi: [
    { pattern: /bộ tiêu chí|bộ chỉ tiêu/i, use: "bộ chỉ số" },
    { pattern: /(?<!bộ )(?<!\p{L})chỉ số(?! liệu)/iu, use: "chỉ tiêu (an indicator); chỉ số only in bộ chỉ số" },
    { pattern: /bản tự đánh giá|bảng tự đánh giá|phiếu đánh giá/i, use: "phiếu tự đánh giá" },
    { pattern: /\d+\}? bảng\b|\bbảng (nào|đã chọn|khác|quá hạn|đang chờ)/i, use: "phiếu (a checklist), bảng only for a table" },
    { pattern: /xem xét/i, use: "thẩm định" },
    { pattern: /bách phân vị/i, use: "ngang bằng hoặc tốt hơn …% số thành phố" },
    { pattern: /sổ excel/i, use: "bảng tính Excel" },
  ],
  en: [
    { pattern: /(?<!self-)\bassessments?\b/i, use: "checklist" },
    { pattern: /\bsubmission\b/i, use: "checklist (or: sent for review)" },
    { pattern: /\bpercentile\b/i, use: "level with or better than …% of cities" },
  ],
};

function texts(messages: object, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : texts(value as object, `${prefix}${key}.`)));
}

describe("the glossary", () => {
  it.each([
    ["vi", vi],
    ["en", en],
  ] as const)("%s: no text uses a word the glossary rules out", (language, messages) => {
    const found = texts(messages).flatMap(([key, text]) =>
      ruledOut[language].filter(({ pattern }) => pattern.test(text.replace(/\{\w+\}/g, ""))).map(({ use }) => `${key}: "${text.slice(0, 80)}" (use ${use})`),
    );
    expect(found).toEqual([]);
  });

  it("catches a ruled-out word", () => {
    expect(ruledOut.vi.some(({ pattern }) => pattern.test("Chọn bộ tiêu chí"))).toBe(true);
    expect(ruledOut.vi.some(({ pattern }) => pattern.test("Không có bảng nào chờ"))).toBe(true);
    expect(ruledOut.vi.some(({ pattern }) => pattern.test("Bảng số liệu"))).toBe(false);
    expect(ruledOut.vi.some(({ pattern }) => pattern.test("Mã chỉ số"))).toBe(true);
    expect(ruledOut.vi.some(({ pattern }) => pattern.test("Mã bộ chỉ số. Chỉ số liệu của một tỷ lệ"))).toBe(false);
    expect(ruledOut.en.some(({ pattern }) => pattern.test("Start a new assessment"))).toBe(true);
    expect(ruledOut.en.some(({ pattern }) => pattern.test("Learning city self-assessment"))).toBe(false);
  });
});
