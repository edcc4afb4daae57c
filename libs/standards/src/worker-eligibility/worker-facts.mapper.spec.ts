import type { WorkerRecord } from '@skill-ladder/workforce';
import { evaluateEligibility, nationalDefaultLevel } from '..';
import { currentEmployments, relevantEmployment, toWorkerFacts } from './worker-facts.mapper';

function record(overrides: Partial<WorkerRecord> = {}): WorkerRecord {
  return {
    id: 'p1',
    fullName: '王建国',
    idNumberMasked: '141102********1234',
    birthDate: '1990-03-07',
    sex: 'male',
    phone: null,
    education: 'secondary_vocational',
    graduatedOn: '2009-07-01',
    apprenticeshipCompletedOn: null,
    userId: null,
    employments: [
      {
        id: 'e1', employerOrganizationId: 'org-a', workOrganizationId: 'org-a', employmentType: 'regular', occupationCode: '6-18-02-04',
        occupationStartedOn: '2012-07-01', hiredOn: '2012-07-01', endedOn: null, jobTitle: null,
      },
    ],
    credentials: [
      { id: 'c1', occupationCode: '6-18-02-04', workType: null, rank: 'L4', certificateNumber: null, issuedOn: '2021-03-15', issuerName: '鉴定中心', source: 'external', status: 'valid' },
      { id: 'c2', occupationCode: '6-18-02-04', workType: null, rank: 'L3', certificateNumber: null, issuedOn: '2024-01-10', issuerName: '鉴定中心', source: 'external', status: 'revoked' },
    ],
    titles: [{ id: 't1', series: 'engineering', grade: 'junior', titleName: '助理工程师', obtainedOn: '2020-12-01', source: 'external' }],
    honors: [{ id: 'h1', kind: 'craftsman', level: 'city', name: '吕梁工匠', awardedOn: '2023-05-01' }],
    trainings: [{ id: 'tr1', name: '焊接安全', hours: 40, completedOn: '2024-06-30' }],
    innovations: [{ id: 'i1', kind: 'five_small', title: '焊枪改进', level: null, achievedOn: '2022-09-01' }],
    relations: [],
    ...overrides,
  };
}

describe('worker record → eligibility facts', () => {
  it('maps every fact with its id, keeping only valid credentials', () => {
    const facts = toWorkerFacts(record(), { occupationCode: '6-18-02-04', relatedOccupationCodes: ['6-18-01-01'], asOf: '2026-09-30' });
    expect(facts).toEqual({
      birthDate: '1990-03-07',
      occupationCode: '6-18-02-04',
      relatedOccupationCodes: ['6-18-01-01'],
      occupationStartedOn: '2012-07-01',
      credentials: [{ id: 'c1', rank: 'L4', occupationCode: '6-18-02-04', obtainedOn: '2021-03-15' }],
      titles: [{ id: 't1', grade: 'junior', series: 'engineering', obtainedOn: '2020-12-01' }],
      education: [{ level: 'secondary_vocational', graduatedOn: '2009-07-01' }],
      trainingRecords: [{ id: 'tr1', hours: 40, completedOn: '2024-06-30' }],
      honors: [{ id: 'h1', kind: 'craftsman', level: 'city', awardedOn: '2023-05-01' }],
      competitionResults: [],
      innovations: [{ id: 'i1', kind: 'five_small', date: '2022-09-01' }],
      mentees: [],
    });
  });

  it('starts the years in the occupation at hiring when no start is recorded', () => {
    const r = record();
    r.employments[0].occupationStartedOn = null;
    expect(toWorkerFacts(r, { occupationCode: '6-18-02-04', asOf: '2026-09-30' }).occupationStartedOn).toBe('2012-07-01');
  });

  it('prefers the running employment in the standard’s occupation, then a related one', () => {
    const r = record({
      employments: [
        { ...record().employments[0], id: 'old', occupationCode: '6-18-02-04', endedOn: '2015-12-31' },
        { ...record().employments[0], id: 'other', occupationCode: '6-31-01-03', hiredOn: '2016-01-01', occupationStartedOn: '2016-01-01' },
        { ...record().employments[0], id: 'turning', occupationCode: '6-18-01-01', hiredOn: '2018-01-01', occupationStartedOn: '2014-01-01' },
      ],
    });
    expect(currentEmployments(r, '2026-09-30').map((e) => e.id)).toEqual(['other', 'turning']);
    expect(relevantEmployment(r, { occupationCode: '6-18-01-01', asOf: '2026-09-30' })?.id).toBe('turning');
    expect(relevantEmployment(r, { occupationCode: '6-18-02-04', relatedOccupationCodes: ['6-18-01-01'], asOf: '2026-09-30' })?.id).toBe('turning');
    expect(relevantEmployment(r, { occupationCode: '6-18-02-04', asOf: '2026-09-30' })?.id).toBe('other');
    // Related codes describe the standard's occupation, so they are only passed on for it.
    expect(toWorkerFacts(r, { occupationCode: '6-18-02-04', relatedOccupationCodes: ['6-18-01-01'], asOf: '2026-09-30' })).not.toHaveProperty('relatedOccupationCodes');
  });

  it('without a running employment the worker works in no occupation', () => {
    const r = record({ employments: [{ ...record().employments[0], endedOn: '2020-01-01' }] });
    const facts = toWorkerFacts(r, { occupationCode: '6-18-02-04', asOf: '2026-09-30' });
    expect(facts.occupationCode).toBe('');
    expect(facts).not.toHaveProperty('occupationStartedOn');
  });

  it('feeds the engine: L3 after L4 held 4 years, met on the anniversary', () => {
    const level = nationalDefaultLevel('L3', { occupationCode: '6-18-02-04' });
    const before = evaluateEligibility(level, toWorkerFacts(record(), { occupationCode: '6-18-02-04', asOf: '2025-03-14' }), '2025-03-14');
    const route = before.routes.find((r) => r.code === 'L3-after-L4')!;
    expect(route).toMatchObject({ met: false, metOn: '2025-03-15' });
    const on = evaluateEligibility(level, toWorkerFacts(record(), { occupationCode: '6-18-02-04', asOf: '2025-03-15' }), '2025-03-15');
    expect(on.eligible).toBe(true);
    // The junior title (held since 2020-12-01) already qualified on another route.
    expect(on.succeededRoute).toBe('L3-years-in-occupation');
  });
});
