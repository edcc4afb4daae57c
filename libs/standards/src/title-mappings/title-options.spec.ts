import { evaluateTitleOptions, rulesInForce, TitleMappingRule } from './title-options';

const rule = (overrides: Partial<TitleMappingRule>): TitleMappingRule => ({
  id: 'r',
  regionCode: null,
  direction: 'skill_to_title',
  rank: 'L3',
  titleSeries: 'engineering',
  titleGrade: 'junior',
  titleName: '助理工程师',
  years: 2,
  effectiveFrom: '2021-01-01',
  effectiveTo: null,
  ...overrides,
});

const national = [
  rule({ id: 'n-L3' }),
  rule({ id: 'n-L2', rank: 'L2', titleGrade: 'intermediate', titleName: '工程师', years: 3 }),
  rule({ id: 'n-L1', rank: 'L1', titleGrade: 'deputy_senior', titleName: '高级工程师', years: 4 }),
  rule({ id: 'n-t-L3', direction: 'title_to_skill', rank: 'L3', titleSeries: null, titleGrade: 'junior', titleName: '助理级/初级职称', years: 1 }),
];

describe('title mapping rules in force', () => {
  const lvliang = rule({ id: 'lvliang-L2', regionCode: '141100', rank: 'L2', titleGrade: 'intermediate', titleName: '工程师', years: 2 });
  const shanxi = rule({ id: 'shanxi-L2', regionCode: '140000', rank: 'L2', titleGrade: 'intermediate', titleName: '工程师', years: 1 });
  const taiyuan = rule({ id: 'taiyuan-special', regionCode: '140100', rank: 'special', titleGrade: 'senior', titleName: '正高级工程师', years: 0 });
  const rules = [...national, lvliang, shanxi, taiyuan];

  it('uses the national defaults where no bureau has a rule', () => {
    expect(rulesInForce(rules, '150102', '2026-09-30').map((r) => r.id).sort()).toEqual(['n-L1', 'n-L2', 'n-L3', 'n-t-L3']);
    expect(rulesInForce(rules, null, '2026-09-30').map((r) => r.id).sort()).toEqual(['n-L1', 'n-L2', 'n-L3', 'n-t-L3']);
  });

  it('lets the most specific covering region replace the rule for the same step', () => {
    const ids = rulesInForce(rules, '141102', '2026-09-30').map((r) => r.id).sort();
    expect(ids).toEqual(['lvliang-L2', 'n-L1', 'n-L3', 'n-t-L3']);
    expect(rulesInForce(rules, '140105', '2026-09-30').map((r) => r.id).sort()).toEqual(['n-L1', 'n-L3', 'n-t-L3', 'shanxi-L2', 'taiyuan-special']);
  });

  it('honours effective dates on both ends', () => {
    const dated = [...national, { ...lvliang, effectiveFrom: '2027-01-01', effectiveTo: '2027-12-31' }];
    expect(rulesInForce(dated, '141102', '2026-12-31').map((r) => r.id)).toContain('n-L2');
    expect(rulesInForce(dated, '141102', '2027-01-01').map((r) => r.id)).toContain('lvliang-L2');
    expect(rulesInForce(dated, '141102', '2027-12-31').map((r) => r.id)).toContain('lvliang-L2');
    expect(rulesInForce(dated, '141102', '2028-01-01').map((r) => r.id)).toContain('n-L2');
  });
});

describe('title options of a worker', () => {
  const credentials = [
    { id: 'c4', rank: 'L4' as const, occupationCode: '6-18-02-04', obtainedOn: '2015-06-01' },
    { id: 'c3', rank: 'L3' as const, occupationCode: '6-18-02-04', obtainedOn: '2019-03-15' },
    { id: 'c2', rank: 'L2' as const, occupationCode: '6-18-02-04', obtainedOn: '2024-02-29' },
  ];

  it('opens 助理工程师 two years after 高级工, 工程师 three years after 技师 (29 February to 1 March)', () => {
    const report = evaluateTitleOptions(national, { credentials, titles: [] }, '2026-09-30', '141102');
    expect(report.titles.map((t) => [t.titleName, t.status, t.opensOn, t.basis?.credentialId ?? null])).toEqual([
      ['助理工程师', 'available', '2021-03-15', 'c3'],
      ['工程师', 'pending', '2027-03-01', 'c2'],
      ['高级工程师', 'not_qualified', null, null],
    ]);
    expect(report.titles[1].explanation).toBe('取得二级/技师满3年后（2027-03-01）可申报工程师');
  });

  it('counts a higher level for a lower requirement (held from 29 February: complete on 1 March)', () => {
    const report = evaluateTitleOptions(national, { credentials: [credentials[2]], titles: [] }, '2026-09-30', null);
    expect(report.titles[0]).toMatchObject({ titleName: '助理工程师', status: 'available', opensOn: '2026-03-01', basis: { credentialId: 'c2' } });
  });

  it('the day before and the day of the anniversary', () => {
    expect(evaluateTitleOptions(national, { credentials, titles: [] }, '2021-03-14', null).titles[0]).toMatchObject({ status: 'pending', opensOn: '2021-03-15' });
    expect(evaluateTitleOptions(national, { credentials, titles: [] }, '2021-03-15', null).titles[0]).toMatchObject({ status: 'available' });
  });

  it('marks a title already held, and a credential obtained after the date as not yet there', () => {
    const titles = [{ id: 't', series: 'engineering', grade: 'intermediate' as const, obtainedOn: '2025-01-01' }];
    const report = evaluateTitleOptions(national, { credentials, titles }, '2020-01-01', null);
    expect(report.titles.map((t) => t.status)).toEqual(['pending', 'not_qualified', 'not_qualified']);
    const later = evaluateTitleOptions(national, { credentials, titles }, '2026-09-30', null);
    expect(later.titles.map((t) => t.status)).toEqual(['held', 'held', 'not_qualified']);
  });

  it('opens skill levels a title leads to', () => {
    const titles = [{ id: 't', series: 'agriculture', grade: 'junior' as const, obtainedOn: '2025-06-30' }];
    const pending = evaluateTitleOptions(national, { credentials: [], titles }, '2026-06-29', null).skillLevels;
    expect(pending).toEqual([expect.objectContaining({ rank: 'L3', status: 'pending', opensOn: '2026-06-30', basis: expect.objectContaining({ titleId: 't' }) })]);
    expect(evaluateTitleOptions(national, { credentials: [], titles }, '2026-06-30', null).skillLevels[0].status).toBe('available');
    expect(evaluateTitleOptions(national, { credentials, titles }, '2026-06-30', null).skillLevels[0].status).toBe('held');
  });
});
