// A city's readiness: the attainment of every indicator rolled up into its sections and the whole
// framework, and the list of what still keeps the city from its targets. Pure functions over
// already-loaded indicators and answers; the per-indicator rules live in ./attainment and the
// trend over years in ./projection, re-exported here so callers import one module.

import { attainment, attainmentStatuses, countsTowardsCompleteness, type Attainment, type AttainmentStatus, type ScoringAnswer, type ScoringIndicator } from "./attainment";

export * from "./attainment";
export * from "./projection";

export interface SectionScore {
  /** Weighted mean of the scores of answered, scored indicators in the subtree; null when there are none. */
  score: number | null;
  /** Answered weight over scored weight in the subtree; null when nothing is scored. */
  coverage: number | null;
  counts: Record<AttainmentStatus, number>;
  /** Indicators with an answer, scored or not, among those that count towards completeness. */
  answered: number;
  /** The indicators in the subtree that count towards completeness (every required one), scored or not. */
  total: number;
  /** Required indicators, scored or not, still without an answer. */
  requiredMissing: number;
}

export interface Readiness {
  overall: SectionScore;
  /** Key: the section path joined with "/"; every enclosing section of every indicator has one. */
  sections: Map<string, SectionScore>;
  indicators: Map<string, Attainment>;
}

export interface Gap {
  indicatorId: string;
  status: "behind" | "noData";
  score: number | null;
  /** weight * (1 - score) for an indicator behind; null without an answer, where it is unknown. */
  shortfall: number | null;
}

// A weight that is missing, negative or not a number counts as none: the indicator is listed but
// cannot move a score.
const weightOf = (indicator: ScoringIndicator) => (Number.isFinite(indicator.weight) && indicator.weight > 0 ? indicator.weight : 0);

/** Running sums for one section, turned into a SectionScore at the end. */
class Tally {
  private weightedScore = 0;
  private answeredWeight = 0;
  private scoredWeight = 0;
  private counts = Object.fromEntries(attainmentStatuses.map((s) => [s, 0])) as Record<AttainmentStatus, number>;
  private answered = 0;
  private total = 0;
  private requiredMissing = 0;

  add(indicator: ScoringIndicator, result: Attainment, hasAnswer: boolean) {
    const weight = weightOf(indicator);
    this.counts[result.status]++;
    if (countsTowardsCompleteness(indicator)) {
      this.total++;
      if (hasAnswer) this.answered++;
      else if (indicator.required) this.requiredMissing++;
    }
    if (result.status === "notScored") return;
    this.scoredWeight += weight;
    if (result.score !== null) {
      this.answeredWeight += weight;
      this.weightedScore += weight * result.score;
    }
  }

  // Missing answers are left out of the score but lower the coverage: a half-filled checklist
  // shows as incomplete rather than silently as zero.
  result(): SectionScore {
    return {
      score: this.answeredWeight > 0 ? this.weightedScore / this.answeredWeight : null,
      coverage: this.scoredWeight > 0 ? this.answeredWeight / this.scoredWeight : null,
      counts: { ...this.counts },
      answered: this.answered,
      total: this.total,
      requiredMissing: this.requiredMissing,
    };
  }
}

/**
 * Every indicator's attainment in `year`, and the scores of every section and of the whole. A
 * parent section's score is over its whole subtree by indicator weight (not a mean of its
 * subsections' scores), so a section with many indicators is not outvoted by a small one.
 */
export function readiness(indicators: readonly ScoringIndicator[], answers: readonly ScoringAnswer[], year: number): Readiness {
  // The last answer for an indicator wins; answers for unknown indicators are ignored.
  const valueById = new Map<string, number | null>();
  for (const answer of answers) valueById.set(answer.indicatorId, answer.value);

  const overall = new Tally();
  const tallies = new Map<string, Tally>();
  const results = new Map<string, Attainment>();
  for (const indicator of indicators) {
    const value = valueById.get(indicator.id) ?? null;
    const hasAnswer = value !== null && Number.isFinite(value);
    const result = attainment(indicator, value, year);
    results.set(indicator.id, result);
    overall.add(indicator, result, hasAnswer);
    for (let depth = 1; depth <= indicator.sectionPath.length; depth++) {
      const key = indicator.sectionPath.slice(0, depth).join("/");
      let tally = tallies.get(key);
      if (!tally) tallies.set(key, (tally = new Tally()));
      tally.add(indicator, result, hasAnswer);
    }
  }
  const sections = new Map<string, SectionScore>();
  for (const [key, tally] of tallies) sections.set(key, tally.result());
  return { overall: overall.result(), sections, indicators: results };
}

/**
 * What keeps the city from its targets, most urgent first: indicators behind, by how much weighted
 * score they lose; then required indicators without an answer, then optional ones. Ties keep the
 * framework's order. Indicators met or on track are not gaps.
 */
export function gaps(indicators: readonly ScoringIndicator[], result: Readiness): Gap[] {
  const ranked: { gap: Gap; group: number; index: number }[] = [];
  indicators.forEach((indicator, index) => {
    const a = result.indicators.get(indicator.id);
    if (!a) return;
    if (a.status === "behind") {
      const shortfall = weightOf(indicator) * (1 - (a.score ?? 0));
      ranked.push({ gap: { indicatorId: indicator.id, status: "behind", score: a.score, shortfall }, group: 0, index });
    } else if (a.status === "noData") {
      const gap: Gap = { indicatorId: indicator.id, status: "noData", score: null, shortfall: null };
      ranked.push({ gap, group: indicator.required ? 1 : 2, index });
    }
  });
  ranked.sort((x, y) => x.group - y.group || (y.gap.shortfall ?? 0) - (x.gap.shortfall ?? 0) || x.index - y.index);
  return ranked.map((r) => r.gap);
}
