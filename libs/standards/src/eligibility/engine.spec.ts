import { describeCondition } from './condition-labels';
import { evaluateEligibility } from './engine';
import { Condition, ConditionResult, LevelDefinition, Route, WorkerFacts } from './types';

const OCC = '6-18-01-01';
const RELATED = '6-18-01-02';
const OTHER = '4-01-01-01';

function facts(overrides: Partial<WorkerFacts> = {}): WorkerFacts {
  return {
    birthDate: '1990-06-15',
    occupationCode: OCC,
    occupationStartedOn: '2015-03-01',
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

function route(code: string, conditions: Condition[], kind: Route['kind'] = 'standard'): Route {
  return { code, kind, label: code, conditions };
}

function level(routes: Route[], extra: Partial<LevelDefinition> = {}): LevelDefinition {
  return { rank: 'L3', occupationCode: OCC, relatedOccupationCodes: [RELATED], routes, ...extra };
}

/** Evaluates one condition alone, as a one-route level. */
function check(condition: Condition, worker: WorkerFacts, asOf: string, extra: Partial<LevelDefinition> = {}): ConditionResult {
  return evaluateEligibility(level([route('only', [condition])], extra), worker, asOf).routes[0].conditions[0];
}

interface Case {
  name: string;
  condition: Condition;
  worker: WorkerFacts;
  asOf: string;
  met: boolean;
  metOn: string | null;
  actual?: unknown;
  extra?: Partial<LevelDefinition>;
}

const cases: Case[] = [
  // min_age
  { name: 'age: on the 16th birthday', condition: { kind: 'min_age', years: 16 }, worker: facts({ birthDate: '2000-05-10' }), asOf: '2016-05-10', met: true, metOn: '2016-05-10', actual: 16 },
  { name: 'age: the day before', condition: { kind: 'min_age', years: 16 }, worker: facts({ birthDate: '2000-05-10' }), asOf: '2016-05-09', met: false, metOn: '2016-05-10', actual: 15 },
  { name: 'age: born 29 Feb, common year', condition: { kind: 'min_age', years: 16 }, worker: facts({ birthDate: '2008-02-29' }), asOf: '2024-02-28', met: false, metOn: '2024-02-29', actual: 15 },
  { name: 'age: born 29 Feb, 18 in a common year', condition: { kind: 'min_age', years: 18 }, worker: facts({ birthDate: '2008-02-29' }), asOf: '2026-02-28', met: false, metOn: '2026-03-01', actual: 17 },

  // years_in_occupation
  { name: 'occupation years: anniversary', condition: { kind: 'years_in_occupation', years: 5 }, worker: facts(), asOf: '2020-03-01', met: true, metOn: '2020-03-01', actual: 5 },
  { name: 'occupation years: day before', condition: { kind: 'years_in_occupation', years: 5 }, worker: facts(), asOf: '2020-02-29', met: false, metOn: '2020-03-01', actual: 4 },
  { name: 'occupation years: no start date', condition: { kind: 'years_in_occupation', years: 5 }, worker: facts({ occupationStartedOn: undefined }), asOf: '2030-01-01', met: false, metOn: null, actual: null },
  { name: 'occupation years: related occupation counts', condition: { kind: 'years_in_occupation', years: 5 }, worker: facts({ occupationCode: RELATED }), asOf: '2021-01-01', met: true, metOn: '2020-03-01' },
  { name: 'occupation years: unrelated occupation never counts', condition: { kind: 'years_in_occupation', years: 5 }, worker: facts({ occupationCode: OTHER }), asOf: '2030-01-01', met: false, metOn: null, actual: OTHER },
  { name: 'occupation years: explicit occupation list', condition: { kind: 'years_in_occupation', years: 5, occupationCodes: [OTHER] }, worker: facts({ occupationCode: OTHER }), asOf: '2021-01-01', met: true, metOn: '2020-03-01' },

  // working_in_occupation
  { name: 'working: in the occupation', condition: { kind: 'working_in_occupation' }, worker: facts(), asOf: '2021-01-01', met: true, metOn: '2015-03-01', actual: OCC },
  { name: 'working: starts later', condition: { kind: 'working_in_occupation' }, worker: facts({ occupationStartedOn: '2021-07-01' }), asOf: '2021-01-01', met: false, metOn: '2021-07-01' },
  { name: 'working: another occupation', condition: { kind: 'working_in_occupation' }, worker: facts({ occupationCode: OTHER }), asOf: '2021-01-01', met: false, metOn: null },

  // level_held: anniversary boundary, 29 February, higher rank, scope
  { name: 'level: held from 2021-03-15 for 4 years, day before', condition: { kind: 'level_held', rank: 'L4', years: 4, occupationScope: 'same' }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2021-03-15' }] }), asOf: '2025-03-14', met: false, metOn: '2025-03-15', actual: 3 },
  { name: 'level: held from 2021-03-15 for 4 years, the day', condition: { kind: 'level_held', rank: 'L4', years: 4, occupationScope: 'same' }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2021-03-15' }] }), asOf: '2025-03-15', met: true, metOn: '2025-03-15', actual: 4 },
  { name: 'level: from 29 Feb, on 28 Feb a year on', condition: { kind: 'level_held', rank: 'L4', years: 1, occupationScope: 'same' }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2020-02-29' }] }), asOf: '2021-02-28', met: false, metOn: '2021-03-01', actual: 0 },
  { name: 'level: from 29 Feb, on 1 March a year on', condition: { kind: 'level_held', rank: 'L4', years: 1, occupationScope: 'same' }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2020-02-29' }] }), asOf: '2021-03-01', met: true, metOn: '2021-03-01', actual: 1 },
  { name: 'level: a higher rank satisfies', condition: { kind: 'level_held', rank: 'L4', years: 2, occupationScope: 'same' }, worker: facts({ credentials: [{ rank: 'L3', occupationCode: OCC, obtainedOn: '2020-01-01' }] }), asOf: '2023-01-01', met: true, metOn: '2022-01-01' },
  { name: 'level: a lower rank does not', condition: { kind: 'level_held', rank: 'L4', years: 2, occupationScope: 'same' }, worker: facts({ credentials: [{ rank: 'L5', occupationCode: OCC, obtainedOn: '2010-01-01' }] }), asOf: '2023-01-01', met: false, metOn: null, actual: null },
  { name: 'level: the longest-held matching credential decides', condition: { kind: 'level_held', rank: 'L4', years: 4, occupationScope: 'same' }, worker: facts({ credentials: [{ rank: 'L3', occupationCode: OCC, obtainedOn: '2022-05-01' }, { rank: 'L4', occupationCode: OCC, obtainedOn: '2019-05-01' }] }), asOf: '2023-06-01', met: true, metOn: '2023-05-01', actual: 4 },
  { name: 'level: related occupation, scope same', condition: { kind: 'level_held', rank: 'L4', years: 1, occupationScope: 'same' }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: RELATED, obtainedOn: '2020-01-01' }] }), asOf: '2023-01-01', met: false, metOn: null },
  { name: 'level: related occupation, scope related', condition: { kind: 'level_held', rank: 'L4', years: 1, occupationScope: 'related' }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: RELATED, obtainedOn: '2020-01-01' }] }), asOf: '2023-01-01', met: true, metOn: '2021-01-01' },
  { name: 'level: unrelated occupation, scope related', condition: { kind: 'level_held', rank: 'L4', years: 1, occupationScope: 'related' }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: OTHER, obtainedOn: '2020-01-01' }] }), asOf: '2023-01-01', met: false, metOn: null },
  { name: 'level: the worker’s related codes apply when the level lists none', condition: { kind: 'level_held', rank: 'L4', years: 1, occupationScope: 'related' }, worker: facts({ relatedOccupationCodes: [RELATED], credentials: [{ rank: 'L4', occupationCode: RELATED, obtainedOn: '2020-01-01' }] }), asOf: '2023-01-01', met: true, metOn: '2021-01-01', extra: { relatedOccupationCodes: undefined } },
  { name: 'level: unrelated occupation, scope any', condition: { kind: 'level_held', rank: 'L4', years: 1, occupationScope: 'any' }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: OTHER, obtainedOn: '2020-01-01' }] }), asOf: '2023-01-01', met: true, metOn: '2021-01-01' },
  { name: 'level: obtained after asOf is not held yet', condition: { kind: 'level_held', rank: 'L4', years: 0, occupationScope: 'same' }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2024-06-01' }] }), asOf: '2024-05-31', met: false, metOn: '2024-06-01', actual: null },

  // title_held
  { name: 'title: junior held 1 year', condition: { kind: 'title_held', grade: 'junior', years: 1 }, worker: facts({ titles: [{ grade: 'junior', obtainedOn: '2020-07-01' }] }), asOf: '2021-07-01', met: true, metOn: '2021-07-01', actual: 1 },
  { name: 'title: junior, day before', condition: { kind: 'title_held', grade: 'junior', years: 1 }, worker: facts({ titles: [{ grade: 'junior', obtainedOn: '2020-07-01' }] }), asOf: '2021-06-30', met: false, metOn: '2021-07-01', actual: 0 },
  { name: 'title: intermediate satisfies junior', condition: { kind: 'title_held', grade: 'junior', years: 1 }, worker: facts({ titles: [{ grade: 'intermediate', obtainedOn: '2020-07-01' }] }), asOf: '2022-01-01', met: true, metOn: '2021-07-01' },
  { name: 'title: junior does not satisfy intermediate', condition: { kind: 'title_held', grade: 'intermediate', years: 1 }, worker: facts({ titles: [{ grade: 'junior', obtainedOn: '2010-07-01' }] }), asOf: '2022-01-01', met: false, metOn: null },
  { name: 'title: wrong series', condition: { kind: 'title_held', grade: 'junior', years: 1, series: ['engineering'] }, worker: facts({ titles: [{ grade: 'junior', series: 'art', obtainedOn: '2010-07-01' }] }), asOf: '2022-01-01', met: false, metOn: null },
  { name: 'title: right series', condition: { kind: 'title_held', grade: 'junior', years: 1, series: ['engineering'] }, worker: facts({ titles: [{ grade: 'junior', series: 'engineering', obtainedOn: '2010-07-01' }] }), asOf: '2022-01-01', met: true, metOn: '2011-07-01' },

  // education_min
  { name: 'education: bachelor meets 大专', condition: { kind: 'education_min', level: 'associate' }, worker: facts({ education: [{ level: 'bachelor', graduatedOn: '2012-07-01' }] }), asOf: '2022-01-01', met: true, metOn: '2012-07-01', actual: 'bachelor' },
  { name: 'education: 高级工班 counts as 大专', condition: { kind: 'education_min', level: 'associate' }, worker: facts({ education: [{ level: 'technician_college_senior' }] }), asOf: '2022-01-01', met: true, metOn: '2022-01-01' },
  { name: 'education: 中专 is below 大专', condition: { kind: 'education_min', level: 'associate' }, worker: facts({ education: [{ level: 'secondary_vocational' }] }), asOf: '2022-01-01', met: false, metOn: null, actual: 'secondary_vocational' },
  { name: 'education: technical school only rejects 大专', condition: { kind: 'education_min', level: 'technician_college_senior', technicalSchoolOnly: true }, worker: facts({ education: [{ level: 'associate' }] }), asOf: '2022-01-01', met: false, metOn: null },
  { name: 'education: technical school only accepts 预备技师班', condition: { kind: 'education_min', level: 'technician_college_senior', technicalSchoolOnly: true }, worker: facts({ education: [{ level: 'associate' }, { level: 'technician_college_preparatory', graduatedOn: '2015-07-01' }] }), asOf: '2022-01-01', met: true, metOn: '2015-07-01', actual: 'technician_college_preparatory' },
  { name: 'education: relevant major required', condition: { kind: 'education_min', level: 'secondary_vocational', relevantMajor: true }, worker: facts({ education: [{ level: 'secondary_vocational', relevantMajor: false }] }), asOf: '2022-01-01', met: false, metOn: null },
  { name: 'education: graduates later', condition: { kind: 'education_min', level: 'secondary_vocational' }, worker: facts({ education: [{ level: 'secondary_vocational', graduatedOn: '2022-07-01' }] }), asOf: '2022-01-01', met: false, metOn: '2022-07-01', actual: null },

  // apprenticeship_completed
  { name: 'apprenticeship: completed', condition: { kind: 'apprenticeship_completed' }, worker: facts({ apprenticeshipCompletedOn: '2021-09-01' }), asOf: '2021-09-01', met: true, metOn: '2021-09-01' },
  { name: 'apprenticeship: completes later', condition: { kind: 'apprenticeship_completed' }, worker: facts({ apprenticeshipCompletedOn: '2021-09-01' }), asOf: '2021-08-31', met: false, metOn: '2021-09-01' },
  { name: 'apprenticeship: none', condition: { kind: 'apprenticeship_completed' }, worker: facts(), asOf: '2021-08-31', met: false, metOn: null },

  // training_hours
  { name: 'training: cumulative hours reached on the second course', condition: { kind: 'training_hours', hours: 60 }, worker: facts({ trainingRecords: [{ hours: 40, completedOn: '2022-03-01' }, { hours: 30, completedOn: '2023-03-01' }] }), asOf: '2024-01-01', met: true, metOn: '2023-03-01', actual: 70 },
  { name: 'training: too few hours', condition: { kind: 'training_hours', hours: 80 }, worker: facts({ trainingRecords: [{ hours: 40, completedOn: '2022-03-01' }, { hours: 30, completedOn: '2023-03-01' }] }), asOf: '2024-01-01', met: false, metOn: null, actual: 70 },
  { name: 'training: last year only, still in window', condition: { kind: 'training_hours', hours: 60, withinYears: 1 }, worker: facts({ trainingRecords: [{ hours: 40, completedOn: '2023-01-10' }, { hours: 30, completedOn: '2024-01-05' }] }), asOf: '2024-01-09', met: true, metOn: '2024-01-05', actual: 70 },
  { name: 'training: last year only, first course lapsed on its anniversary', condition: { kind: 'training_hours', hours: 60, withinYears: 1 }, worker: facts({ trainingRecords: [{ hours: 40, completedOn: '2023-01-10' }, { hours: 30, completedOn: '2024-01-05' }] }), asOf: '2024-01-10', met: false, metOn: null, actual: 30 },
  { name: 'training: a scheduled course completes the hours', condition: { kind: 'training_hours', hours: 60 }, worker: facts({ trainingRecords: [{ hours: 40, completedOn: '2024-03-01' }, { hours: 30, completedOn: '2025-05-01' }] }), asOf: '2025-01-01', met: false, metOn: '2025-05-01', actual: 40 },

  // honor
  { name: 'honor: provincial labour model', condition: { kind: 'honor', kinds: ['labour_model'], minLevel: 'provincial' }, worker: facts({ honors: [{ kind: 'labour_model', level: 'provincial', awardedOn: '2022-04-28' }] }), asOf: '2023-01-01', met: true, metOn: '2022-04-28', actual: 1 },
  { name: 'honor: national satisfies provincial', condition: { kind: 'honor', minLevel: 'provincial' }, worker: facts({ honors: [{ kind: 'may_day_medal', level: 'national', awardedOn: '2022-04-28' }] }), asOf: '2023-01-01', met: true, metOn: '2022-04-28' },
  { name: 'honor: city is below provincial', condition: { kind: 'honor', kinds: ['labour_model'], minLevel: 'provincial' }, worker: facts({ honors: [{ kind: 'labour_model', level: 'city', awardedOn: '2022-04-28' }] }), asOf: '2023-01-01', met: false, metOn: null, actual: 0 },
  { name: 'honor: another kind', condition: { kind: 'honor', kinds: ['labour_model'] }, worker: facts({ honors: [{ kind: 'technical_expert', level: 'national', awardedOn: '2022-04-28' }] }), asOf: '2023-01-01', met: false, metOn: null },

  // competition_result
  { name: 'competition: city class-1, 8th within top 10', condition: { kind: 'competition_result', tiers: ['city_class_1'], maxRank: 10 }, worker: facts({ competitionResults: [{ tier: 'city_class_1', rank: 8, date: '2024-10-20' }] }), asOf: '2024-12-01', met: true, metOn: '2024-10-20', actual: 8 },
  { name: 'competition: 12th is outside top 10', condition: { kind: 'competition_result', tiers: ['city_class_1'], maxRank: 10 }, worker: facts({ competitionResults: [{ tier: 'city_class_1', rank: 12, date: '2024-10-20' }] }), asOf: '2024-12-01', met: false, metOn: null, actual: 12 },
  { name: 'competition: 1st in a tier not accepted', condition: { kind: 'competition_result', tiers: ['city_class_1'], maxRank: 10 }, worker: facts({ competitionResults: [{ tier: 'city_class_2', rank: 1, date: '2024-10-20' }] }), asOf: '2024-12-01', met: false, metOn: null, actual: null },
  { name: 'competition: enterprise top 25% within top 30%', condition: { kind: 'competition_result', tiers: ['enterprise'], maxTopPercent: 30 }, worker: facts({ competitionResults: [{ tier: 'enterprise', rank: 20, topPercent: 25, date: '2024-10-20' }] }), asOf: '2024-12-01', met: true, metOn: '2024-10-20' },
  { name: 'competition: enterprise top 35% is outside', condition: { kind: 'competition_result', tiers: ['enterprise'], maxTopPercent: 30 }, worker: facts({ competitionResults: [{ tier: 'enterprise', rank: 28, topPercent: 35, date: '2024-10-20' }] }), asOf: '2024-12-01', met: false, metOn: null },
  { name: 'competition: within 1 year, the day before it lapses', condition: { kind: 'competition_result', tiers: ['city_class_1'], maxRank: 10, withinYears: 1 }, worker: facts({ competitionResults: [{ tier: 'city_class_1', rank: 3, date: '2024-06-30' }] }), asOf: '2025-06-29', met: true, metOn: '2024-06-30' },
  { name: 'competition: within 1 year, lapsed', condition: { kind: 'competition_result', tiers: ['city_class_1'], maxRank: 10, withinYears: 1 }, worker: facts({ competitionResults: [{ tier: 'city_class_1', rank: 3, date: '2024-06-30' }] }), asOf: '2025-06-30', met: false, metOn: null },

  // innovation
  { name: 'innovation: two achievements of any kind', condition: { kind: 'innovation', minCount: 2 }, worker: facts({ innovations: [{ kind: 'five_small', date: '2021-05-01' }, { kind: 'patent_utility_model', date: '2022-08-01' }] }), asOf: '2023-01-01', met: true, metOn: '2022-08-01', actual: 2 },
  { name: 'innovation: only patents count', condition: { kind: 'innovation', minCount: 2, kinds: ['patent_invention', 'patent_utility_model'] }, worker: facts({ innovations: [{ kind: 'five_small', date: '2021-05-01' }, { kind: 'patent_utility_model', date: '2022-08-01' }] }), asOf: '2023-01-01', met: false, metOn: null, actual: 1 },
  { name: 'innovation: award below the level', condition: { kind: 'innovation', minCount: 1, minLevel: 'provincial' }, worker: facts({ innovations: [{ kind: 'process_breakthrough', date: '2021-05-01', level: 'city' }, { kind: 'five_small', date: '2021-06-01' }] }), asOf: '2023-01-01', met: false, metOn: null, actual: 0 },
  { name: 'innovation: provincial award', condition: { kind: 'innovation', minCount: 1, minLevel: 'provincial' }, worker: facts({ innovations: [{ kind: 'process_breakthrough', date: '2021-05-01', level: 'provincial' }] }), asOf: '2023-01-01', met: true, metOn: '2021-05-01' },

  // mentees_trained
  { name: 'mentees: three reached 高级工, one counted once', condition: { kind: 'mentees_trained', minCount: 3, minRank: 'L3' }, worker: facts({ mentees: [{ menteeId: 'a', rank: 'L3', reachedOn: '2020-01-01' }, { menteeId: 'a', rank: 'L2', reachedOn: '2023-01-01' }, { menteeId: 'b', rank: 'L3', reachedOn: '2021-01-01' }, { menteeId: 'c', rank: 'L2', reachedOn: '2022-06-01' }] }), asOf: '2023-06-01', met: true, metOn: '2022-06-01', actual: 3 },
  { name: 'mentees: one counted once is not two', condition: { kind: 'mentees_trained', minCount: 2, minRank: 'L3' }, worker: facts({ mentees: [{ menteeId: 'a', rank: 'L3', reachedOn: '2020-01-01' }, { menteeId: 'a', rank: 'L2', reachedOn: '2023-01-01' }, { menteeId: 'b', rank: 'L4', reachedOn: '2021-01-01' }] }), asOf: '2023-06-01', met: false, metOn: null, actual: 1 },

  // route_interval
  { name: 'interval: never promoted by competition', condition: { kind: 'route_interval', routeKind: 'competition', years: 1 }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2024-09-01', obtainedVia: 'standard' }] }), asOf: '2025-01-01', met: true, metOn: '2025-01-01' },
  { name: 'interval: promoted by competition, day before the year is out', condition: { kind: 'route_interval', routeKind: 'competition', years: 1 }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2024-09-01', obtainedVia: 'competition' }] }), asOf: '2025-08-31', met: false, metOn: '2025-09-01' },
  { name: 'interval: promoted by competition, a year on', condition: { kind: 'route_interval', routeKind: 'competition', years: 1 }, worker: facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2024-09-01', obtainedVia: 'competition' }] }), asOf: '2025-09-01', met: true, metOn: '2025-09-01' },

  // any_of
  {
    name: 'any of: one alternative is enough',
    condition: { kind: 'any_of', conditions: [{ kind: 'honor', minLevel: 'national' }, { kind: 'innovation', minCount: 1 }] },
    worker: facts({ innovations: [{ kind: 'five_small', date: '2021-05-01' }] }),
    asOf: '2023-01-01',
    met: true,
    metOn: '2021-05-01',
    actual: 1,
  },
  {
    name: 'any of: the earliest alternative time will meet',
    condition: { kind: 'any_of', conditions: [{ kind: 'honor', minLevel: 'national' }, { kind: 'level_held', rank: 'L2', years: 3, occupationScope: 'same' }, { kind: 'level_held', rank: 'L3', years: 6, occupationScope: 'same' }] },
    worker: facts({ credentials: [{ rank: 'L3', occupationCode: OCC, obtainedOn: '2020-05-01' }, { rank: 'L2', occupationCode: OCC, obtainedOn: '2022-05-01' }] }),
    asOf: '2023-01-01',
    met: false,
    metOn: '2025-05-01',
    actual: 0,
  },
];

describe('evaluateEligibility: each condition kind', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = check(c.condition, c.worker, c.asOf, c.extra);
    expect({ met: result.met, metOn: result.metOn }).toEqual({ met: c.met, metOn: c.metOn });
    if ('actual' in c) expect(result.actual.value).toEqual(c.actual);
  });

  it('covers every condition kind, met and not met', () => {
    const kinds = new Set(cases.map((c) => `${c.condition.kind}:${c.met}`));
    for (const kind of [
      'min_age', 'years_in_occupation', 'working_in_occupation', 'level_held', 'title_held', 'education_min',
      'apprenticeship_completed', 'training_hours', 'honor', 'competition_result', 'innovation', 'mentees_trained',
      'route_interval', 'any_of',
    ]) {
      expect(kinds).toContain(`${kind}:true`);
      expect(kinds).toContain(`${kind}:false`);
    }
  });

  it('explains what is required and what the worker has, in Chinese', () => {
    const result = check(
      { kind: 'level_held', rank: 'L3', years: 5, occupationScope: 'related' },
      facts({ credentials: [{ id: 'cred-7', rank: 'L3', occupationCode: RELATED, obtainedOn: '2021-03-15' }] }),
      '2024-01-01',
    );
    expect(result).toMatchObject({
      kind: 'level_held',
      label: '取得本职业或相关职业三级/高级工证书满5年',
      required: { value: 5, unit: 'years', text: '本职业或相关职业三级/高级工及以上，满5年' },
      actual: { value: 2, unit: 'years', text: `三级/高级工（${RELATED}），2021-03-15取得，已满2年` },
      met: false,
      metOn: '2026-03-15',
      evidence: [{ source: 'credentials', index: 0, id: 'cred-7', date: '2021-03-15' }],
    });
  });

  it('names the credential’s occupation when the facts carry its name, the code otherwise', () => {
    const named = check(
      { kind: 'level_held', rank: 'L3', years: 5, occupationScope: 'related' },
      facts({ credentials: [{ rank: 'L3', occupationCode: RELATED, occupationName: '电焊工', obtainedOn: '2021-03-15' }] }),
      '2024-01-01',
    );
    expect(named.actual.text).toBe('三级/高级工（电焊工），2021-03-15取得，已满2年');
  });

  it.each([
    [{ kind: 'level_held', rank: 'L3', years: 5, occupationScope: 'any' }, '取得三级/高级工证书满5年'],
    [{ kind: 'level_held', rank: 'L4', years: 0, occupationScope: 'same' }, '取得本职业四级/中级工证书'],
    [{ kind: 'level_held', rank: 'special', years: 2, occupationScope: 'any' }, '获聘特级技师满2年'],
    [{ kind: 'min_age', years: 16 }, '年满16周岁'],
    [{ kind: 'title_held', grade: 'intermediate', years: 1, series: ['engineering'] }, '取得工程技术系列中级职称满1年'],
    [{ kind: 'education_min', level: 'technician_college_senior', technicalSchoolOnly: true }, '取得技工院校高级工班及以上毕业证书'],
    [{ kind: 'competition_result', tiers: ['city_class_1'], maxRank: 10, withinYears: 1 }, '近1年在市级一类职业技能竞赛中获得前10名'],
    [{ kind: 'honor', kinds: ['labour_model', 'may_day_medal'], minLevel: 'provincial' }, '获得省部级及以上劳动模范或五一劳动奖章'],
    [{ kind: 'route_interval', routeKind: 'competition', years: 1 }, '距上次通过以赛代评晋级满1年'],
    [{ kind: 'training_hours', hours: 72, label: '参加企业新型学徒制培训满72学时' }, '参加企业新型学徒制培训满72学时'],
  ] as [Condition, string][])('labels %j as %s', (condition, label) => {
    expect(describeCondition(condition)).toBe(label);
  });
});

describe('evaluateEligibility: routes', () => {
  const byYears = route('by-years', [{ kind: 'years_in_occupation', years: 10 }]);
  const afterL4 = route('after-L4', [{ kind: 'level_held', rank: 'L4', years: 4, occupationScope: 'related' }]);
  const byTitle = route('by-title', [{ kind: 'title_held', grade: 'junior', years: 1 }]);

  it('qualifies by the second route when only it is met, and still explains the first', () => {
    const worker = facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2018-01-01' }] });
    const report = evaluateEligibility(level([byYears, afterL4, byTitle]), worker, '2023-01-01');
    expect(report).toMatchObject({ eligible: true, succeededRoute: 'after-L4', earliestDate: '2023-01-01', earliestRoute: 'after-L4' });
    expect(report.routes.map((r) => [r.code, r.met, r.metOn])).toEqual([
      ['by-years', false, '2025-03-01'],
      ['after-L4', true, '2022-01-01'],
      ['by-title', false, null],
    ]);
    expect(report.routes[0].conditions[0]).toMatchObject({ met: false, actual: { value: 7 } });
  });

  it('takes the first met route in definition order when several are met', () => {
    const worker = facts({ occupationStartedOn: '2000-01-01', credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2018-01-01' }] });
    const report = evaluateEligibility(level([afterL4, byYears]), worker, '2023-01-01');
    expect(report.succeededRoute).toBe('after-L4');
    expect(report.routes.every((r) => r.met)).toBe(true);
  });

  it('projects the earliest date across routes', () => {
    const worker = facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2020-06-01' }] });
    const report = evaluateEligibility(level([byYears, afterL4, byTitle]), worker, '2023-01-01');
    expect(report).toMatchObject({ eligible: false, succeededRoute: null, earliestDate: '2024-06-01', earliestRoute: 'after-L4' });
    expect(report.routes.map((r) => r.metOn)).toEqual(['2025-03-01', '2024-06-01', null]);
  });

  it('projects a route with several conditions to the latest of their dates', () => {
    const both = route('both', [
      { kind: 'title_held', grade: 'junior', years: 5 },
      { kind: 'level_held', rank: 'L3', years: 1, occupationScope: 'related' },
    ]);
    const worker = facts({ titles: [{ grade: 'junior', obtainedOn: '2019-09-01' }], credentials: [{ rank: 'L3', occupationCode: OCC, obtainedOn: '2024-10-15' }] });
    const report = evaluateEligibility(level([both]), worker, '2024-11-01');
    expect(report.routes[0].conditions.map((c) => c.metOn)).toEqual(['2024-09-01', '2025-10-15']);
    expect(report).toMatchObject({ eligible: false, earliestDate: '2025-10-15', earliestRoute: 'both' });
  });

  it('gives null when no route can be met by time alone', () => {
    const report = evaluateEligibility(level([byTitle, route('honor', [{ kind: 'honor', minLevel: 'national' }])]), facts(), '2023-01-01');
    expect(report).toMatchObject({ eligible: false, succeededRoute: null, earliestDate: null, earliestRoute: null });
    expect(report.routes.map((r) => r.metOn)).toEqual([null, null]);
  });

  it('gives null for a route whose other conditions are met only after a recent result lapses', () => {
    const competition = route('competition', [
      { kind: 'competition_result', tiers: ['city_class_1'], maxRank: 10, withinYears: 1 },
      { kind: 'level_held', rank: 'L3', years: 5, occupationScope: 'same' },
    ], 'competition');
    const worker = facts({
      competitionResults: [{ tier: 'city_class_1', rank: 2, date: '2024-06-30' }],
      credentials: [{ rank: 'L3', occupationCode: OCC, obtainedOn: '2021-01-01' }],
    });
    const report = evaluateEligibility(level([competition]), worker, '2024-12-01');
    expect(report.routes[0].conditions.map((c) => [c.met, c.metOn])).toEqual([[true, '2024-06-30'], [false, '2026-01-01']]);
    expect(report.routes[0].metOn).toBeNull();
    expect(report.earliestDate).toBeNull();
  });

  it('projects past a lapse to the next dated result', () => {
    const competition = route('competition', [
      { kind: 'competition_result', tiers: ['city_class_1'], maxRank: 10, withinYears: 1 },
      { kind: 'level_held', rank: 'L3', years: 5, occupationScope: 'same' },
    ], 'competition');
    const worker = facts({
      competitionResults: [{ tier: 'city_class_1', rank: 2, date: '2024-06-30' }, { tier: 'city_class_1', rank: 5, date: '2026-09-20' }],
      credentials: [{ rank: 'L3', occupationCode: OCC, obtainedOn: '2021-01-01' }],
    });
    expect(evaluateEligibility(level([competition]), worker, '2024-12-01').routes[0].metOn).toBe('2026-09-20');
  });

  it('evaluates every condition of every route, even after a route is met', () => {
    const worker = facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2018-01-01' }] });
    const report = evaluateEligibility(level([afterL4, byYears, byTitle]), worker, '2023-01-01');
    expect(report.routes.map((r) => r.conditions.length)).toEqual([1, 1, 1]);
    expect(report.routes[2].conditions[0]).toMatchObject({ kind: 'title_held', met: false, actual: { text: '未取得' } });
  });

  it('crosses the anniversary for a whole route: the day before and the day of', () => {
    const worker = facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2021-03-15' }] });
    const before = evaluateEligibility(level([afterL4]), worker, '2025-03-14');
    const on = evaluateEligibility(level([afterL4]), worker, '2025-03-15');
    expect([before.eligible, before.earliestDate]).toEqual([false, '2025-03-15']);
    expect([on.eligible, on.earliestDate, on.succeededRoute]).toEqual([true, '2025-03-15', 'after-L4']);
  });

  it('uses the standard occupation and its related ones, not the worker’s, when the level names them', () => {
    const worker = facts({
      occupationCode: OTHER,
      relatedOccupationCodes: [OTHER],
      credentials: [{ rank: 'L4', occupationCode: OTHER, obtainedOn: '2010-01-01' }],
    });
    const report = evaluateEligibility(level([afterL4]), worker, '2023-01-01');
    expect(report.eligible).toBe(false);
    expect(evaluateEligibility(level([afterL4], { occupationCode: undefined, relatedOccupationCodes: undefined }), worker, '2023-01-01').eligible).toBe(true);
  });

  it('reports a met route as met since its latest condition', () => {
    const r = route('r', [{ kind: 'min_age', years: 16 }, { kind: 'apprenticeship_completed' }]);
    const report = evaluateEligibility(level([r]), facts({ birthDate: '2004-08-01', apprenticeshipCompletedOn: '2021-06-30' }), '2023-01-01');
    expect(report.routes[0]).toMatchObject({ met: true, metOn: '2021-06-30' });
  });

  it('refuses malformed dates, naming the fact', () => {
    expect(() => evaluateEligibility(level([afterL4]), facts(), '2023/01/01')).toThrow(/asOf/);
    expect(() =>
      evaluateEligibility(level([afterL4]), facts({ credentials: [{ rank: 'L4', occupationCode: OCC, obtainedOn: '2021-02-29' }] }), '2023-01-01'),
    ).toThrow(/facts\.credentials\[0\]\.obtainedOn/);
  });

  it('rejects an unknown condition kind instead of ignoring it', () => {
    const bad = route('bad', [{ kind: 'blood_type' } as unknown as Condition]);
    expect(() => evaluateEligibility(level([bad]), facts(), '2023-01-01')).toThrow(/unknown condition kind/);
  });
});
