import { Scope } from '@skill-ladder/platform';
import { EVALUATOR_CONFLICTS, EVALUATOR_HOME_HR, EvaluatorAccessRow, EVALUATORS } from './evaluator-scope';

const hr = (organizationId: string): Scope => ({ kind: 'organization', organizationId, organizationKind: 'enterprise' });
const bureau = (regionCode: string): Scope => ({ kind: 'region', regionCode, organizationId: 'b' });

/** An evaluator of a county plant (141121), shared by a bureau of `sharedBy` or not shared. */
const profile = (sharedBy: string | null): EvaluatorAccessRow => ({
  organizationId: 'countyPlant',
  organizationRegion: '141121',
  sharedWithRegion: sharedBy !== null,
  sharedByBureauRegion: sharedBy,
});

describe('evaluators policy', () => {
  it.each([
    ['the platform', { kind: 'all' }, null, null, true],
    ['the city bureau over the county', bureau('141100'), null, null, true],
    ['a bureau of another city', bureau('140200'), null, null, false],
    ['HR of the home plant', hr('countyPlant'), '141121', null, true],
    ['HR of a plant in the same city, not shared', hr('cityPlant'), '141102', null, false],
    ['HR of a plant in the same city, shared by the city bureau', hr('cityPlant'), '141102', '141100', true],
    ['HR of a plant in the same city, shared by the county bureau (not covering it)', hr('cityPlant'), '141102', '141121', false],
    ['HR of a plant elsewhere in the province, shared by the province', hr('agency'), '140200', '140000', true],
    ['HR without a region, shared by the province', hr('agency'), null, '140000', false],
    ['an evaluator', { kind: 'evaluator', userId: 'u', organizationId: 'countyPlant', personId: null }, '141121', null, false],
    ['a worker', { kind: 'person', personId: 'p' }, null, null, false],
  ] as const)('%s sees it: %s', (_who, scope, homeRegion, sharedBy, seen) => {
    expect(EVALUATORS.allows(scope, profile(sharedBy), { homeRegion })).toBe(seen);
  });

  it('binds the regions covering HR’s own as the shared bureaus it sees', () => {
    expect(EVALUATORS.where(hr('cityPlant'), 'p', { homeRegion: '141102' }).params).toEqual({
      scopeOrganizationId: 'cityPlant',
      coveringRegions: ['140000', '141100', '141102'],
    });
  });

  it('only HR of the home plant changes a profile; conflicts are read by the declaring organization and its bureaus', () => {
    expect([hr('countyPlant'), hr('cityPlant'), bureau('141100'), { kind: 'all' } as Scope].map((s) => EVALUATOR_HOME_HR.allows(s, { organizationId: 'countyPlant' }))).toEqual([
      true,
      false,
      false,
      false,
    ]);
    const conflict = { organizationId: 'cityPlant', organizationRegion: '141102' };
    expect([hr('cityPlant'), hr('countyPlant'), bureau('141100'), bureau('141121'), { kind: 'all' } as Scope].map((s) => EVALUATOR_CONFLICTS.allows(s, conflict))).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });
});
