import { divideRounded, fromScaled, toScaled } from '@skill-ladder/vocabulary';
import { POINT_PLACES } from './item-scoring';

/**
 * 简答题阅卷: two evaluators mark each short answer blind, each giving 0 to the item's points in
 * steps of 0.5. The item scores the mean of the two; when they differ by more than 20% of the
 * item's points a third evaluator marks it, and the item scores the mean of the two closest of
 * the three marks (equally close pairs: the pair with the higher mean, in the candidate's favour).
 * Means are rounded half up to 0.1 (3.25 → 3.3), the precision of every score of a paper.
 */

/** Marks are whole or half points. */
export const MARK_STEP = 0.5;
/** Two marks further apart than this share of the item's points call for a third. */
export const DISAGREEMENT_SHARE = 0.2;
/** The first two marks and the third. */
export const MARK_ROUNDS = [1, 2, 3] as const;
export type MarkRound = (typeof MARK_ROUNDS)[number];

export type MarkRefusal = 'notAStep' | 'negative' | 'aboveMax';

/** Why `points` cannot be a mark of an item worth `max`, or null. */
export function markRefusal(points: number, max: number): MarkRefusal | null {
  if (!Number.isFinite(points) || !Number.isInteger(points / MARK_STEP)) return 'notAStep';
  if (points < 0) return 'negative';
  if (points > max) return 'aboveMax';
  return null;
}

export type ShortAnswerOutcome =
  | { status: 'pending' }
  | { status: 'third_mark_needed' }
  /** `used`: the two marks the score is the mean of. */
  | { status: 'final'; score: number; used: readonly [number, number] };

/**
 * The item's state from the marks submitted so far, in round order (first, second, third): fewer
 * than two is pending; two within 20% of `max` of each other score their mean; two further apart
 * need a third; with three, the mean of the closest two.
 */
export function shortAnswerScore(max: number, marks: readonly number[]): ShortAnswerOutcome {
  if (marks.length < 2) return { status: 'pending' };
  const scaled = marks.slice(0, 3).map((m) => toScaled(m, POINT_PLACES, 'mark'));
  const maxScaled = toScaled(max, POINT_PLACES, 'item points');
  const [a, b] = scaled;
  // |a − b| > 20% of max, exactly: 5 × |a − b| > max.
  const apart = (x: bigint, y: bigint) => (x > y ? x - y : y - x);
  if (scaled.length === 2) {
    if (5n * apart(a, b) > maxScaled) return { status: 'third_mark_needed' };
    return final(a, b);
  }
  const c = scaled[2];
  const pairs: [bigint, bigint][] = [
    [a, b],
    [a, c],
    [b, c],
  ];
  pairs.sort((p, q) => {
    const d = apart(...p) - apart(...q);
    if (d !== 0n) return d < 0n ? -1 : 1;
    const s = q[0] + q[1] - (p[0] + p[1]);
    return s === 0n ? 0 : s < 0n ? -1 : 1;
  });
  return final(...pairs[0]);
}

function final(x: bigint, y: bigint): ShortAnswerOutcome {
  return { status: 'final', score: fromScaled(divideRounded(x + y, 2n), POINT_PLACES), used: [fromScaled(x, POINT_PLACES), fromScaled(y, POINT_PLACES)] };
}

/** The attempt's total: the objective part and the final score of every short answer, exact to 0.1. */
export function markedTotal(objective: number, shortAnswers: readonly number[]): number {
  const sum = shortAnswers.reduce((s, p) => s + toScaled(p, POINT_PLACES, 'short answer score'), toScaled(objective, POINT_PLACES, 'objective score'));
  return fromScaled(sum, POINT_PLACES);
}

/**
 * 阅卷员: the two evaluators of a candidate's theory panel who mark the script, from those not
 * recused (回避), the least loaded first (ties by id, so the choice is reproducible); null when
 * fewer than two remain. The third mark goes to another of them, else the committee chair.
 */
export function pickMarkers(eligible: readonly string[], load: ReadonlyMap<string, number>): [string, string] | null {
  const order = [...new Set(eligible)].sort((x, y) => (load.get(x) ?? 0) - (load.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
  return order.length >= 2 ? [order[0], order[1]] : null;
}

export function pickThirdMarker(eligible: readonly string[], already: readonly string[], chair: string | null, load: ReadonlyMap<string, number>): string | null {
  const others = eligible.filter((e) => !already.includes(e));
  const [first] = [...others].sort((x, y) => (load.get(x) ?? 0) - (load.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0));
  if (first) return first;
  return chair && !already.includes(chair) ? chair : null;
}
