import { divideRounded, fromScaled, toScaled } from '@skill-ladder/vocabulary';

/** Evaluators write scores with at most two decimals (usually one). */
const SCORE_PLACES = 2;
const MAX_RESULT_DECIMALS = 4;

export const DEFAULT_DROP_EXTREMES_FROM = 5;
export const DEFAULT_SCORE_DECIMALS = 1;
export const DEFAULT_MAX_SCORE = 100;
/** 复核: national default; a standard or campaign may configure its own. */
export const DEFAULT_MODERATION_THRESHOLD = 15;

export interface AggregateScoreOptions {
  /** With at least this many scores, one highest and one lowest are dropped (default 5). */
  dropExtremesFrom?: number;
  /** Decimals of the component score, rounded half away from zero (default 1). */
  decimals?: number;
  /** Highest score a sheet may carry (default 100); the lowest is 0. */
  maxScore?: number;
}

export interface AggregatedScore {
  score: number;
  /** The scores averaged, in the order given. */
  used: number[];
  /** `[lowest, highest]` when extremes were dropped, otherwise empty. */
  dropped: number[];
  /** Highest minus lowest over all scores, dropped ones included. */
  spread: number;
}

/**
 * A component score from its evaluators' sheets: the mean, after dropping one highest and one
 * lowest score when there are enough evaluators. Ties drop a single score on each side, so
 * `[70, 70, 80, 90, 90]` averages `[70, 80, 90]`.
 */
export function aggregateComponentScore(scores: readonly number[], options: AggregateScoreOptions = {}): AggregatedScore {
  const dropExtremesFrom = options.dropExtremesFrom ?? DEFAULT_DROP_EXTREMES_FROM;
  const decimals = options.decimals ?? DEFAULT_SCORE_DECIMALS;
  const maxScore = options.maxScore ?? DEFAULT_MAX_SCORE;
  if (!Number.isInteger(dropExtremesFrom) || dropExtremesFrom < 3) {
    throw new RangeError(`dropExtremesFrom must be an integer of at least 3, got ${dropExtremesFrom}`);
  }
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_RESULT_DECIMALS) {
    throw new RangeError(`decimals must be an integer from 0 to ${MAX_RESULT_DECIMALS}, got ${decimals}`);
  }
  if (!Number.isFinite(maxScore) || maxScore <= 0) {
    throw new RangeError(`maxScore must be a positive number, got ${maxScore}`);
  }
  if (scores.length === 0) throw new RangeError('cannot aggregate a component with no scores');

  const scaled = scores.map((score, i) => {
    if (!Number.isFinite(score) || score < 0 || score > maxScore) {
      throw new RangeError(`score #${i + 1} (${score}) is outside 0..${maxScore}`);
    }
    return toScaled(score, SCORE_PLACES, `score #${i + 1}`);
  });

  let lowest = 0;
  let highest = 0;
  scaled.forEach((value, i) => {
    if (value < scaled[lowest]) lowest = i;
    // `>=` takes the last of equal highs, so with all scores equal two different sheets drop.
    if (value >= scaled[highest]) highest = i;
  });
  const spread = fromScaled(scaled[highest] - scaled[lowest], SCORE_PLACES);

  const drop = scores.length >= dropExtremesFrom;
  const usedIndexes = scaled.map((_, i) => i).filter((i) => !drop || (i !== lowest && i !== highest));
  const sum = usedIndexes.reduce((total, i) => total + scaled[i], 0n);
  const mean = divideRounded(sum * 10n ** BigInt(decimals), BigInt(usedIndexes.length) * 10n ** BigInt(SCORE_PLACES));

  return {
    score: fromScaled(mean, decimals),
    used: usedIndexes.map((i) => scores[i]),
    dropped: drop ? [scores[lowest], scores[highest]] : [],
    spread,
  };
}

/** 复核: a component goes to moderation when its evaluators disagree by more than the threshold. */
export function needsModeration(spread: number, threshold: number = DEFAULT_MODERATION_THRESHOLD): boolean {
  if (!Number.isFinite(spread) || spread < 0) throw new RangeError(`spread must be a non-negative number, got ${spread}`);
  if (!Number.isFinite(threshold) || threshold < 0) {
    throw new RangeError(`threshold must be a non-negative number, got ${threshold}`);
  }
  return spread > threshold;
}
