import { rankOrder } from '@skill-ladder/standards';

/**
 * The ranks an evaluator may be qualified for and a candidate may aim at, lowest first
 * (新八级工, 人社部发〔2022〕14号); 学徒工 is never assessed by a drawn panel, so it is not here.
 * Their order is the standards ladder's.
 */
export const EVALUATION_RANKS = ['L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief'] as const;
export type EvaluationRank = (typeof EVALUATION_RANKS)[number];

/** The five national levels an evaluation body is filed for and certifies. */
export const NATIONAL_RANKS = ['L5', 'L4', 'L3', 'L2', 'L1'] as const;
export type NationalRank = (typeof NATIONAL_RANKS)[number];

/** zh-CN first, English second. */
export const EVALUATION_RANK_LABELS: Readonly<Record<EvaluationRank, string>> = Object.freeze({
  L5: '五级/初级工 / Level 5',
  L4: '四级/中级工 / Level 4',
  L3: '三级/高级工 / Level 3',
  L2: '二级/技师 / Level 2',
  L1: '一级/高级技师 / Level 1',
  special: '特级技师 / Principal technician',
  chief: '首席技师 / Chief technician',
});

export function isEvaluationRank(value: unknown): value is EvaluationRank {
  return typeof value === 'string' && (EVALUATION_RANKS as readonly string[]).includes(value);
}

/** Whether an evaluator whose highest rank is `held` may assess a candidate aiming at `target`. */
export function mayAssess(held: EvaluationRank, target: EvaluationRank): boolean {
  return rankOrder(held) >= rankOrder(target);
}

/** The highest of `ranks` (which must not be empty). */
export function highestRank(ranks: readonly EvaluationRank[]): EvaluationRank {
  return ranks.reduce((a, b) => (rankOrder(b) > rankOrder(a) ? b : a));
}
