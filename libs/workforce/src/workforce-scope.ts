import { organizationSql } from '@skill-ladder/identity';
import { Principal, regionLikePattern, requireOrganization, requireRegion } from '@skill-ladder/platform';

/**
 * Which workers (`persons` under `alias`) the principal may see: HR sees those employed by or
 * working at its organization (a dispatched worker: the agency and the enterprise, nobody else),
 * a bureau those employed or working inside its region, a worker only themself.
 * With `currentOn` HR needs an employment still running on that date: a former employer keeps
 * reading its past staff but may no longer change them or reveal their ID number.
 */
export function visibleWorkersWhere(principal: Principal, alias: string, currentOn?: string): { sql: string; params: Record<string, unknown> } {
  return visiblePersonIdWhere(principal, `${alias}.id`, currentOn);
}

/** `visibleWorkersWhere` on a person id column of any row (`r.person_id`), without reading `persons`. */
export function visiblePersonIdWhere(principal: Principal, personIdColumn: string, currentOn?: string): { sql: string; params: Record<string, unknown> } {
  switch (principal.actingAs) {
    case 'bureau_officer':
      return {
        sql: `EXISTS (SELECT 1 FROM employments se JOIN ${organizationSql.idsInRegion(':scopeRegion')} so ON so.id IN (se.employer_org_id, se.work_org_id)
                       WHERE se.person_id = ${personIdColumn})`,
        params: { scopeRegion: regionLikePattern(requireRegion(principal)) },
      };
    case 'hr_admin':
      return {
        sql: `EXISTS (SELECT 1 FROM employments se WHERE se.person_id = ${personIdColumn}
                       AND (se.employer_org_id = :scopeOrganizationId OR se.work_org_id = :scopeOrganizationId)
                       ${currentOn ? 'AND (se.ended_on IS NULL OR se.ended_on >= :scopeCurrentOn)' : ''})`,
        params: { scopeOrganizationId: requireOrganization(principal), ...(currentOn ? { scopeCurrentOn: currentOn } : {}) },
      };
    case 'worker':
      return { sql: `${personIdColumn} = :scopePersonId`, params: { scopePersonId: principal.personId ?? '00000000-0000-0000-0000-000000000000' } };
    default:
      return { sql: 'FALSE', params: {} };
  }
}
