import { ForbiddenError, Principal, scopeOf } from '@skill-ladder/platform';
import { STANDARD_OWNER, STANDARD_REVIEWER, StandardAccessRow } from '../standards-scope';
import type { VisibleStandard } from './standards.repository';
import { VersionParty } from './version-workflow';

/** What the standards policies read of a standard in hand. */
export function standardAccessRow({ standard, owner }: Pick<VisibleStandard, 'standard' | 'owner'>): StandardAccessRow {
  return { organizationId: standard.organizationId, ownerRegion: owner?.regionCode ?? null };
}

/**
 * Who the principal is to a standard, by `STANDARD_OWNER` and `STANDARD_REVIEWER`
 * (libs/standards/src/standards-scope.ts). owner: HR of the owning enterprise, or a bureau
 * officer covering it (acting for it); reviewer: a bureau officer covering the owner. National
 * and industry standards: the platform.
 */
export function partiesOf(principal: Principal, visible: Pick<VisibleStandard, 'standard' | 'owner'>): VersionParty[] {
  const scope = scopeOf(principal);
  const row = standardAccessRow(visible);
  const parties: VersionParty[] = [];
  if (STANDARD_OWNER.allows(scope, row)) parties.push('owner');
  if (STANDARD_REVIEWER.allows(scope, row)) parties.push('reviewer');
  return parties;
}

/** The principal's parties, or 403 when it is not `party` to the standard. */
export function requireParty(principal: Principal, visible: VisibleStandard, party: VersionParty): VersionParty[] {
  const parties = partiesOf(principal, visible);
  if (!parties.includes(party)) {
    throw new ForbiddenError('STANDARD_ACTION_NOT_ALLOWED', 'Only the owner of the standard (or the bureau acting for it) may do this');
  }
  return parties;
}
