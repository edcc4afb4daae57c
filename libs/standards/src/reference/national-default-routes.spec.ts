import { evaluateEligibility, validateLevelDefinition, WorkerFacts } from '../eligibility';
import {
  DefaultedRank,
  EXAMPLE_COMPETITION_ROUTES,
  EXAMPLE_EXCEPTIONAL_ROUTES,
  NATIONAL_DEFAULT_ROUTES,
  nationalDefaultLevel,
} from './national-default-routes';

const OCC = '6-18-01-01';
const RELATED = '6-18-01-02';
const RANKS: DefaultedRank[] = ['L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief'];

function worker(overrides: Partial<WorkerFacts> = {}): WorkerFacts {
  return {
    birthDate: '1990-06-15',
    occupationCode: OCC,
    occupationStartedOn: '2020-03-01',
    credentials: [],
    titles: [],
    education: [],
    trainingRecords: [],
    honors: [],
    competitionResults: [],
    innovations: [],
    mentees: [],
    ...overrides,
  };
}

function evaluate(rank: DefaultedRank, facts: WorkerFacts, asOf: string, includeExamples = false) {
  return evaluateEligibility(nationalDefaultLevel(rank, { occupationCode: OCC, relatedOccupationCodes: [RELATED], includeExamples }), facts, asOf);
}

describe('national default routes', () => {
  it.each(RANKS)('%s is a valid level definition, with the examples too', (rank) => {
    expect(validateLevelDefinition(nationalDefaultLevel(rank))).toEqual([]);
    expect(validateLevelDefinition(nationalDefaultLevel(rank, { includeExamples: true }))).toEqual([]);
  });

  it('lists the routes of docs/domain.md §3 per level', () => {
    const shape = Object.fromEntries(RANKS.map((rank) => [rank, NATIONAL_DEFAULT_ROUTES[rank].map((route) => route.code)]));
    expect(shape).toEqual({
      L5: ['L5-age-working', 'L5-apprenticeship'],
      L4: ['L4-years-in-occupation', 'L4-after-L5', 'L4-vocational-diploma'],
      L3: ['L3-years-in-occupation', 'L3-after-L4', 'L3-junior-title', 'L3-technical-school-senior-class'],
      L2: ['L2-after-L3', 'L2-junior-title-and-L3', 'L2-intermediate-title'],
      L1: ['L1-after-L2'],
      special: ['special-after-L1'],
      chief: ['chief-after-L1'],
    });
    expect(Object.values(NATIONAL_DEFAULT_ROUTES).flat().every((route) => route.kind === 'standard')).toBe(true);
    expect(Object.values(EXAMPLE_EXCEPTIONAL_ROUTES).flat().every((route) => route.kind === 'exceptional')).toBe(true);
    expect(Object.values(EXAMPLE_COMPETITION_ROUTES).flat().every((route) => route.kind === 'competition')).toBe(true);
  });

  it('keeps the reference data read-only and hands out editable copies', () => {
    expect(() => {
      (NATIONAL_DEFAULT_ROUTES.L1[0].conditions as unknown[]).push({ kind: 'min_age', years: 18 });
    }).toThrow(TypeError);
    const copy = nationalDefaultLevel('L1');
    copy.routes[0].conditions.push({ kind: 'min_age', years: 18 });
    expect(NATIONAL_DEFAULT_ROUTES.L1[0].conditions).toHaveLength(1);
  });

  it('L5: a 16-year-old at work qualifies; a 15-year-old on the 16th birthday', () => {
    const young = worker({ birthDate: '2009-02-10', occupationStartedOn: '2024-09-01' });
    expect(evaluate('L5', young, '2025-02-10')).toMatchObject({ eligible: true, succeededRoute: 'L5-age-working' });
    expect(evaluate('L5', young, '2025-02-09')).toMatchObject({ eligible: false, earliestDate: '2025-02-10', earliestRoute: 'L5-age-working' });
  });

  it('L4: only the second route (五级 held 3 years) is met', () => {
    const report = evaluate('L4', worker({ credentials: [{ rank: 'L5', occupationCode: RELATED, obtainedOn: '2021-05-20' }] }), '2024-05-20');
    expect(report).toMatchObject({ eligible: true, succeededRoute: 'L4-after-L5' });
    expect(report.routes.map((route) => [route.code, route.met, route.metOn])).toEqual([
      ['L4-years-in-occupation', false, '2025-03-01'],
      ['L4-after-L5', true, '2024-05-20'],
      ['L4-vocational-diploma', false, null],
    ]);
  });

  it.each([
    ['a junior title held a year', { titles: [{ grade: 'junior' as const, obtainedOn: '2023-09-01' }] }, true, 'L3-junior-title'],
    ['a 高级工班 diploma', { education: [{ level: 'technician_college_senior' as const, graduatedOn: '2022-07-01' }] }, true, 'L3-technical-school-senior-class'],
    ['a 大专 diploma (not a technical school)', { education: [{ level: 'associate' as const, graduatedOn: '2022-07-01' }] }, false, null],
  ])('L3 with %s', (_name, overrides, eligible, routeCode) => {
    expect(evaluate('L3', worker(overrides), '2024-09-01')).toMatchObject({ eligible, succeededRoute: routeCode });
  });

  it('L2: a junior title of 5 years qualifies once 高级工 is a year old', () => {
    const facts = worker({
      titles: [{ grade: 'junior', obtainedOn: '2018-01-01' }],
      credentials: [{ rank: 'L3', occupationCode: OCC, obtainedOn: '2024-03-01' }],
    });
    expect(evaluate('L2', facts, '2025-01-01')).toMatchObject({ eligible: false, earliestDate: '2025-03-01', earliestRoute: 'L2-junior-title-and-L3' });
    expect(evaluate('L2', facts, '2025-03-01')).toMatchObject({ eligible: true, succeededRoute: 'L2-junior-title-and-L3' });
  });

  it('L1: 技师 held 4 years, projected by anniversary from 29 February', () => {
    const report = evaluate('L1', worker({ credentials: [{ rank: 'L2', occupationCode: OCC, obtainedOn: '2024-02-29' }] }), '2026-01-01');
    expect(report).toMatchObject({ eligible: false, earliestDate: '2028-02-29' });
    expect(report.routes[0].conditions[0].label).toBe('取得本职业或相关职业二级/技师证书满4年');
  });

  it('特级技师: needs a contribution; time alone cannot bring one', () => {
    const base = worker({ credentials: [{ rank: 'L1', occupationCode: OCC, obtainedOn: '2019-06-01' }] });
    const without = evaluate('special', base, '2024-01-01');
    expect(without).toMatchObject({ eligible: false, earliestDate: null });
    const honored = worker({ ...base, honors: [{ kind: 'craftsman', level: 'provincial', awardedOn: '2022-05-01' }] });
    expect(evaluate('special', honored, '2024-01-01')).toMatchObject({ eligible: true, succeededRoute: 'special-after-L1' });
    expect(evaluate('special', honored, '2023-01-01')).toMatchObject({ eligible: false, earliestDate: '2023-06-01' });
  });

  it('破格: an innovation award at provincial level lifts a 高级工 of one year to 技师', () => {
    const facts = worker({
      credentials: [{ rank: 'L3', occupationCode: OCC, obtainedOn: '2024-01-10' }],
      innovations: [{ kind: 'patent_invention', date: '2024-11-01', level: 'provincial' }],
    });
    expect(evaluate('L2', facts, '2025-01-10')).toMatchObject({ eligible: false, succeededRoute: null });
    const report = evaluate('L2', facts, '2025-01-10', true);
    expect(report).toMatchObject({ eligible: true, succeededRoute: 'L2-exceptional-innovation-award' });
    expect(report.routes.find((route) => route.met)?.kind).toBe('exceptional');
  });

  it('以赛代评: city class-1 top 10 → 技师, at most once a year', () => {
    const result = { tier: 'city_class_1' as const, rank: 7, date: '2025-03-01' };
    const fresh = evaluate('L2', worker({ competitionResults: [result] }), '2025-04-01', true);
    expect(fresh).toMatchObject({ eligible: true, succeededRoute: 'L2-competition-city-class-1' });

    const promotedLately = worker({
      competitionResults: [result],
      credentials: [{ rank: 'L3', occupationCode: OCC, obtainedOn: '2024-12-01', obtainedVia: 'competition' }],
    });
    const report = evaluate('L2', promotedLately, '2025-04-01', true);
    expect(report).toMatchObject({ eligible: false, earliestDate: '2025-12-01', earliestRoute: 'L2-competition-city-class-1' });
  });

  it('以赛代评: already 技师, a city class-1 top 10 → 高级技师', () => {
    const facts = worker({
      competitionResults: [{ tier: 'city_class_1', rank: 10, date: '2025-03-01' }],
      credentials: [{ rank: 'L2', occupationCode: OCC, obtainedOn: '2023-06-01' }],
    });
    expect(evaluate('L1', facts, '2025-04-01', true)).toMatchObject({ eligible: true, succeededRoute: 'L1-competition-city-class-1' });
    expect(evaluate('L1', { ...facts, credentials: [] }, '2025-04-01', true)).toMatchObject({ eligible: false, earliestDate: null });
  });
});
