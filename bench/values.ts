// Plausible answers for generated assessments: each indicator type gets values of the kind an
// official would type for a commune or ward, drifting upwards over the years so trends have a shape.

export interface IndicatorShape {
  id: string;
  type: string;
  unitEn: string | null;
  softMin: number | null;
  softMax: number | null;
  levelScale: string | null;
  asOfYear: boolean;
  evidence: string;
}

export interface Answer {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  text: string | null;
  dataYear: number | null;
  evidenceNote: string | null;
}

const firstYear = 2020;
const texts = [
  "Đơn vị duy trì mô hình học tập cộng đồng, phối hợp với trung tâm học tập cộng đồng và các đoàn thể tổ chức lớp học cho người dân.",
  "Ủy ban nhân dân ban hành kế hoạch năm, giao chỉ tiêu cho từng thôn, tổ dân phố và kiểm tra kết quả mỗi quý.",
  "Khuyến học, khuyến tài được đẩy mạnh; nhiều gia đình, dòng họ được công nhận danh hiệu học tập.",
];
// Ranges by unit where an indicator has no soft bounds: a commune's area, a per-head GDP.
const numberRanges: Record<string, [number, number]> = { "km²": [2, 150], USD: [1500, 9000] };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const between = (random: () => number, low: number, high: number) => low + random() * (high - low);

/**
 * An answer to `indicator` for `year`. `levels` lists the values of the indicator's level scale;
 * `random` is the generator's seeded sequence.
 */
export function plausibleAnswer(indicator: IndicatorShape, year: number, levels: readonly number[], random: () => number): Answer {
  const progress = Math.max(0, year - firstYear);
  const answer: Answer = { numerator: null, denominator: null, value: null, text: null, dataYear: indicator.asOfYear ? year : null, evidenceNote: null };
  switch (indicator.type) {
    case "rate": {
      const denominator = Math.round(between(random, 300, 12_000));
      const share = Math.min(0.98, between(random, 0.4, 0.8) + 0.025 * progress);
      answer.denominator = denominator;
      answer.numerator = Math.round(denominator * share);
      answer.value = answer.numerator / denominator;
      break;
    }
    case "count":
      answer.value = Math.round(indicator.unitEn === "people" ? between(random, 3_000, 60_000) : between(random, 1, 200));
      break;
    case "number": {
      const [low, high] = indicator.softMin !== null && indicator.softMax !== null ? [indicator.softMin, indicator.softMax] : (numberRanges[indicator.unitEn ?? ""] ?? [1, 1_000]);
      answer.value = round(between(random, low, high), 1);
      break;
    }
    case "boolean":
      answer.value = random() < 0.8 ? 1 : 0;
      break;
    case "level": {
      // Later years lean towards the upper levels.
      const position = Math.min(levels.length - 1, Math.floor(random() * levels.length * (0.7 + 0.06 * progress)));
      answer.value = levels.length ? levels[position] : null;
      break;
    }
    case "date":
      answer.text = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
      break;
    case "text":
      answer.text = texts[Math.floor(random() * texts.length)];
      break;
  }
  if (indicator.evidence !== "none" && (indicator.evidence === "required" || random() < 0.5)) {
    answer.evidenceNote = `Báo cáo tổng kết năm ${year} của Ủy ban nhân dân, lưu tại bộ phận văn hóa – xã hội.`;
  }
  return answer;
}
