import { organizationInRegion, organizationSql } from '@skill-ladder/identity';
import { definePolicy, everyRow, NOBODY, ownOrganizationRows, ownPersonRows, PolicyRule, Principal, regionCovers, regionLikePattern, Scope, scopeOf, scopeOrganization, scopeRegion, SqlFilter } from '@skill-ladder/platform';
import { personSql } from '@skill-ladder/workforce';

/**
 * What the campaigns policy needs to know of a campaign to answer `allows`: its body and the
 * body's region, its status, who applied, and the employments at the body (a worker sees an open
 * campaign of an organization where they work).
 */
export interface CampaignAccessRow {
  organizationId: string;
  organizationRegion: string;
  status: string;
  applicantIds: readonly string[];
  staff: readonly { personId: string; hiredOn: string; endedOn: string | null }[];
}

/**
 * Which campaigns (`campaigns` under the alias) the scope sees: the platform all; a bureau those of
 * bodies in its region once filed; HR its own enterprise's; a worker the open campaigns of an
 * organization where they work on `today`, and any campaign they applied to.
 */
export const CAMPAIGNS = definePolicy<CampaignAccessRow, { today: string }>('campaigns', {
  all: everyRow(),
  region: {
    sql: (c, scope) => ({
      sql: `(${organizationSql.inRegion(`${c}.organization_id`, ':scopeRegion')} AND ${c}.status <> 'draft')`,
      params: { scopeRegion: regionLikePattern(scopeRegion(scope)) },
    }),
    test: (row, scope) => regionCovers(scopeRegion(scope), row.organizationRegion) && row.status !== 'draft',
  },
  organization: ownOrganizationRows(),
  person: {
    sql: (c, scope, { today }) => ({
      sql: `((${c}.status = 'registration_open' AND ${personSql.worksAt(':scopePersonId', `${c}.organization_id`, ':scopeToday', { hiredBy: true })})
               OR EXISTS (SELECT 1 FROM applications sa WHERE sa.campaign_id = ${c}.id AND sa.person_id = :scopePersonId))`,
      params: { scopePersonId: scope.personId ?? NOBODY, scopeToday: today },
    }),
    test: (row, scope, { today }) => {
      const personId = scope.personId ?? NOBODY;
      const worksThere = row.staff.some((s) => s.personId === personId && s.hiredOn <= today && (s.endedOn === null || s.endedOn >= today));
      return (row.status === 'registration_open' && worksThere) || row.applicantIds.includes(personId);
    },
  },
});

/**
 * Who acts on a campaign (beyond seeing it): HR of its evaluation body runs it, and the bureau it
 * was filed with (`bureau_id`, set on filing) alone acknowledges or returns it — not another
 * bureau of the same region.
 */
export const CAMPAIGN_BODY_HR = definePolicy<Pick<CampaignAccessRow, 'organizationId'>>('campaign-body-hr', {
  organization: {
    sql: (c, scope) => ({ sql: `${c}.organization_id = :scopeOrganizationId`, params: { scopeOrganizationId: scope.organizationId ?? NOBODY } }),
    test: (row, scope) => row.organizationId === (scope.organizationId ?? NOBODY),
  },
});

export const CAMPAIGN_FILING_BUREAU = definePolicy<{ bureauId: string | null }>('campaign-filing-bureau', {
  region: {
    sql: (c, scope) => ({ sql: `${c}.bureau_id = :scopeOrganizationId`, params: { scopeOrganizationId: scope.organizationId ?? NOBODY } }),
    test: (row, scope) => row.bureauId === (scope.organizationId ?? NOBODY),
  },
});

/** What the applications policies need to know of an application: its body (and the body's region), the applicant and their employer of record. */
export interface ApplicationAccessRow {
  organizationId: string;
  organizationRegion: string;
  employerOrgId: string;
  personId: string;
}

/**
 * Which applications (`applications` under the alias) the scope sees: the platform all; a bureau
 * those of bodies in its region; HR those of its campaigns and, as employer of record (a dispatch
 * agency), those of its workers; a worker their own.
 */
export const APPLICATIONS = definePolicy<ApplicationAccessRow>('applications', {
  all: everyRow(),
  region: organizationInRegion(),
  organization: {
    sql: (a, scope) => ({
      sql: `(${a}.organization_id = :scopeOrganizationId OR ${a}.employer_org_id = :scopeOrganizationId)`,
      params: { scopeOrganizationId: scopeOrganization(scope) },
    }),
    test: (row, scope) => row.organizationId === scopeOrganization(scope) || row.employerOrgId === scopeOrganization(scope),
  },
  person: ownPersonRows(),
});

/** HR of the evaluation body (`organization_id`), not its employer of record. */
const BODY_HR: PolicyRule<Extract<Scope, { kind: 'organization' }>, { organizationId: string }, void> = {
  sql: (a, scope) => ({ sql: `${a}.organization_id = :scopeOrganizationId`, params: { scopeOrganizationId: scope.organizationId ?? NOBODY } }),
  test: (row, scope) => row.organizationId === (scope.organizationId ?? NOBODY),
};

/**
 * Which visible applications the scope may change (withdraw, add evidence): the applicant, and HR
 * of the evaluation body — not the employer of record, the bureau or the platform, who only read.
 */
export const APPLICATION_CHANGES = definePolicy<Pick<ApplicationAccessRow, 'organizationId' | 'personId'>>('application-changes', {
  organization: BODY_HR,
  person: ownPersonRows(),
});

/** Which visible applications the scope may decide on (approve, reject): HR of the evaluation body alone. */
export const APPLICATION_DECISIONS = definePolicy<Pick<ApplicationAccessRow, 'organizationId'>>('application-decisions', { organization: BODY_HR });

/** `CAMPAIGNS` for a principal on `today`, under the name call sites know. */
export function visibleCampaignsWhere(principal: Principal, today: string, c = 'c'): SqlFilter {
  return CAMPAIGNS.where(scopeOf(principal), c, { today });
}

/** `APPLICATIONS` for a principal, under the name call sites know. */
export function visibleApplicationsWhere(principal: Principal, a = 'a'): SqlFilter {
  return APPLICATIONS.where(scopeOf(principal), a);
}
