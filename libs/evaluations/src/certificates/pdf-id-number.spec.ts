import type { Principal } from '@skill-ladder/platform';
import { printsFullIdNumber } from './certificates.service';

const principal = (p: Partial<Principal>): Principal => ({
  userId: 'u', username: 'u', sessionId: 's', organizationId: null, organizationKind: null, regionCode: null, personId: null,
  roles: [p.actingAs ?? 'worker'], actingAs: 'worker', requestId: 'r', ...p,
});
const row = { organization_id: 'body', person_id: 'holder' };

describe('who sees the full ID number on a certificate PDF', () => {
  it.each([
    ['the holder', principal({ actingAs: 'worker', personId: 'holder' }), true],
    ['another worker', principal({ actingAs: 'worker', personId: 'someone' }), false],
    ['HR of the issuing body', principal({ actingAs: 'hr_admin', organizationId: 'body' }), true],
    ['HR of another enterprise', principal({ actingAs: 'hr_admin', organizationId: 'other' }), false],
    ['a bureau officer', principal({ actingAs: 'bureau_officer', organizationId: 'bureau', regionCode: '141100' }), false],
  ])('%s → %p', (_who, p, expected) => {
    expect(printsFullIdNumber(p, row)).toBe(expected);
  });
});
