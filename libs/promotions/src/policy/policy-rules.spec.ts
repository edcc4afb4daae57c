import { DEFAULT_REVIEW_RUBRIC } from '@skill-ladder/standards';
import { quotaLimit, quotaStatus, validateRubric } from './policy-rules';

describe('review rubric', () => {
  it('accepts the national default (education weighted 0)', () => {
    expect(validateRubric(DEFAULT_REVIEW_RUBRIC.map((c) => ({ ...c })))).toEqual([]);
  });

  it('accepts education at the cap and refuses it above', () => {
    const rubric = (education: number) => [
      { code: 'innovation', label: '技术创新能力', weight: 40 },
      { code: 'problem_solving', label: '解决现场难题能力', weight: 30 },
      { code: 'contribution', label: '业绩贡献', weight: 30 - education },
      { code: 'education', label: '学历', weight: education },
    ];
    expect(validateRubric(rubric(10))).toEqual([]);
    expect(validateRubric(rubric(11))).toEqual([expect.objectContaining({ field: 'rubric[3].weight', code: 'educationOverweighted' })]);
  });

  it.each([
    ['weights not adding up to 100', [{ code: 'a_x', label: 'A', weight: 50 }, { code: 'b_x', label: 'B', weight: 40 }], 'rubric', 'weightsSum'],
    ['a duplicate code', [{ code: 'a_x', label: 'A', weight: 50 }, { code: 'a_x', label: 'B', weight: 50 }], 'rubric[1].code', 'duplicate'],
    ['a fractional weight', [{ code: 'a_x', label: 'A', weight: 50.5 }, { code: 'b_x', label: 'B', weight: 49.5 }], 'rubric[0].weight', 'range'],
    ['an empty label', [{ code: 'a_x', label: ' ', weight: 50 }, { code: 'b_x', label: 'B', weight: 50 }], 'rubric[0].label', 'length'],
    ['a bad code', [{ code: 'A-1', label: 'A', weight: 50 }, { code: 'b_x', label: 'B', weight: 50 }], 'rubric[0].code', 'format'],
    ['a single criterion', [{ code: 'a_x', label: 'A', weight: 100 }], 'rubric', 'size'],
    ['not a list', { code: 'a_x' }, 'rubric', 'size'],
  ])('refuses %s', (_what, input, field, code) => {
    expect(validateRubric(input)).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
  });
});

describe('quota', () => {
  it.each([
    [5, 0, 0],
    [5, 19, 0],
    [5, 20, 1],
    [5, 39, 1],
    [5, 40, 2],
    [3.5, 100, 3],
    [33.33, 3, 0],
    [33.34, 3, 1],
    [100, 7, 7],
  ])('%d%% of %d holders gives %d places', (percent, holders, places) => {
    expect(quotaLimit({ kind: 'percent', percent, baseRank: 'L1' }, holders)).toBe(places);
  });

  it('fixed and unlimited quotas ignore the base', () => {
    expect(quotaLimit({ kind: 'fixed', fixed: 2 }, 500)).toBe(2);
    expect(quotaLimit({ kind: 'none' }, 500)).toBeNull();
  });

  it('explains what is left', () => {
    expect(quotaStatus({ kind: 'percent', percent: 5, baseRank: 'L1' }, 40, 1, '一级/高级技师')).toEqual({
      limit: 2,
      held: 1,
      remaining: 1,
      baseHolders: 40,
      explanation: '不超过本企业一级/高级技师（40人）的5%，即2人；已聘1人，剩余1人',
    });
    expect(quotaStatus({ kind: 'fixed', fixed: 1 }, 0, 3)).toMatchObject({ limit: 1, held: 3, remaining: 0, baseHolders: null });
    expect(quotaStatus({ kind: 'none' }, 0, 3)).toMatchObject({ limit: null, remaining: null });
  });
});
