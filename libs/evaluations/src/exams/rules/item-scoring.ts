import { divideRounded, fromScaled, toScaled } from '@skill-ladder/vocabulary';
import { AnswerKey, ItemResponse } from './item-kinds';

/** Item points carry at most one decimal place (0.5 分 is common, 0.25 is not used). */
export const POINT_PLACES = 1;

/**
 * 多选题 scoring, chosen per paper:
 * - `all_or_nothing` (the national theory-exam practice, 错选、多选、少选均不得分): full points only
 *   for exactly the correct set;
 * - `half_for_subset` (少选得一半): a non-empty subset of the correct options without any wrong one
 *   earns half the points, rounded half up to 0.1; any wrong option earns nothing.
 */
export const MULTIPLE_CHOICE_RULES = ['all_or_nothing', 'half_for_subset'] as const;
export type MultipleChoiceRule = (typeof MULTIPLE_CHOICE_RULES)[number];

export type ItemScore =
  | { status: 'scored'; points: number; full: boolean }
  /** Short answers wait for evaluators' score sheets. */
  | { status: 'manual' };

export interface ScoringOptions {
  multipleChoice: MultipleChoiceRule;
}

export const DEFAULT_SCORING: ScoringOptions = { multipleChoice: 'all_or_nothing' };

/**
 * Text as a fill-in answer is compared: full-width forms folded (NFKC: "１２" is "12", "Ａ" is
 * "A"), case ignored, surrounding and repeated inner whitespace dropped.
 */
export function normalizeAnswerText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Option keys compare the same way: " b " and "Ｂ" both choose option B. */
function optionKey(choice: string): string {
  return choice.normalize('NFKC').trim().toUpperCase();
}

/**
 * Scores one item. The key and the response must be of the same kind (a paper is assembled from
 * the bank, so a mismatch is a defect, not input).
 */
export function scoreItem(key: AnswerKey, response: ItemResponse | null, pointValue: number, options: ScoringOptions = DEFAULT_SCORING): ItemScore {
  if (key.kind === 'short_answer') return { status: 'manual' };
  if (response && response.kind !== key.kind) throw new TypeError(`response of kind ${response.kind} for an item of kind ${key.kind}`);
  const points = toScaled(pointValue, POINT_PLACES, 'item points');
  if (points <= 0n) throw new RangeError(`item points must be positive, got ${pointValue}`);
  const earned = earnedPoints(key, response, points, options);
  return { status: 'scored', points: fromScaled(earned, POINT_PLACES), full: earned === points };
}

function earnedPoints(key: Exclude<AnswerKey, { kind: 'short_answer' }>, response: ItemResponse | null, points: bigint, options: ScoringOptions): bigint {
  switch (key.kind) {
    case 'single_choice': {
      const choice = response?.kind === 'single_choice' ? response.choice : null;
      return choice !== null && optionKey(choice) === optionKey(key.correct) ? points : 0n;
    }
    case 'true_false': {
      const value = response?.kind === 'true_false' ? response.value : null;
      return value === key.correct ? points : 0n;
    }
    case 'multiple_choice': {
      const correct = new Set(key.correct.map(optionKey));
      const chosen = new Set(response?.kind === 'multiple_choice' ? response.choices.map(optionKey) : []);
      if (chosen.size === 0 || [...chosen].some((c) => !correct.has(c))) return 0n;
      if (chosen.size === correct.size) return points;
      return options.multipleChoice === 'half_for_subset' ? divideRounded(points, 2n) : 0n;
    }
    case 'fill_in': {
      const given = response?.kind === 'fill_in' ? response.blanks : [];
      const blanks = key.blanks.length;
      if (blanks === 0) throw new RangeError('a fill-in item needs at least one blank');
      // Each blank earns an equal share; the last takes the remainder so a full answer is exact.
      const share = points / BigInt(blanks);
      let earned = 0n;
      key.blanks.forEach((accepted, i) => {
        const answer = given[i];
        if (answer === undefined || normalizeAnswerText(answer) === '') return;
        if (accepted.some((a) => normalizeAnswerText(a) === normalizeAnswerText(answer))) {
          earned += i === blanks - 1 ? points - share * BigInt(blanks - 1) : share;
        }
      });
      return earned;
    }
  }
}
