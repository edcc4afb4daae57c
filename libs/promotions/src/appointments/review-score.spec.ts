import { DEFAULT_REVIEW_RUBRIC } from '@skill-ladder/standards';
import { ReviewerSheet, scoreReview } from './review-score';

const rubric = DEFAULT_REVIEW_RUBRIC.map((c) => ({ ...c }));
const sheet = (reviewer: string, innovation: number, problem: number, contribution: number, education = 0): ReviewerSheet => ({
  reviewer,
  scores: { innovation, problem_solving: problem, contribution, education },
});

describe('committee review scoring', () => {
  it('weights the criteria and ignores a zero-weighted education score', () => {
    const result = scoreReview(rubric, [sheet('评委1', 90, 80, 70, 0), sheet('评委2', 80, 80, 80, 100), sheet('评委3', 70, 80, 90, 50)], {
      passMark: 60,
      minReviewers: 3,
    });
    expect(result).toEqual({
      ok: true,
      outcome: {
        total: 80,
        passMark: 60,
        passed: true,
        criteria: [
          { code: 'innovation', label: '技术创新能力', weight: 35, mean: 80 },
          { code: 'problem_solving', label: '解决现场生产难题能力', weight: 35, mean: 80 },
          { code: 'contribution', label: '业绩贡献', weight: 30, mean: 80 },
          { code: 'education', label: '学历', weight: 0, mean: 50 },
        ],
      },
    });
  });

  it('rounds the total exactly, half away from zero: 72.445 is 72.45 (a double would give 72.44) and passes a mark of 72.45', () => {
    const weighted = [
      { code: 'a', label: '甲', weight: 15 },
      { code: 'b', label: '乙', weight: 85 },
    ];
    const sheets = [70.7, 70.7, 70.7, 70.6, 70.6].map((a, i) => ({ reviewer: `评委${i + 1}`, scores: { a, b: [72.8, 72.8, 72.8, 72.7, 72.7][i] } }));
    expect(scoreReview(weighted, sheets, { passMark: 72.45, minReviewers: 5 })).toEqual({
      ok: true,
      outcome: {
        total: 72.45,
        passMark: 72.45,
        passed: true,
        criteria: [
          { code: 'a', label: '甲', weight: 15, mean: 70.66 },
          { code: 'b', label: '乙', weight: 85, mean: 72.76 },
        ],
      },
    });
  });

  it('passes at the pass mark and fails just below it', () => {
    const at = scoreReview(rubric, [sheet('a', 60, 60, 60), sheet('b', 60, 60, 60), sheet('c', 60, 60, 60)], { passMark: 60, minReviewers: 3 });
    expect(at).toMatchObject({ ok: true, outcome: { total: 60, passed: true } });
    const below = scoreReview(rubric, [sheet('a', 60, 60, 59.9), sheet('b', 60, 60, 60), sheet('c', 60, 60, 60)], { passMark: 60, minReviewers: 3 });
    expect(below).toMatchObject({ ok: true, outcome: { total: 59.99, passed: false } });
  });

  it.each([
    ['an even committee', [sheet('a', 1, 1, 1), sheet('b', 1, 1, 1), sheet('c', 1, 1, 1), sheet('d', 1, 1, 1)], 'sheets', 'committeeSize'],
    ['too small a committee', [sheet('a', 1, 1, 1)], 'sheets', 'committeeSize'],
    ['the same member twice', [sheet('a', 1, 1, 1), sheet('a', 1, 1, 1), sheet('c', 1, 1, 1)], 'sheets[1].reviewer', 'duplicate'],
    ['a score above 100', [sheet('a', 101, 1, 1), sheet('b', 1, 1, 1), sheet('c', 1, 1, 1)], 'sheets[0].scores.innovation', 'range'],
    ['two decimals', [sheet('a', 1, 1.25, 1), sheet('b', 1, 1, 1), sheet('c', 1, 1, 1)], 'sheets[0].scores.problem_solving', 'range'],
    ['a missing criterion', [{ reviewer: 'a', scores: { innovation: 1 } }, sheet('b', 1, 1, 1), sheet('c', 1, 1, 1)], 'sheets[0].scores.contribution', 'range'],
    ['an unknown criterion', [{ reviewer: 'a', scores: { ...sheet('a', 1, 1, 1).scores, looks: 1 } }, sheet('b', 1, 1, 1), sheet('c', 1, 1, 1)], 'sheets[0].scores.looks', 'unknownCriterion'],
  ])('refuses %s', (_what, sheets, field, code) => {
    const result = scoreReview(rubric, sheets as ReviewerSheet[], { passMark: 60, minReviewers: 3 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
  });
});
