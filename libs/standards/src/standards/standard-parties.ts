import { bureauCovers, ForbiddenError, Principal } from '@skill-ladder/platform';
import type { VisibleStandard } from './standards.repository';
import { VersionParty } from './version-workflow';

/**
 * Who the principal is to a standard. owner: HR of the owning enterprise, or a bureau officer
 * covering it (acting for it); reviewer: a bureau officer covering the owner. National and
 * industry standards: the platform.
 */
export function partiesOf(principal: Principal, { standard, owner }: Pick<VisibleStandard, 'standard' | 'owner'>): VersionParty[] {
  if (!owner) return principal.actingAs === 'platform_admin' ? ['owner', 'reviewer'] : [];
  if (principal.actingAs === 'hr_admin' && principal.organizationId === standard.organizationId) return ['owner'];
  if (principal.actingAs === 'bureau_officer' && principal.regionCode && bureauCovers(principal.regionCode, owner.regionCode)) return ['owner', 'reviewer'];
  return [];
}

/** The principal's parties, or 403 when it is not `party` to the standard. */
export function requireParty(principal: Principal, visible: VisibleStandard, party: VersionParty): VersionParty[] {
  const parties = partiesOf(principal, visible);
  if (!parties.includes(party)) {
    throw new ForbiddenError('STANDARD_ACTION_NOT_ALLOWED', 'Only the owner of the standard (or the bureau acting for it) may do this');
  }
  return parties;
}
