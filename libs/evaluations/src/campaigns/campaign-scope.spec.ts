import { Scope } from '@skill-ladder/platform';
import { APPLICATION_CHANGES, APPLICATION_DECISIONS, ApplicationAccessRow, APPLICATIONS, CAMPAIGN_BODY_HR, CAMPAIGN_FILING_BUREAU, CAMPAIGNS, CampaignAccessRow } from './campaign-scope';

const TODAY = '2026-09-30';
const BODY = 'body';
const AGENCY = 'agency';
const hr = (organizationId: string): Scope => ({ kind: 'organization', organizationId, organizationKind: 'enterprise' });
const bureau = (regionCode: string): Scope => ({ kind: 'region', regionCode, organizationId: 'b' });
const worker = (personId: string): Scope => ({ kind: 'person', personId });

/** A campaign of a body in county 141121; p1 works there since 2020, p2 left in June, p3 starts in October, p4 applied. */
const campaign = (status: string): CampaignAccessRow => ({
  organizationId: BODY,
  organizationRegion: '141121',
  status,
  applicantIds: ['p4'],
  staff: [
    { personId: 'p1', hiredOn: '2020-01-01', endedOn: null },
    { personId: 'p2', hiredOn: '2020-01-01', endedOn: '2026-06-30' },
    { personId: 'p3', hiredOn: '2026-10-01', endedOn: null },
  ],
});

describe('campaigns policy', () => {
  it.each([
    ['the platform', { kind: 'all' }, 'draft', true],
    ['the city bureau over the county, once filed', bureau('141100'), 'filed', true],
    ['the city bureau, not a draft', bureau('141100'), 'draft', false],
    ['a bureau of another city', bureau('140200'), 'filed', false],
    ['HR of the body', hr(BODY), 'draft', true],
    ['HR elsewhere', hr(AGENCY), 'registration_open', false],
    ['a worker there, while open', worker('p1'), 'registration_open', true],
    ['a worker there, once closed', worker('p1'), 'registration_closed', false],
    ['a worker who left', worker('p2'), 'registration_open', false],
    ['a worker not yet hired', worker('p3'), 'registration_open', false],
    ['an applicant, whatever the status', worker('p4'), 'finalized', true],
    ['an evaluator', { kind: 'evaluator', userId: 'u', organizationId: BODY, personId: null }, 'registration_open', false],
  ] as const)('is seen by %s: %s', (_who, scope, status, seen) => {
    expect(CAMPAIGNS.allows(scope, campaign(status), { today: TODAY })).toBe(seen);
  });

  it('binds the worker and the day as parameters', () => {
    expect(CAMPAIGNS.where(worker('p1'), 'c', { today: TODAY }).params).toEqual({ scopePersonId: 'p1', scopeToday: TODAY });
  });
});

describe('who acts on a campaign', () => {
  const filedWith = (organizationId: string): Scope => ({ kind: 'region', regionCode: '141100', organizationId });

  it.each([
    ['HR of the body', hr(BODY), true, false],
    ['HR elsewhere', hr(AGENCY), false, false],
    ['the bureau it was filed with', filedWith('cityBureau'), false, true],
    ['another bureau over the same region', filedWith('provinceBureau'), false, false],
    ['the platform', { kind: 'all' }, false, false],
    ['a worker', worker('p1'), false, false],
  ] as const)('%s: runs it %s, acknowledges it %s', (_who, scope, runs, acknowledges) => {
    expect(CAMPAIGN_BODY_HR.allows(scope, { organizationId: BODY })).toBe(runs);
    expect(CAMPAIGN_FILING_BUREAU.allows(scope, { bureauId: 'cityBureau' })).toBe(acknowledges);
  });

  it('acknowledges nothing not yet filed', () => {
    expect(CAMPAIGN_FILING_BUREAU.allows({ kind: 'region', regionCode: '141100', organizationId: null }, { bureauId: null })).toBe(false);
  });
});

describe('applications policies', () => {
  /** An application at the body by p1, dispatched by the agency (employer of record). */
  const row: ApplicationAccessRow = { organizationId: BODY, organizationRegion: '141121', employerOrgId: AGENCY, personId: 'p1' };

  it.each([
    ['the platform', { kind: 'all' }, [true, false, false]],
    ['the city bureau', bureau('141100'), [true, false, false]],
    ['another province', bureau('110000'), [false, false, false]],
    ['HR of the body', hr(BODY), [true, true, true]],
    ['the employer of record', hr(AGENCY), [true, false, false]],
    ['HR elsewhere', hr('other'), [false, false, false]],
    ['the applicant', worker('p1'), [true, true, false]],
    ['another worker', worker('p2'), [false, false, false]],
  ] as const)('%s: sees, changes, decides = %j', (_who, scope, [sees, changes, decides]) => {
    expect([APPLICATIONS.allows(scope, row), APPLICATION_CHANGES.allows(scope, row), APPLICATION_DECISIONS.allows(scope, row)]).toEqual([sees, changes, decides]);
  });
});
