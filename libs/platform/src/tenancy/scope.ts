import { NotFoundError } from '../errors/domain-error';
import { Principal } from '../auth/principal';
import { regionCovers, regionLikePattern } from '../validation/region-scope';

/**
 * A SQL predicate limiting `organizations` (under `alias`) to what the principal may see: all
 * for the platform, the bureau's region for an officer, else the own organization. Named
 * parameters (`:scopeRegion`, `:scopeOrganizationId`) for TypeORM query builders or `namedQuery`.
 */
export function visibleOrganizationsWhere(principal: Principal, alias: string): { sql: string; params: Record<string, unknown> } {
  switch (principal.actingAs) {
    case 'platform_admin':
      return { sql: 'TRUE', params: {} };
    case 'bureau_officer':
      return { sql: `${alias}.region_code LIKE :scopeRegion`, params: { scopeRegion: regionLikePattern(requireRegion(principal)) } };
    default:
      return { sql: `${alias}.id = :scopeOrganizationId`, params: { scopeOrganizationId: requireOrganization(principal) } };
  }
}

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
