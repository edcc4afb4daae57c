import { describe, expect, it } from 'vitest';
import { initialValues, previewScore, sheetErrors, toSaveBody, type ScoreSheet } from './score-sheet';

const base: ScoreSheet = {
  id: 's1',
  campaignId: 'c1',
  campaignName: '焊工四级认定',
  applicationId: 'a1',
  ticketNumber: 'T-001',
  candidateName: '王建国',
  rank: 'L4',
  rankLabel: '四级/中级工',
  component: 'practical',
  componentLabel: '技能考核 / Practical skills exam',
  maxScore: 100,
  rubric: [],
  status: 'draft',
  statusLabel: '草稿 / Draft',
  score: null,
  criteria: [],
  note: null,
  submittedAt: null,
  updatedAt: '2026-12-02T01:00:00Z',
};
const rubric: ScoreSheet = {
  ...base,
  component: 'comprehensive_review',
  rubric: [
    { code: 'innovation', label: '技术创新', weight: 60 },
    { code: 'performance', label: '业绩贡献', weight: 40 },
  ],
};

describe('score sheet form rules', () => {
  it('a draft may be saved half empty; a submission needs every score', () => {
    expect(sheetErrors(base, {}, false)).toEqual([]);
    expect(sheetErrors(base, {}, true)).toEqual([{ name: ['score'], errors: ['请填写分数'] }]);
    expect(sheetErrors(rubric, { criteria: { innovation: 80 } }, false)).toEqual([]);
    expect(sheetErrors(rubric, { criteria: { innovation: 80 } }, true)).toEqual([{ name: ['criteria', 'performance'], errors: ['请填写分数'] }]);
  });

  it('refuses scores outside 0 to the maximum and more than one decimal, at the edges exactly', () => {
    const one = (score: number) => sheetErrors(base, { score }, true);
    expect(one(0)).toEqual([]);
    expect(one(100)).toEqual([]);
    expect(one(82.5)).toEqual([]);
    expect(one(100.5)).toEqual([{ name: ['score'], errors: ['分数须在 0–100 之间'] }]);
    expect(one(-0.5)).toEqual([{ name: ['score'], errors: ['分数须在 0–100 之间'] }]);
    expect(one(82.55)).toEqual([{ name: ['score'], errors: ['最多保留1位小数'] }]);
  });

  it('previews the rubric’s weighted score as the API computes it, only when complete', () => {
    expect(previewScore(rubric, { criteria: { innovation: 90 } })).toBeNull();
    expect(previewScore(rubric, { criteria: { innovation: 90, performance: 75 } })).toBe(84);
    expect(previewScore(rubric, { criteria: { innovation: 88.5, performance: 71 } })).toBe(81.5);
    expect(previewScore(base, { score: 77 })).toBe(77);
  });

  it('sends only what the form holds, a blank note as null', () => {
    expect(toSaveBody(base, { score: 85, note: '  ' })).toEqual({ score: 85, note: null });
    expect(toSaveBody(rubric, { criteria: { innovation: 90, performance: null }, note: ' 很好 ' })).toEqual({ criteria: [{ code: 'innovation', score: 90 }], note: '很好' });
  });

  it('starts from the sheet as saved', () => {
    expect(initialValues({ ...rubric, criteria: [{ code: 'innovation', score: 70 }], note: '草稿' })).toEqual({ score: undefined, criteria: { innovation: 70 }, note: '草稿' });
    expect(initialValues({ ...base, score: 66 })).toMatchObject({ score: 66 });
  });
});
