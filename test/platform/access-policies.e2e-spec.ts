import {
  ApplicationAccessRow,
  APPLICATION_CHANGES,
  APPLICATION_DECISIONS,
  APPLICATIONS,
  CAMPAIGN_BODY_HR,
  CAMPAIGN_FILING_BUREAU,
  CAMPAIGNS,
  CampaignAccessRow,
} from '../../libs/evaluations/src/campaigns/campaign-scope';
import { AccessPolicy } from '@skill-ladder/platform';
import { WorkerAccessRow, WORKERS, WORKERS_BY_PERSON_ID } from '@skill-ladder/workforce';
import { randomUUID } from 'node:crypto';
import { byScope, counts, usePolicyWorld, WorldScope, WORKERS_OVER_TIME } from '../harness/policy-world';

/**
 * Each access policy answers twice from one declaration: a SQL filter for lists and a predicate
 * for a row in hand. Here both answers are taken on PostgreSQL for every kind of scope over a
 * province of organizations (a county under a city bureau, a dispatch agency in another city,
 * another province), workers (dispatched, former, not yet hired) and campaigns in every status,
 * and the set of rows the SQL returns must be the set the predicate accepts.
 */
describe('access policies: the SQL filter and the predicate agree', () => {
  const ids = { campaigns: [] as string[], applications: [] as string[] };
  const world = usePolicyWorld({
    workers: WORKERS_OVER_TIME,
    // Campaigns and applications without their standard version and levels, which no policy reads.
    seed: async (em) => {
      const campaignAt = new Map<string, string>();
      for (const body of ['countyPlant', 'cityPlant', 'neighbourPlant', 'otherProvincePlant'] as const) {
        for (const status of ['draft', 'filed', 'registration_open', 'registration_closed', 'finalized']) {
          const [c] = await em.query(
            `INSERT INTO campaigns (organization_id, name, occupation_code, standard_version_id, status, bureau_id,
                                    registration_opens_on, registration_closes_on, assessment_starts_on, assessment_ends_on)
             VALUES ($1, '认定计划', '6-18-02-04', $2, $3, $4, '2026-09-01', '2026-10-15', '2026-10-20', '2026-10-30') RETURNING id`,
            [world.org(body), randomUUID(), status, status === 'draft' ? null : world.org(body === 'countyPlant' ? 'countyBureau' : 'cityBureau')],
          );
          ids.campaigns.push(c.id);
          campaignAt.set(`${body}:${status}`, c.id);
        }
      }
      for (const [who, campaign, employer, type] of [
        ['dispatched', 'countyPlant:registration_closed', 'agency', 'dispatched'],
        ['formerThenAway', 'countyPlant:finalized', 'countyPlant', 'regular'],
        ['away', 'otherProvincePlant:registration_open', 'otherProvincePlant', 'regular'],
        ['cityStaff', 'cityPlant:filed', 'cityPlant', 'regular'],
        ['formerDispatched', 'cityPlant:finalized', 'agency', 'dispatched'],
      ] as const) {
        const body = campaign.split(':')[0] as 'countyPlant' | 'cityPlant' | 'otherProvincePlant';
        const [a] = await em.query(
          `INSERT INTO applications (campaign_id, organization_id, person_id, rank, source, employment_type, employer_org_id, eligible, eligibility_as_of, eligibility_report)
           VALUES ($1, $2, $3, 'L4', 'hr', $4, $5, true, '2026-09-01', '{}') RETURNING id`,
          [campaignAt.get(campaign), world.org(body), world.person(who), type, world.org(employer)],
        );
        ids.applications.push(a.id);
      }
    },
  });

  const scopes = (): WorldScope[] => [
    ...world.scopes(),
    ...world.workerScopes(),
    ['evaluator', { kind: 'evaluator', userId: randomUUID(), organizationId: world.org('countyPlant'), personId: world.person('dispatched') }],
  ];

  const workerRows = () =>
    world.rows(
      `SELECT p.id, COALESCE(json_agg(json_build_object('employerOrgId', e.employer_org_id, 'workOrgId', e.work_org_id, 'employerRegion', eo.region_code,
                'workRegion', wo.region_code, 'endedOn', e.ended_on::text)) FILTER (WHERE e.id IS NOT NULL), '[]') AS employments
         FROM persons p LEFT JOIN employments e ON e.person_id = p.id
         LEFT JOIN organizations eo ON eo.id = e.employer_org_id LEFT JOIN organizations wo ON wo.id = e.work_org_id
        WHERE p.id = ANY($1) GROUP BY p.id`,
      [[...world.persons.values()]],
      (r: { id: string; employments: WorkerAccessRow['employments'] }): WorkerAccessRow => ({ personId: r.id, employments: r.employments }),
    );

  const campaignRows = () =>
    world.rows(
      `SELECT c.id, c.organization_id, c.bureau_id, o.region_code, c.status,
              ARRAY(SELECT a.person_id::text FROM applications a WHERE a.campaign_id = c.id) AS applicant_ids,
              COALESCE((SELECT json_agg(json_build_object('personId', e.person_id, 'hiredOn', e.hired_on::text, 'endedOn', e.ended_on::text))
                          FROM employments e WHERE e.work_org_id = c.organization_id), '[]') AS staff
         FROM campaigns c JOIN organizations o ON o.id = c.organization_id WHERE c.id = ANY($1)`,
      [ids.campaigns],
      (r: Record<string, never>): CampaignAccessRow & { bureauId: string | null } => ({
        organizationId: r.organization_id,
        bureauId: r.bureau_id,
        organizationRegion: r.region_code,
        status: r.status,
        applicantIds: r.applicant_ids,
        staff: r.staff,
      }),
    );

  const applicationRows = () =>
    world.rows(
      `SELECT a.id, a.organization_id, o.region_code, a.employer_org_id, a.person_id FROM applications a JOIN organizations o ON o.id = a.organization_id WHERE a.id = ANY($1)`,
      [ids.applications],
      (r: Record<string, string>): ApplicationAccessRow => ({ organizationId: r.organization_id, organizationRegion: r.region_code, employerOrgId: r.employer_org_id, personId: r.person_id }),
    );

  it('workers: for every scope, with and without a date the employment must still run on', async () => {
    const rows = await workerRows();
    let seen = {};
    for (const currentOn of [undefined, '2026-06-30', '2026-07-01', '2026-09-30']) {
      const answers = await world.agree(WORKERS, scopes(), 'persons p', rows, { ctx: { currentOn }, label: { currentOn } });
      if (!currentOn) seen = counts(answers);
    }
    // Not vacuous: the scopes see different, non-empty sets where the domain says so.
    expect(seen).toMatchObject({
      platform: 0,
      'bureau provinceBureau': 6,
      'bureau cityBureau': 6,
      'bureau countyBureau': 3,
      'bureau otherCityBureau': 2,
      'bureau otherProvinceBureau': 2,
      'bureau of an empty city': 0,
      'HR agency': 2,
      'HR countyPlant': 3,
      'HR otherProvincePlant': 2,
      'worker dispatched': 1,
      'worker without a record': 0,
      evaluator: 0,
    });
  });

  it('workers by a person id column: the same answer on another table’s rows', async () => {
    const workers = await workerRows();
    const byApplication = new Map([...(await applicationRows()).entries()].map(([id, a]) => [id, workers.get(a.personId) as WorkerAccessRow]));
    await world.agree(WORKERS_BY_PERSON_ID, scopes(), 'applications a', byApplication, { on: 'a.person_id' });
  });

  it('campaigns: for every scope, on a day registration runs and on a day before', async () => {
    const rows = await campaignRows();
    let seen = {};
    for (const today of ['2026-06-15', '2026-09-30', '2026-10-01']) {
      const answers = await world.agree(CAMPAIGNS, scopes(), 'campaigns c', rows, { ctx: { today }, label: { today } });
      if (today === '2026-09-30') seen = counts(answers);
    }
    expect(seen).toMatchObject({
      platform: 20,
      'bureau cityBureau': 12,
      'bureau countyBureau': 4,
      'HR countyPlant': 5,
      'HR agency': 0,
      'worker dispatched': 2,
      'worker notYetHired': 0,
      'worker formerThenAway': 2,
      evaluator: 0,
    });
  });

  it('campaigns: who runs one (HR of the body) and who acknowledges it (the bureau it was filed with), for every scope', async () => {
    const rows = await campaignRows();
    const bodyHr = await world.agree(CAMPAIGN_BODY_HR, scopes(), 'campaigns c', rows);
    const filing = await world.agree(CAMPAIGN_FILING_BUREAU, scopes(), 'campaigns c', rows);
    // The province bureau sees the county's filed campaigns but was not filed with: it does not act on them.
    expect(byScope(counts(bodyHr), counts(filing))).toMatchObject({
      'HR countyPlant': [5, 0],
      'bureau countyBureau': [0, 4],
      'bureau cityBureau': [0, 12],
      'bureau provinceBureau': [0, 0],
      platform: [0, 0],
    });
  });

  it('applications: seeing, changing and deciding, for every scope', async () => {
    const rows = await applicationRows();
    const seen: Record<string, Record<string, number | '404'>> = {};
    for (const policy of [APPLICATIONS, APPLICATION_CHANGES, APPLICATION_DECISIONS] as AccessPolicy<ApplicationAccessRow>[]) {
      seen[policy.name] = counts(await world.agree(policy, scopes(), 'applications a', rows));
    }
    expect(seen[APPLICATIONS.name]['HR agency']).toBe(2);
    expect(seen[APPLICATION_CHANGES.name]['HR agency']).toBe(0);
  });
});
