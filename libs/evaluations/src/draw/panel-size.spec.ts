import { DrawRule, fewestEvaluators, NATIONAL_DEFAULT_DRAW_RULES, panelSize, panelSizesFor } from './panel-size';

const practical = NATIONAL_DEFAULT_DRAW_RULES.practical;
const theory = NATIONAL_DEFAULT_DRAW_RULES.theory;
const review = NATIONAL_DEFAULT_DRAW_RULES.review;
const rule = (o: Partial<DrawRule>): DrawRule => ({ ...practical, ...o });

describe('panelSize', () => {
  it.each([
    ['practical 1 candidate: the minimum', 1, practical, 3],
    ['practical 12 candidates at 1:5: ceil(2.4) = 3', 12, practical, 3],
    ['practical 15 candidates: exactly 3 × 5', 15, practical, 3],
    ['practical 16 candidates: 4, rounded up to odd', 16, practical, 5],
    ['practical 25 candidates: 5', 25, practical, 5],
    ['practical 26 candidates: 6 → 7', 26, practical, 7],
    ['theory 30 candidates at 1:15: 2, even allowed', 30, theory, 2],
    ['theory 31 candidates: 3', 31, theory, 3],
    ['theory 1 candidate: still 2 per room', 1, theory, 2],
    ['review committee has no ratio: always the odd minimum', 40, review, 3],
    ['an even minimum with the odd rule becomes odd', 1, rule({ minEvaluators: 4 }), 5],
    ['an even minimum without the odd rule stays', 1, rule({ minEvaluators: 4, oddCount: false }), 4],
  ])('%s', (_name, n, r, expected) => {
    expect(panelSize(n, r)).toBe(expected);
  });
});

describe('panelSizesFor', () => {
  it.each([
    ['one panel for 16 at 1:5', 16, 1, practical, [5]],
    ['two panels for 30 at 1:5: 3 + 3 covers 30', 30, 2, practical, [3, 3]],
    ['two panels for 31: one grows by two', 31, 2, practical, [5, 3]],
    ['three panels for 2 candidates: impossible', 2, 3, practical, null],
    ['no ratio: minimal panels', 50, 2, review, [3, 3]],
    ['theory without odd rule grows by one', 31, 1, theory, [3]],
  ])('%s', (_name, n, p, r, expected) => {
    expect(panelSizesFor(n, p, r)).toEqual(expected);
  });
});

describe('fewestEvaluators', () => {
  it.each([
    ['12 at 1:5: one panel of 3', 12, practical, 3],
    ['16 at 1:5: one panel of 5', 16, practical, 5],
    ['30 at 1:5: two panels of 3 beat one of 7', 30, practical, 6],
    ['40 at 1:5: 3 + 5 beat one panel of 9', 40, practical, 8],
    ['1 candidate, no ratio', 1, review, 3],
    ['31 theory candidates: 3', 31, theory, 3],
  ])('%s', (_name, n, r, expected) => {
    expect(fewestEvaluators(n, r)).toBe(expected);
  });
});
