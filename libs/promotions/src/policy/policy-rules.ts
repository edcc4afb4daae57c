import type { FieldError } from '@skill-ladder/platform';
import { type Rank } from '@skill-ladder/vocabulary';

/*
 * Tier policy rules (docs/domain.md §6): the review rubric an appointment committee scores, and the
 * quota that caps how many hold an appointment tier at once.
 */

/**
 * The notice asks the review of skilled workers to weigh innovation, on-site problem solving and
 * contribution, not formal education: a rubric may list education, at this weight at most.
 */
export const EDUCATION_WEIGHT_CAP = 10;
const EDUCATION_CODE = 'education';
const CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** Field errors of a rubric; empty when valid. Weights are whole percentages adding up to 100. */
export function validateRubric(input: unknown, root = 'rubric'): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string) => errors.push({ field, code, message });
  if (!Array.isArray(input) || input.length < 2 || input.length > 12) {
    add(root, 'size', '评审要素须为2–12项 / a rubric has 2 to 12 criteria');
    return errors;
  }
  const seen = new Set<string>();
  let sum = 0;
  input.forEach((item: unknown, i: number) => {
    const at = `${root}[${i}]`;
    if (typeof item !== 'object' || item === null) return add(at, 'isObject', '须为对象 / must be an object');
    const { code, label, weight } = item as Record<string, unknown>;
    if (typeof code !== 'string' || !CODE.test(code)) add(`${at}.code`, 'format', '要素代码为小写字母、数字和下划线 / lower-case code');
    else if (seen.has(code)) add(`${at}.code`, 'duplicate', '要素代码重复 / duplicate criterion');
    else seen.add(code);
    if (typeof label !== 'string' || label.trim().length === 0 || label.length > 50) add(`${at}.label`, 'length', '要素名称1–50字 / label of 1–50 characters');
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0 || weight > 100) {
      add(`${at}.weight`, 'range', '权重为0–100的整数 / whole percentage 0–100');
      return;
    }
    sum += weight;
    if (code === EDUCATION_CODE && weight > EDUCATION_WEIGHT_CAP) {
      add(`${at}.weight`, 'educationOverweighted', `学历权重不得超过${EDUCATION_WEIGHT_CAP}% / education may weigh at most ${EDUCATION_WEIGHT_CAP}%`);
    }
  });
  if (errors.length === 0 && sum !== 100) add(root, 'weightsSum', `权重合计须为100（当前${sum}） / weights must add up to 100, not ${sum}`);
  return errors;
}

export type QuotaRule =
  | { kind: 'none' }
  | { kind: 'percent'; percent: number; baseRank: Rank }
  | { kind: 'fixed'; fixed: number };

export interface QuotaStatus {
  /** null: no quota. */
  limit: number | null;
  held: number;
  /** null: no quota. */
  remaining: number | null;
  /** For percentage quotas: how many of the enterprise's workers hold the base rank. */
  baseHolders: number | null;
  /** zh-CN */
  explanation: string;
}

/**
 * How many places a quota allows: a fixed number, or a percentage of the enterprise's holders of
 * a rank, rounded down ("特级技师 ≤ 5% of 高级技师": 39 holders give 1 place, 40 give 2).
 */
export function quotaLimit(rule: QuotaRule, baseHolders: number): number | null {
  switch (rule.kind) {
    case 'none':
      return null;
    case 'fixed':
      return rule.fixed;
    case 'percent':
      // Whole hundredths of a percent keep the product exact: 5.00% of 40 is 2, not 1.9999….
      return Math.floor((baseHolders * Math.round(rule.percent * 100)) / 10000);
  }
}

export function quotaStatus(rule: QuotaRule, baseHolders: number, held: number, baseLabel?: string): QuotaStatus {
  const limit = quotaLimit(rule, baseHolders);
  const remaining = limit === null ? null : Math.max(0, limit - held);
  const explanation =
    rule.kind === 'none'
      ? `不设名额限制，已聘${held}人`
      : rule.kind === 'fixed'
        ? `限额${limit}人，已聘${held}人，剩余${remaining}人`
        : `不超过本企业${baseLabel ?? rule.baseRank}（${baseHolders}人）的${rule.percent}%，即${limit}人；已聘${held}人，剩余${remaining}人`;
  return { limit, held, remaining, baseHolders: rule.kind === 'percent' ? baseHolders : null, explanation };
}
