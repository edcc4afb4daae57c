import { organizationSql } from '@skill-ladder/identity';
import { Principal, regionLikePattern, requireOrganization, requireRegion } from '@skill-ladder/platform';

/**
 * Which promotion cases (rows with the enterprise in `organization_id` and the worker in
 * `person_id`, under `alias`) the principal may see: the platform all, a bureau those of
 * enterprises in its region, HR its own enterprise's, a worker their own. Named parameters.
 */
export function visibleCasesWhere(principal: Principal, alias: string): { sql: string; params: Record<string, unknown> } {
  switch (principal.actingAs) {
    case 'platform_admin':
      return { sql: 'TRUE', params: {} };
    case 'bureau_officer':
      return {
        sql: organizationSql.inRegion(`${alias}.organization_id`, ':scopeRegion'),
        params: { scopeRegion: regionLikePattern(requireRegion(principal)) },
      };
    case 'hr_admin':
      return { sql: `${alias}.organization_id = :scopeOrganizationId`, params: { scopeOrganizationId: requireOrganization(principal) } };
    case 'worker':
      return { sql: `${alias}.person_id = :scopePersonId`, params: { scopePersonId: principal.personId ?? '00000000-0000-0000-0000-000000000000' } };
    default:
      return { sql: 'FALSE', params: {} };
  }
}
