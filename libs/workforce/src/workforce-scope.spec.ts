import { NotFoundError, Scope } from '@skill-ladder/platform';
import { WORKERS, WORKERS_BY_PERSON_ID, WorkerAccessRow } from './workforce-scope';

const AGENCY = 'agency';
const PLANT = 'plant';
const OTHER = 'other';
/** Dispatched: employed by the agency (140200, another city), working at the plant (141121, a county of city 141100). */
const dispatched: WorkerAccessRow = {
  personId: 'p1',
  employments: [{ employerOrgId: AGENCY, workOrgId: PLANT, employerRegion: '140200', workRegion: '141121', endedOn: null }],
};
const formerStaff: WorkerAccessRow = {
  personId: 'p2',
  employments: [{ employerOrgId: PLANT, workOrgId: PLANT, employerRegion: '141121', workRegion: '141121', endedOn: '2026-06-30' }],
};

const hr = (organizationId: string | null): Scope => ({ kind: 'organization', organizationId, organizationKind: 'enterprise' });
const bureau = (regionCode: string | null): Scope => ({ kind: 'region', regionCode, organizationId: 'b' });

describe('workers policy', () => {
  it.each([
    ['the agency that employs them', hr(AGENCY), dispatched, true],
    ['the enterprise they work at', hr(PLANT), dispatched, true],
    ['another enterprise', hr(OTHER), dispatched, false],
    ['the province bureau', bureau('140000'), dispatched, true],
    ['the city bureau of the county they work in', bureau('141100'), dispatched, true],
    ['the city bureau of the agency', bureau('140200'), dispatched, true],
    ['the county bureau they work in', bureau('141121'), dispatched, true],
    ['a neighbouring county bureau', bureau('141122'), dispatched, false],
    ['another province', bureau('110000'), dispatched, false],
    ['themself', { kind: 'person', personId: 'p1' }, dispatched, true],
    ['another worker', { kind: 'person', personId: 'p2' }, dispatched, false],
    ['a worker account without a record', { kind: 'person', personId: null }, dispatched, false],
    ['the platform', { kind: 'all' }, dispatched, false],
    ['an evaluator', { kind: 'evaluator', userId: 'u', organizationId: PLANT, personId: 'p1' }, dispatched, false],
    ['a former employer', hr(PLANT), formerStaff, true],
  ] as const)('a worker is seen by %s: %s', (_who, scope, row, seen) => {
    expect(WORKERS.allows(scope, row)).toBe(seen);
  });

  it('lets a former employer read but not act once the employment ended (currentOn)', () => {
    expect(WORKERS.allows(hr(PLANT), formerStaff, { currentOn: '2026-06-30' })).toBe(true);
    expect(WORKERS.allows(hr(PLANT), formerStaff, { currentOn: '2026-07-01' })).toBe(false);
    expect(WORKERS.where(hr(PLANT), 'p', { currentOn: '2026-07-01' }).params).toEqual({ scopeOrganizationId: PLANT, scopeCurrentOn: '2026-07-01' });
    expect(WORKERS.where(hr(PLANT), 'p').sql).not.toContain('scopeCurrentOn');
  });

  it('answers 404 to a bureau or HR account without a region or organization, in both forms', () => {
    expect(() => WORKERS.where(bureau(null), 'p')).toThrow(NotFoundError);
    expect(() => WORKERS.allows(bureau(null), dispatched)).toThrow(NotFoundError);
    expect(() => WORKERS.where(hr(null), 'p')).toThrow(NotFoundError);
    expect(() => WORKERS.allows(hr(null), dispatched)).toThrow(NotFoundError);
  });

  it('filters persons by their id, and any row by its person id column', () => {
    expect(WORKERS.where({ kind: 'person', personId: 'p1' }, 'p')).toEqual({ sql: 'p.id = :scopePersonId', params: { scopePersonId: 'p1' } });
    expect(WORKERS_BY_PERSON_ID.where({ kind: 'person', personId: 'p1' }, 'r.person_id').sql).toBe('r.person_id = :scopePersonId');
    expect(WORKERS.where(bureau('141100'), 'p').params).toEqual({ scopeRegion: '1411%' });
    expect(WORKERS.where({ kind: 'all' }, 'p').sql).toBe('FALSE');
  });
});
