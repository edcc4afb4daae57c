import { HELD_RANKS, HeldRank, isHeldRank, NATIONAL_RANKS, NationalRank, rankLabelBilingual, rankOrder } from '@skill-ladder/vocabulary';

/**
 * The ranks an evaluator may be qualified for and a candidate may aim at, lowest first
 * (新八级工, 人社部发〔2022〕14号): the held ranks; 学徒工 is never assessed by a drawn panel.
 * The five national levels an evaluation body is filed for and certifies are NATIONAL_RANKS.
 * Both are defined once in @skill-ladder/vocabulary.
 */
export const EVALUATION_RANKS = HELD_RANKS;
export type EvaluationRank = HeldRank;
export { NATIONAL_RANKS, type NationalRank };

/** zh-CN first, English second: `三级/高级工 / Level 3`. */
export const EVALUATION_RANK_LABELS: Readonly<Record<EvaluationRank, string>> = Object.freeze(
  Object.fromEntries(HELD_RANKS.map((rank) => [rank, rankLabelBilingual(rank)])) as Record<EvaluationRank, string>,
);

export const isEvaluationRank: (value: unknown) => value is EvaluationRank = isHeldRank;

/** Whether an evaluator whose highest rank is `held` may assess a candidate aiming at `target`. */
export function mayAssess(held: EvaluationRank, target: EvaluationRank): boolean {
  return rankOrder(held) >= rankOrder(target);
}

/** The highest of `ranks` (which must not be empty). */
export function highestRank(ranks: readonly EvaluationRank[]): EvaluationRank {
  return ranks.reduce((a, b) => (rankOrder(b) > rankOrder(a) ? b : a));
}
