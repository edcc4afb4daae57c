import { organizationSql } from '@skill-ladder/identity';
import { Principal } from '@skill-ladder/platform';
import { personSql } from '@skill-ladder/workforce';

const NO_PERSON = '00000000-0000-0000-0000-000000000000';

/**
 * Which notices (`publicity_notices` under `alias`) the
 * principal may read: the platform all (to read, as it reads the other lists), HR those of its
 * organization, a bureau those of organizations in its region,
 * a worker those already published by the organization they currently work at (用工单位, so a
 * dispatched worker reads the enterprise's notices, not the agency's). Nobody else.
 */
export function visibleNoticesWhere(principal: Principal, alias: string, today: string): { sql: string; params: Record<string, unknown> } {
  switch (principal.actingAs) {
    case 'platform_admin':
      return { sql: 'TRUE', params: {} };
    case 'hr_admin':
    case 'bureau_officer':
      return organizationSql.visibleTo(principal, `${alias}.organization_id`);
    case 'worker':
      return {
        sql: `${alias}.published_on <= :scopeToday AND ${personSql.worksAt(':scopePersonId', `${alias}.organization_id`, ':scopeToday', { hiredBy: false })}`,
        params: { scopeToday: today, scopePersonId: principal.personId ?? NO_PERSON },
      };
    default:
      return { sql: 'FALSE', params: {} };
  }
}
