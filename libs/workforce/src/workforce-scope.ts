import { organizationSql } from '@skill-ladder/identity';
import { AccessPolicy, definePolicy, NOBODY, Principal, regionCovers, regionLikePattern, scopeOf, scopeOrganization, scopeRegion, SqlFilter } from '@skill-ladder/platform';

/** What the workers policy needs to know of a worker to answer `allows`: each employment with both organizations' regions. */
export interface WorkerAccessRow {
  personId: string;
  employments: readonly { employerOrgId: string; workOrgId: string; employerRegion: string; workRegion: string; endedOn: string | null }[];
}

/** With `currentOn`, HR needs an employment still running on that date. */
export interface WorkerAccessContext {
  currentOn?: string;
}

/**
 * Which workers the scope sees, on a person id column (`column(alias)`): HR those employed by or
 * working at its organization (a dispatched worker: the agency and the enterprise, nobody else),
 * a bureau those employed or working inside its region, a worker only themself; the platform and
 * evaluators none. With `currentOn` HR needs an employment still running on that date: a former
 * employer keeps reading its past staff but may no longer change them or reveal their ID number.
 */
function workersPolicy(name: string, column: (alias: string) => string): AccessPolicy<WorkerAccessRow, WorkerAccessContext | void> {
  return definePolicy<WorkerAccessRow, WorkerAccessContext | void>(name, {
    region: {
      sql: (alias, scope) => ({
        sql: `EXISTS (SELECT 1 FROM employments se JOIN ${organizationSql.idsInRegion(':scopeRegion')} so ON so.id IN (se.employer_org_id, se.work_org_id)
                       WHERE se.person_id = ${column(alias)})`,
        params: { scopeRegion: regionLikePattern(scopeRegion(scope)) },
      }),
      test: (row, scope) => {
        const region = scopeRegion(scope);
        return row.employments.some((e) => regionCovers(region, e.employerRegion) || regionCovers(region, e.workRegion));
      },
    },
    organization: {
      sql: (alias, scope, ctx) => ({
        sql: `EXISTS (SELECT 1 FROM employments se WHERE se.person_id = ${column(alias)}
                       AND (se.employer_org_id = :scopeOrganizationId OR se.work_org_id = :scopeOrganizationId)
                       ${ctx?.currentOn ? 'AND (se.ended_on IS NULL OR se.ended_on >= :scopeCurrentOn)' : ''})`,
        params: { scopeOrganizationId: scopeOrganization(scope), ...(ctx?.currentOn ? { scopeCurrentOn: ctx.currentOn } : {}) },
      }),
      test: (row, scope, ctx) => {
        const org = scopeOrganization(scope);
        const currentOn = ctx?.currentOn;
        return row.employments.some((e) => (e.employerOrgId === org || e.workOrgId === org) && (!currentOn || e.endedOn === null || e.endedOn >= currentOn));
      },
    },
    person: {
      sql: (alias, scope) => ({ sql: `${column(alias)} = :scopePersonId`, params: { scopePersonId: scope.personId ?? NOBODY } }),
      test: (row, scope) => row.personId === (scope.personId ?? NOBODY),
    },
  });
}

/** Workers (`persons` under the alias). */
export const WORKERS = workersPolicy('workers', (alias) => `${alias}.id`);

/** The same rules on any row's person id column (the alias is the column, `r.person_id`), without reading `persons`. */
export const WORKERS_BY_PERSON_ID = workersPolicy('workers', (column) => column);

/** `WORKERS` for a principal, under the name call sites know. */
export function visibleWorkersWhere(principal: Principal, alias: string, currentOn?: string): SqlFilter {
  return WORKERS.where(scopeOf(principal), alias, { currentOn });
}

/** `visibleWorkersWhere` on a person id column of any row (`r.person_id`), without reading `persons`. */
export function visiblePersonIdWhere(principal: Principal, personIdColumn: string, currentOn?: string): SqlFilter {
  return WORKERS_BY_PERSON_ID.where(scopeOf(principal), personIdColumn, { currentOn });
}
