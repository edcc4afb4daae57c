import { organizationInRegion } from '@skill-ladder/identity';
import { definePolicy, everyRow, ownOrganizationRows, Principal, scopeOf, SqlFilter } from '@skill-ladder/platform';
import { personSql } from '@skill-ladder/workforce';
import type { EntryStatus } from './publicity-rules';

const NO_PERSON = '00000000-0000-0000-0000-000000000000';

/**
 * What the notices policy needs to know of a notice to answer `allows`: the publishing
 * organization and its region, the publication day, and the employments whose place of work
 * (用工单位) is that organization.
 */
export interface NoticeAccessRow {
  organizationId: string;
  organizationRegion: string;
  publishedOn: string;
  staff: readonly { personId: string; endedOn: string | null }[];
}

/**
 * Which notices (`publicity_notices` under the alias) the scope reads: the platform all (to read,
 * as it reads the other lists), HR those of its organization, a bureau those of organizations in
 * its region, a worker those already published (on `today`) by an organization they work at and
 * have not left (用工单位, so a dispatched worker reads the enterprise's notices, not the
 * agency's; one hired from a later day already reads them). Nobody else.
 */
export const NOTICES = definePolicy<NoticeAccessRow, { today: string }>('notices', {
  all: everyRow(),
  region: organizationInRegion(),
  organization: ownOrganizationRows(),
  person: {
    sql: (n, scope, { today }) => ({
      sql: `(${n}.published_on <= :scopeToday AND ${personSql.worksAt(':scopePersonId', `${n}.organization_id`, ':scopeToday', { hiredBy: false })})`,
      params: { scopeToday: today, scopePersonId: scope.personId ?? NO_PERSON },
    }),
    test: (row, scope, { today }) => {
      const personId = scope.personId ?? NO_PERSON;
      return row.publishedOn <= today && row.staff.some((s) => s.personId === personId && (s.endedOn === null || s.endedOn >= today));
    },
  },
});

/**
 * Which entries (`publicity_entries` under the alias) of a notice the scope reads, once NOTICES
 * lets it read the notice: a worker what is publicized; the platform, the bureau and HR also the
 * withdrawn entries, with the reason.
 */
export const NOTICE_ENTRIES = definePolicy<{ status: EntryStatus }>('notice-entries', {
  all: everyRow(),
  region: everyRow(),
  organization: everyRow(),
  person: {
    sql: (e) => ({ sql: `${e}.status <> 'withdrawn'`, params: {} }),
    test: (row) => row.status !== 'withdrawn',
  },
});

/**
 * Which objections (`publicity_objections` under the alias) to a notice the scope reads, once
 * NOTICES lets it read the notice: the platform, the bureau and HR every one; a worker those they
 * filed (`filed_by_person_id`, the filer's person, recorded with the filing account).
 */
export const NOTICE_OBJECTIONS = definePolicy<{ filedByPersonId: string | null }>('notice-objections', {
  all: everyRow(),
  region: everyRow(),
  organization: everyRow(),
  person: {
    sql: (x, scope) => ({ sql: `${x}.filed_by_person_id = :scopePersonId`, params: { scopePersonId: scope.personId ?? NO_PERSON } }),
    test: (row, scope) => row.filedByPersonId === (scope.personId ?? NO_PERSON),
  },
});

/** `NOTICES` for a principal on `today`, under the name call sites know. */
export function visibleNoticesWhere(principal: Principal, alias: string, today: string): SqlFilter {
  return NOTICES.where(scopeOf(principal), alias, { today });
}
