import type { FieldError } from '@skill-ladder/platform';
import type { RubricCriterion } from '@skill-ladder/standards';
import { divideRounded, fromScaled, toScaled } from '@skill-ladder/vocabulary';

/** One committee member's sheet: a 0–100 score per criterion of the rubric. */
export interface ReviewerSheet {
  /** 评审专家: a name or a seat such as 评委1. */
  reviewer: string;
  scores: Record<string, number>;
}

export interface CriterionResult {
  code: string;
  label: string;
  weight: number;
  /** Mean of the members' scores. */
  mean: number;
}

export interface ReviewOutcome {
  /** Σ weight × mean / 100, two decimals. */
  total: number;
  passMark: number;
  passed: boolean;
  criteria: CriterionResult[];
}

/**
 * Scores a committee review: an odd committee of at least `minReviewers` distinct members (so it
 * cannot tie), each scoring every criterion of the rubric 0–100 (at most one decimal). The total
 * is the weighted mean; a criterion weighted 0 (education, by default) is scored but counts for
 * nothing. Either the outcome or the field errors, rooted at `root`.
 */
export function scoreReview(
  rubric: readonly RubricCriterion[],
  sheets: readonly ReviewerSheet[],
  options: { passMark: number; minReviewers: number },
  root = 'sheets',
): { ok: true; outcome: ReviewOutcome } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const add = (field: string, code: string, message: string) => errors.push({ field, code, message });
  if (sheets.length < options.minReviewers || sheets.length % 2 === 0) {
    add(root, 'committeeSize', `评审委员会须为不少于${options.minReviewers}人的奇数 / an odd committee of at least ${options.minReviewers}`);
  }
  const names = new Set<string>();
  sheets.forEach((sheet, i) => {
    const name = sheet.reviewer.trim();
    if (names.has(name)) add(`${root}[${i}].reviewer`, 'duplicate', '评审专家重复 / the same member twice');
    names.add(name);
    for (const criterion of rubric) {
      const score = sheet.scores[criterion.code];
      if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 100 || Math.round(score * 10) !== score * 10) {
        add(`${root}[${i}].scores.${criterion.code}`, 'range', `${criterion.label}：须为0–100分，最多一位小数 / 0–100, one decimal at most`);
      }
    }
    for (const code of Object.keys(sheet.scores)) {
      if (!rubric.some((c) => c.code === code)) add(`${root}[${i}].scores.${code}`, 'unknownCriterion', '评审要素不在评审细则中 / not a criterion of the rubric');
    }
  });
  if (errors.length) return { ok: false, errors };
  // Exact decimals, as every score in the product: a criterion's sum in tenths, the means and
  // the total in hundredths rounded half away from zero (72.445 → 72.45, where a double gives 72.44).
  const n = BigInt(sheets.length);
  const tenths = new Map(rubric.map((c) => [c.code, sheets.reduce((sum, sheet) => sum + toScaled(sheet.scores[c.code], 1, c.label), 0n)]));
  const criteria = rubric.map((c) => ({
    code: c.code,
    label: c.label,
    weight: c.weight,
    mean: fromScaled(divideRounded((tenths.get(c.code) as bigint) * 10n, n), 2),
  }));
  // Weighted from the unrounded means, so the total does not depend on display rounding:
  // Σ weight × (tenths ÷ 10n) ÷ 100 in hundredths is Σ weight × tenths ÷ 10n.
  const weighted = rubric.reduce((sum, c) => sum + BigInt(c.weight) * (tenths.get(c.code) as bigint), 0n);
  const total = fromScaled(divideRounded(weighted, 10n * n), 2);
  return { ok: true, outcome: { total, passMark: options.passMark, passed: total >= options.passMark, criteria } };
}
