import { gaps, readiness, type ScoringAnswer, type ScoringIndicator } from "../readiness/score";
import { targetsFor, type ScopedTarget } from "../readiness/target-scope";

// Turns stored indicators and answers into the scoring module's plain inputs, so every page that
// shows a readiness figure computes it the same way.

export interface StoredIndicator {
  id: string;
  sectionId: string;
  type: string;
  direction: string;
  weight: number;
  required: boolean;
  /** Absent counts as true (lib/readiness/score countsTowardsCompleteness). */
  countsTowardsCompleteness?: boolean;
  levelScale: string | null;
  /** National targets and cities' own plans (`cityId`); only those that apply to the scored city count. */
  targets: ScopedTarget[];
}

export interface StoredAnswer {
  indicatorId: string;
  value: number | null;
  text: string | null;
  evidenceNote: string | null;
  evidenceLinks: string[];
}

export type LevelScales = Record<string, { value: number; labelVi: string; labelEn: string }[]>;

export function parseLevelScales(json: string): LevelScales {
  try {
    const parsed = JSON.parse(json);
    return parsed && typeof parsed === "object" ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * The indicators as the scoring module wants them, for the city `cityId` (lib/readiness/target-scope):
 * national targets and that city's own plan; without a city, national targets only.
 */
export function toScoringIndicators(indicators: StoredIndicator[], sectionPaths: Map<string, string>, scales: LevelScales, cityId?: string | null): ScoringIndicator[] {
  return indicators.map((indicator) => {
    const scale = indicator.levelScale ? scales[indicator.levelScale] : undefined;
    return {
      id: indicator.id,
      sectionPath: (sectionPaths.get(indicator.sectionId) ?? "").split("/").filter(Boolean),
      type: indicator.type as ScoringIndicator["type"],
      direction: indicator.direction === "lower" ? "lower" : "higher",
      weight: indicator.weight,
      required: indicator.required,
      countsTowardsCompleteness: indicator.countsTowardsCompleteness,
      targets: targetsFor(indicator.targets, cityId),
      topLevel: scale?.length ? Math.max(...scale.map((l) => l.value)) : null,
    };
  });
}

/** Text, dates and evidence only mark an indicator as answered; the scoring module wants a number. */
export function toScoringAnswers(indicators: StoredIndicator[], answers: StoredAnswer[]): ScoringAnswer[] {
  const types = new Map(indicators.map((i) => [i.id, i.type]));
  return answers.map((answer) => {
    const type = types.get(answer.indicatorId);
    if (type === "text" || type === "date") return { indicatorId: answer.indicatorId, value: answer.text?.trim() ? 1 : null };
    if (type === "evidence") {
      const has = !!answer.evidenceNote?.trim() || answer.evidenceLinks.length > 0;
      return { indicatorId: answer.indicatorId, value: has ? 1 : null };
    }
    // A rate outside 0–100% is a typing error the checklist already flags; it counts as no answer
    // until fixed rather than as a target met.
    if (type === "rate" && answer.value !== null && (answer.value < 0 || answer.value > 1)) return { indicatorId: answer.indicatorId, value: null };
    return { indicatorId: answer.indicatorId, value: answer.value };
  });
}

export function scoreChecklist(
  sections: { id: string; path: string }[],
  indicators: StoredIndicator[],
  answers: StoredAnswer[],
  levelScales: LevelScales,
  year: number,
  cityId?: string | null,
) {
  const scoring = toScoringIndicators(indicators, new Map(sections.map((s) => [s.id, s.path])), levelScales, cityId);
  const result = readiness(scoring, toScoringAnswers(indicators, answers), year);
  return { ...result, gaps: gaps(scoring, result) };
}
