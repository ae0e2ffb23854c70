// How one indicator's answer stands against its targets. Pure functions over plain numbers, so the
// rules the readiness page shows are the rules the tests check. Rates are fractions (0.7 is 70%),
// as in the framework file; booleans arrive as 1/0 and levels as the value on their scale.

export type IndicatorType = "rate" | "count" | "number" | "boolean" | "level" | "date" | "text" | "evidence";
export type Direction = "higher" | "lower";

export interface Target {
  year: number;
  value: number;
}

export interface ScoringIndicator {
  id: string;
  /** Codes of the enclosing sections, outermost first. */
  sectionPath: string[];
  type: IndicatorType;
  direction: Direction;
  weight: number;
  required: boolean;
  /** False for an optional indicator that only records extra information: left out of answered / total. */
  countsTowardsCompleteness?: boolean;
  targets: Target[];
  /** For `level`: the highest value on its scale. */
  topLevel?: number | null;
}

/** Whether an indicator is among those a checklist asks to answer: every required one, and optional ones unless the framework says otherwise. */
export function countsTowardsCompleteness(indicator: Pick<ScoringIndicator, "required" | "countsTowardsCompleteness">): boolean {
  return indicator.required || indicator.countsTowardsCompleteness !== false;
}

export interface ScoringAnswer {
  indicatorId: string;
  /**
   * Rate as a fraction, count, number, level value, boolean as 1/0; null = no answer. For text,
   * date and evidence any non-null value only marks the indicator as answered.
   */
  value: number | null;
}

export const attainmentStatuses = ["met", "onTrack", "behind", "noData", "notScored"] as const;
export type AttainmentStatus = (typeof attainmentStatuses)[number];

export interface Attainment {
  status: AttainmentStatus;
  /** 0..1, or null when there is no answer or the indicator is not scored. */
  score: number | null;
  /** The target the answer is judged against this year. */
  target: Target | null;
  /** Where the city should be this year on the way to `target`. */
  expected: number | null;
}

const finite = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value);
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

// A figure typed as 74% must not fall short of a 74% line through float rounding
// (0.7 + (0.8 - 0.7) * 2 / 5 is 0.7400000000000001).
const tolerance = (reference: number) => 1e-9 * Math.max(1, Math.abs(reference));

/** Whether `value` is at least as good as `reference` in the indicator's direction. */
export function meets(direction: Direction, value: number, reference: number): boolean {
  return direction === "higher" ? value >= reference - tolerance(reference) : value <= reference + tolerance(reference);
}

/**
 * A rate from its two counts. Null when it cannot be computed (missing, non-finite, or a zero or
 * negative denominator), so an empty population never reads as 0%. A result above 1 is returned
 * as is: rejecting it is the answer validation's job, and scoring must not hide it.
 */
export function rateOf(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (!finite(numerator) || !finite(denominator) || denominator <= 0) return null;
  return numerator / denominator;
}

/**
 * The target that applies in `year`: the next one still ahead (or due this year). Past the last
 * target year a city is still held to that last target rather than to nothing. Targets need not
 * be sorted.
 */
export function governingTarget(targets: readonly Target[], year: number): Target | null {
  let ahead: Target | null = null;
  let latest: Target | null = null;
  for (const target of targets) {
    if (target.year >= year && (!ahead || target.year < ahead.year)) ahead = target;
    if (!latest || target.year > latest.year) latest = target;
  }
  return ahead ?? latest;
}

/**
 * Where the city should be in `year` on the straight line from the previous target to `target`.
 * With no previous target there is no line to be part-way along, so the target itself is expected;
 * likewise from the target year on. Clamped so the line never asks for more than either end.
 */
export function expectedValue(targets: readonly Target[], target: Target, year: number): number {
  let previous: Target | null = null;
  for (const t of targets) if (t.year < target.year && (!previous || t.year > previous.year)) previous = t;
  if (!previous || year >= target.year) return target.value;
  const line = previous.value + ((target.value - previous.value) * (year - previous.year)) / (target.year - previous.year);
  return clamp(line, Math.min(previous.value, target.value), Math.max(previous.value, target.value));
}

// Types that are answered but not measured against anything: they count for completeness only.
const unscoredTypes: ReadonlySet<IndicatorType> = new Set(["text", "date", "evidence"]);

/**
 * A level as a fraction of its scale (3 of 4 is 0.75). A lower-is-better level reads mirrored,
 * so that a better answer never scores lower.
 */
function levelScore(indicator: ScoringIndicator, value: number, topLevel: number): number {
  const fraction = clamp(value / topLevel, 0, 1);
  return indicator.direction === "higher" ? fraction : 1 - fraction;
}

/**
 * A measured value against a target, as a fraction of the way there. A target of zero or below
 * (higher is better) is met by anything, and so is a value of zero or below when lower is better,
 * which also keeps the divisions away from zero.
 */
function targetScore(direction: Direction, value: number, target: number): number {
  if (direction === "higher") return target <= 0 ? 1 : clamp(value / target, 0, 1);
  return value <= 0 ? 1 : clamp(target / value, 0, 1);
}

const notScored: Attainment = { status: "notScored", score: null, target: null, expected: null };

/** How one answer stands in `year`. */
export function attainment(indicator: ScoringIndicator, answer: number | null | undefined, year: number): Attainment {
  const { type, direction } = indicator;
  if (unscoredTypes.has(type)) return notScored;
  const target = governingTarget(indicator.targets, year);
  // A count or number has no natural scale: with no target there is nothing to be ready against.
  // A rate is treated the same way: 100% is not an implied target for every rate.
  if ((type === "count" || type === "number" || type === "rate") && !target) return notScored;
  // A level without a known top cannot be read as a fraction of its scale.
  const topLevel = indicator.topLevel;
  if (type === "level" && !(finite(topLevel) && topLevel > 0)) return notScored;

  // Booleans are a yes or a no: any target only restates which answer is wanted.
  if (type === "boolean") {
    if (!finite(answer)) return { status: "noData", score: null, target, expected: null };
    const good = direction === "higher" ? answer !== 0 : answer === 0;
    return { status: good ? "met" : "behind", score: good ? 1 : 0, target, expected: null };
  }

  const expected = target ? expectedValue(indicator.targets, target, year) : null;
  if (!finite(answer)) return { status: "noData", score: null, target, expected };

  if (type === "level" && !target) {
    // The default reading of a self-rating scale when no target is set: three quarters of the way
    // up counts as there, half way as on the way.
    const score = levelScore(indicator, answer, topLevel as number);
    const status = score >= 0.75 ? "met" : score >= 0.5 ? "onTrack" : "behind";
    return { status, score, target: null, expected: null };
  }

  const t = target as Target;
  const status = meets(direction, answer, t.value) ? "met" : meets(direction, answer, expected as number) ? "onTrack" : "behind";
  // A level keeps its place on its own scale, so the same answer reads the same with or without a target.
  const score =
    type === "level" ? levelScore(indicator, answer, topLevel as number) : status === "met" ? 1 : targetScore(direction, answer, t.value);
  return { status, score, target: t, expected };
}

/**
 * How far an answer is from the target it is judged against, in the indicator's own unit (a rate
 * as a fraction: 0.03 is 3 percentage points), counted in the direction that is better. Null when
 * the target is met or there is no target or no answer to measure from.
 */
export function distanceToTarget(indicator: ScoringIndicator, judged: Attainment, answer: number | null | undefined): number | null {
  if (!judged.target || judged.status === "met" || !finite(answer) || indicator.type === "boolean") return null;
  const distance = indicator.direction === "higher" ? judged.target.value - answer : answer - judged.target.value;
  return distance > tolerance(judged.target.value) ? distance : null;
}
