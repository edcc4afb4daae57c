import { organizationSql } from '@skill-ladder/identity';
import { Principal, regionLikePattern, requireOrganization, requireRegion } from '@skill-ladder/platform';
import { personSql } from '@skill-ladder/workforce';

const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * Which campaigns (`campaigns` under `c`) the principal sees: the platform all; a bureau those of bodies in its region once filed; HR its own
 * enterprise's; a worker the open campaigns of an organization where they work on `today`, and
 * any campaign they applied to. Named parameters for `namedQuery`.
 */
export function visibleCampaignsWhere(principal: Principal, today: string, c = 'c'): { sql: string; params: Record<string, unknown> } {
  switch (principal.actingAs) {
    case 'platform_admin':
      return { sql: 'TRUE', params: {} };
    case 'bureau_officer':
      return { sql: `(${organizationSql.inRegion(`${c}.organization_id`, ':scopeRegion')} AND ${c}.status <> 'draft')`, params: { scopeRegion: regionLikePattern(requireRegion(principal)) } };
    case 'hr_admin':
      return { sql: `${c}.organization_id = :scopeOrganizationId`, params: { scopeOrganizationId: requireOrganization(principal) } };
    case 'worker':
      return {
        sql: `((${c}.status = 'registration_open' AND ${worksAt(`${c}.organization_id`)})
               OR EXISTS (SELECT 1 FROM applications sa WHERE sa.campaign_id = ${c}.id AND sa.person_id = :scopePersonId))`,
        params: { scopePersonId: principal.personId ?? NOBODY, scopeToday: today },
      };
    default:
      return { sql: 'FALSE', params: {} };
  }
}

/** The worker (`:scopePersonId`) has an employment at `organizationColumn` running on `:scopeToday`. */
function worksAt(organizationColumn: string): string {
  return personSql.worksAt(':scopePersonId', organizationColumn, ':scopeToday', { hiredBy: true });
}

/**
 * Which applications (`applications` under `a`) the principal sees: the platform all; a bureau
 * those of bodies in its region; HR those of its campaigns and, as employer of record (a dispatch
 * agency), those of its workers; a worker their own.
 */
export function visibleApplicationsWhere(principal: Principal, a = 'a'): { sql: string; params: Record<string, unknown> } {
  switch (principal.actingAs) {
    case 'platform_admin':
      return { sql: 'TRUE', params: {} };
    case 'bureau_officer':
      return { sql: organizationSql.inRegion(`${a}.organization_id`, ':scopeRegion'), params: { scopeRegion: regionLikePattern(requireRegion(principal)) } };
    case 'hr_admin':
      return {
        sql: `(${a}.organization_id = :scopeOrganizationId OR ${a}.employer_org_id = :scopeOrganizationId)`,
        params: { scopeOrganizationId: requireOrganization(principal) },
      };
    case 'worker':
      return { sql: `${a}.person_id = :scopePersonId`, params: { scopePersonId: principal.personId ?? NOBODY } };
    default:
      return { sql: 'FALSE', params: {} };
  }
}
