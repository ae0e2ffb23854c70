import type { CheckIndicator } from "./check-response";
import { parseLevelScales } from "./score-checklist";

export interface IndicatorRules {
  type: string;
  required: boolean;
  evidence: string;
  asOfYear: boolean;
  softMin: number | null;
  softMax: number | null;
  maxYearChange: number | null;
  maxWords: number | null;
  levelScale: string | null;
}

/** The checking rules of a stored indicator, as the browser and the server both apply them. */
export function toCheckIndicator(indicator: IndicatorRules, levelScalesJson: string): CheckIndicator {
  const scale = indicator.levelScale ? parseLevelScales(levelScalesJson)[indicator.levelScale] : undefined;
  return {
    type: indicator.type as CheckIndicator["type"],
    required: indicator.required,
    evidence: indicator.evidence as CheckIndicator["evidence"],
    asOfYear: indicator.asOfYear,
    softMin: indicator.softMin,
    softMax: indicator.softMax,
    maxYearChange: indicator.maxYearChange,
    maxWords: indicator.maxWords,
    levelValues: scale?.map((level) => level.value),
  };
}
