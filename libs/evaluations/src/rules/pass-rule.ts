import { daysInMonth, divideRounded, fromScaled, parseIsoDate, partsToDayNumber, toDayNumber, toScaled } from '@skill-ladder/vocabulary';

/** Component scores may carry up to the 4 decimals score aggregation can produce. */
const SCORE_PLACES = 4;
const WEIGHT_PLACES = 4;
const TOTAL_PLACES = 2;

export interface ComponentOutcome {
  /** Component code from the standard, e.g. 'theory', 'practical', 'review'. */
  code: string;
  required: boolean;
  passMark: number;
  /** Weight in the overall ranking score; any scale (0.3/0.7 or 30/70). */
  weight: number;
  /** null = not taken (缺考 or not yet scored). */
  score: number | null;
  /** The score was passed in an earlier campaign and kept for this retake. */
  carriedOver?: boolean;
}

export interface ResultDecision {
  passed: boolean;
  /** Required components scored below their pass mark. */
  failedComponents: string[];
  /** Required components with no score. */
  missingComponents: string[];
  /** Σ(score × weight) / Σ(weight), rounded half away from zero to 2 decimals; null while any score is missing. */
  weightedTotal: number | null;
}

/**
 * Result of a candidate (认定结果): passed only if every required component reaches its pass
 * mark. The failed and missing lists explain a refusal, so they name required components only:
 * `passed` is true exactly when both are empty. An optional component below its mark still counts
 * in the weighted total but never fails the candidate.
 */
export function decideResult(components: readonly ComponentOutcome[]): ResultDecision {
  if (components.length === 0) throw new RangeError('a result needs at least one component');
  const seen = new Set<string>();
  for (const c of components) {
    if (seen.has(c.code)) throw new RangeError(`component ${c.code} is listed twice`);
    seen.add(c.code);
    if (!Number.isFinite(c.passMark) || c.passMark < 0) {
      throw new RangeError(`component ${c.code}: passMark must be a non-negative number, got ${c.passMark}`);
    }
    if (!Number.isFinite(c.weight) || c.weight < 0) {
      throw new RangeError(`component ${c.code}: weight must be a non-negative number, got ${c.weight}`);
    }
    if (c.score !== null && (!Number.isFinite(c.score) || c.score < 0)) {
      throw new RangeError(`component ${c.code}: score must be a non-negative number or null, got ${c.score}`);
    }
    if (c.carriedOver && (c.score === null || c.score < c.passMark)) {
      throw new RangeError(`component ${c.code}: only a passed score can be carried over`);
    }
  }
  if (components.every((c) => c.weight === 0)) throw new RangeError('component weights add up to zero');

  const required = components.filter((c) => c.required);
  const missingComponents = required.filter((c) => c.score === null).map((c) => c.code);
  const failedComponents = required.filter((c) => c.score !== null && c.score < c.passMark).map((c) => c.code);

  return {
    passed: missingComponents.length === 0 && failedComponents.length === 0,
    failedComponents,
    missingComponents,
    weightedTotal: weightedTotal(components),
  };
}

function weightedTotal(components: readonly ComponentOutcome[]): number | null {
  if (components.some((c) => c.score === null)) return null;
  let numerator = 0n;
  let weights = 0n;
  for (const c of components) {
    const weight = toScaled(c.weight, WEIGHT_PLACES, `component ${c.code}: weight`);
    numerator += toScaled(c.score as number, SCORE_PLACES, `component ${c.code}: score`) * weight;
    weights += weight;
  }
  const total = divideRounded(numerator * 10n ** BigInt(TOTAL_PLACES), weights * 10n ** BigInt(SCORE_PLACES));
  return fromScaled(total, TOTAL_PLACES);
}

/**
 * Whether a component passed on `passedOn` still carries over on `asOf` for a retake window of
 * `windowYears` years. Periods follow the Civil Code (民法典 arts. 201–202): counting starts the
 * day after passing and the last valid day is the anniversary date in the final year (the month's
 * last day when that date does not exist, so 29 Feb passes through 28 Feb). Dates before
 * `passedOn` do not carry over.
 */
export function carryOverValid(passedOn: string, windowYears: number, asOf: string): boolean {
  if (!Number.isInteger(windowYears) || windowYears < 1) {
    throw new RangeError(`windowYears must be a positive integer, got ${windowYears}`);
  }
  const passed = parseIsoDate(passedOn, 'passedOn');
  const asOfDay = toDayNumber(asOf, 'asOf');
  const lastYear = passed.year + windowYears;
  const lastDay = partsToDayNumber(lastYear, passed.month, Math.min(passed.day, daysInMonth(lastYear, passed.month)));
  return asOfDay >= partsToDayNumber(passed.year, passed.month, passed.day) && asOfDay <= lastDay;
}
