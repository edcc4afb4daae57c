import { NotFoundError } from '../errors/domain-error';
import { Principal } from '../auth/principal';
import { regionCovers } from '../validation/region-scope';

export function requireOrganization(principal: Principal): string {
  if (!principal.organizationId) throw new NotFoundError('Organization');
  return principal.organizationId;
}

export function requireRegion(principal: Principal): string {
  if (!principal.regionCode) throw new NotFoundError('Organization');
  return principal.regionCode;
}

export function bureauCovers(bureauRegion: string, region: string): boolean {
  return regionCovers(bureauRegion, region);
}
