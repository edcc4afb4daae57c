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
import { AccessPolicy, generateCreditCode, namedQuery, Scope } from '@skill-ladder/platform';
import { WorkerAccessRow, WORKERS, WORKERS_BY_PERSON_ID } from '@skill-ladder/workforce';
import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { createTestApp, TestApp } from '../harness/test-app';

/**
 * Each access policy answers twice from one declaration: a SQL filter for lists and a predicate
 * for a row in hand. Here both answers are taken on PostgreSQL for every kind of scope over a
 * province of organizations (a county under a city bureau, a dispatch agency in another city,
 * another province), workers (dispatched, former, not yet hired) and campaigns in every status,
 * and the set of rows the SQL returns must be the set the predicate accepts.
 */
describe('access policies: the SQL filter and the predicate agree', () => {
  let t: TestApp;
  let seq = 0;
  const ids = { orgs: new Map<string, string>(), persons: new Map<string, string>(), campaigns: [] as string[], applications: [] as string[] };
  const org = (key: string) => ids.orgs.get(key) as string;
  const person = (key: string) => ids.persons.get(key) as string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.transaction(async (em) => {
      // Campaigns and applications are seeded without their standard version and levels, which no
      // policy reads: foreign-key triggers are off for this transaction only.
      await em.query(`SET LOCAL session_replication_role = replica`);
      for (const [key, kind, region] of [
        ['provinceBureau', 'bureau', '140000'],
        ['cityBureau', 'bureau', '141100'],
        ['countyBureau', 'bureau', '141121'],
        ['otherCityBureau', 'bureau', '140200'],
        ['otherProvinceBureau', 'bureau', '110000'],
        ['countyPlant', 'enterprise', '141121'],
        ['cityPlant', 'enterprise', '141102'],
        ['neighbourPlant', 'enterprise', '141122'],
        ['agency', 'dispatch_agency', '140200'],
        ['otherProvincePlant', 'enterprise', '110101'],
      ] as const) {
        const [row] = await em.query(`INSERT INTO organizations (kind, name, region_code, credit_code) VALUES ($1, $2, $3, $4) RETURNING id`, [
          kind,
          `组织${key}`,
          region,
          kind === 'bureau' ? null : generateCreditCode({ regionCode: region, sequence: ++seq }),
        ]);
        ids.orgs.set(key, row.id);
      }
      const employments: Record<string, [employer: string, work: string, type: string, hired: string, ended: string | null][]> = {
        dispatched: [['agency', 'countyPlant', 'dispatched', '2020-01-01', null]],
        cityStaff: [['cityPlant', 'cityPlant', 'regular', '2015-03-01', null]],
        formerThenAway: [
          ['countyPlant', 'countyPlant', 'regular', '2010-01-01', '2026-06-30'],
          ['otherProvincePlant', 'otherProvincePlant', 'regular', '2026-07-01', null],
        ],
        away: [['otherProvincePlant', 'otherProvincePlant', 'regular', '2012-01-01', null]],
        notYetHired: [['countyPlant', 'countyPlant', 'regular', '2026-10-01', null]],
        neighbour: [['neighbourPlant', 'neighbourPlant', 'regular', '2018-05-01', null]],
        formerDispatched: [['agency', 'cityPlant', 'dispatched', '2019-01-01', '2025-12-31']],
        unemployed: [],
      };
      for (const [key, list] of Object.entries(employments)) {
        const [p] = await em.query(
          `INSERT INTO persons (organization_id, full_name, id_number_cipher, id_number_index, id_number_masked, birth_date, sex)
           VALUES ($1, $2, $3, $4, '14**************01', '1990-01-01', 'male') RETURNING id`,
          [org(list[0]?.[0] ?? 'countyPlant'), `职工${key}`, randomBytes(16), randomBytes(32)],
        );
        ids.persons.set(key, p.id);
        for (const [employer, work, type, hired, ended] of list) {
          await em.query(`INSERT INTO employments (person_id, employer_org_id, work_org_id, employment_type, hired_on, ended_on) VALUES ($1, $2, $3, $4, $5, $6)`, [
            p.id,
            org(employer),
            org(work),
            type,
            hired,
            ended,
          ]);
        }
      }
      const campaignAt = new Map<string, string>();
      for (const body of ['countyPlant', 'cityPlant', 'neighbourPlant', 'otherProvincePlant']) {
        for (const status of ['draft', 'filed', 'registration_open', 'registration_closed', 'finalized']) {
          const [c] = await em.query(
            `INSERT INTO campaigns (organization_id, name, occupation_code, standard_version_id, status, bureau_id,
                                    registration_opens_on, registration_closes_on, assessment_starts_on, assessment_ends_on)
             VALUES ($1, '认定计划', '6-18-02-04', $2, $3, $4, '2026-09-01', '2026-10-15', '2026-10-20', '2026-10-30') RETURNING id`,
            [org(body), randomUUID(), status, status === 'draft' ? null : org(body === 'countyPlant' ? 'countyBureau' : 'cityBureau')],
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
        const body = campaign.split(':')[0];
        const [a] = await em.query(
          `INSERT INTO applications (campaign_id, organization_id, person_id, rank, source, employment_type, employer_org_id, eligible, eligibility_as_of, eligibility_report)
           VALUES ($1, $2, $3, 'L4', 'hr', $4, $5, true, '2026-09-01', '{}') RETURNING id`,
          [campaignAt.get(campaign), org(body), person(who), type, org(employer)],
        );
        ids.applications.push(a.id);
      }
    });
  });
  afterAll(() => t.close());

  const scopes = (): [string, Scope][] => [
    ['platform', { kind: 'all' }],
    ...[...ids.orgs.entries()].map(([key, id]): [string, Scope] =>
      key.endsWith('Bureau')
        ? [`bureau ${key}`, { kind: 'region', regionCode: regionOf(key), organizationId: id }]
        : [`HR ${key}`, { kind: 'organization', organizationId: id, organizationKind: key === 'agency' ? 'dispatch_agency' : 'enterprise' }],
    ),
    ['bureau of an empty city', { kind: 'region', regionCode: '141000', organizationId: null }],
    ...[...ids.persons.entries()].map(([key, id]): [string, Scope] => [`worker ${key}`, { kind: 'person', personId: id }]),
    ['worker without a record', { kind: 'person', personId: null }],
    ['evaluator', { kind: 'evaluator', userId: randomUUID(), organizationId: org('countyPlant'), personId: person('dispatched') }],
  ];
  const regionOf = (key: string) =>
    ({ provinceBureau: '140000', cityBureau: '141100', countyBureau: '141121', otherCityBureau: '140200', otherProvinceBureau: '110000' })[key] as string;

  /** The ids the SQL filter returns, and the ids the predicate accepts, over the same rows. */
  async function bothAnswers<Row, Ctx>(
    policy: AccessPolicy<Row, Ctx>,
    scope: Scope,
    ctx: Ctx,
    from: string,
    alias: string,
    rows: Map<string, Row>,
  ): Promise<{ sql: string[]; predicate: string[] }> {
    const filter = policy.where(scope, alias, ctx);
    const found = await namedQuery<{ id: string }>(t.dataSource, `SELECT ${from.split(' ')[1]}.id FROM ${from} WHERE ${from.split(' ')[1]}.id = ANY(:ids) AND ${filter.sql}`, {
      ...filter.params,
      ids: [...rows.keys()],
    });
    return {
      sql: found.map((r) => r.id).sort(),
      predicate: [...rows.entries()].filter(([, row]) => policy.allows(scope, row, ctx)).map(([id]) => id).sort(),
    };
  }

  const em = (): EntityManager => t.dataSource.manager;

  async function workerRows(): Promise<Map<string, WorkerAccessRow>> {
    const rows = await em().query(
      `SELECT p.id, COALESCE(json_agg(json_build_object('employerOrgId', e.employer_org_id, 'workOrgId', e.work_org_id, 'employerRegion', eo.region_code,
                'workRegion', wo.region_code, 'endedOn', e.ended_on::text)) FILTER (WHERE e.id IS NOT NULL), '[]') AS employments
         FROM persons p LEFT JOIN employments e ON e.person_id = p.id
         LEFT JOIN organizations eo ON eo.id = e.employer_org_id LEFT JOIN organizations wo ON wo.id = e.work_org_id
        WHERE p.id = ANY($1) GROUP BY p.id`,
      [[...ids.persons.values()]],
    );
    return new Map(rows.map((r: { id: string; employments: WorkerAccessRow['employments'] }) => [r.id, { personId: r.id, employments: r.employments }]));
  }

  async function campaignRows(): Promise<Map<string, CampaignAccessRow & { bureauId: string | null }>> {
    const rows = await em().query(
      `SELECT c.id, c.organization_id, c.bureau_id, o.region_code, c.status,
              ARRAY(SELECT a.person_id::text FROM applications a WHERE a.campaign_id = c.id) AS applicant_ids,
              COALESCE((SELECT json_agg(json_build_object('personId', e.person_id, 'hiredOn', e.hired_on::text, 'endedOn', e.ended_on::text))
                          FROM employments e WHERE e.work_org_id = c.organization_id), '[]') AS staff
         FROM campaigns c JOIN organizations o ON o.id = c.organization_id WHERE c.id = ANY($1)`,
      [ids.campaigns],
    );
    return new Map(
      rows.map((r: Record<string, never>) => [
        r.id,
        { organizationId: r.organization_id, bureauId: r.bureau_id, organizationRegion: r.region_code, status: r.status, applicantIds: r.applicant_ids, staff: r.staff },
      ]),
    );
  }

  async function applicationRows(): Promise<Map<string, ApplicationAccessRow>> {
    const rows = await em().query(
      `SELECT a.id, a.organization_id, o.region_code, a.employer_org_id, a.person_id FROM applications a JOIN organizations o ON o.id = a.organization_id WHERE a.id = ANY($1)`,
      [ids.applications],
    );
    return new Map(
      rows.map((r: Record<string, string>) => [r.id, { organizationId: r.organization_id, organizationRegion: r.region_code, employerOrgId: r.employer_org_id, personId: r.person_id }]),
    );
  }

  it('workers: for every scope, with and without a date the employment must still run on', async () => {
    const rows = await workerRows();
    const seen: Record<string, number> = {};
    for (const [name, scope] of scopes()) {
      for (const currentOn of [undefined, '2026-06-30', '2026-07-01', '2026-09-30']) {
        const { sql, predicate } = await bothAnswers(WORKERS, scope, { currentOn }, 'persons p', 'p', rows);
        expect({ name, currentOn, ids: predicate }).toEqual({ name, currentOn, ids: sql });
        if (!currentOn) seen[name] = sql.length;
      }
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
    for (const [name, scope] of scopes()) {
      const filter = WORKERS_BY_PERSON_ID.where(scope, 'a.person_id');
      const found = await namedQuery<{ id: string }>(t.dataSource, `SELECT a.id FROM applications a WHERE a.id = ANY(:ids) AND ${filter.sql}`, { ...filter.params, ids: ids.applications });
      const accepted = [...byApplication.entries()].filter(([, row]) => WORKERS_BY_PERSON_ID.allows(scope, row)).map(([id]) => id);
      expect({ name, ids: accepted.sort() }).toEqual({ name, ids: found.map((r) => r.id).sort() });
    }
  });

  it('campaigns: for every scope, on a day registration runs and on a day before', async () => {
    const rows = await campaignRows();
    const seen: Record<string, number> = {};
    for (const [name, scope] of scopes()) {
      for (const today of ['2026-06-15', '2026-09-30', '2026-10-01']) {
        const { sql, predicate } = await bothAnswers(CAMPAIGNS, scope, { today }, 'campaigns c', 'c', rows);
        expect({ name, today, ids: predicate }).toEqual({ name, today, ids: sql });
        if (today === '2026-09-30') seen[name] = sql.length;
      }
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
    const counts: Record<string, number[]> = {};
    for (const [name, scope] of scopes()) {
      const bodyHr = await bothAnswers(CAMPAIGN_BODY_HR, scope, undefined, 'campaigns c', 'c', rows);
      const filing = await bothAnswers(CAMPAIGN_FILING_BUREAU, scope, undefined, 'campaigns c', 'c', rows);
      expect({ name, ids: bodyHr.predicate }).toEqual({ name, ids: bodyHr.sql });
      expect({ name, ids: filing.predicate }).toEqual({ name, ids: filing.sql });
      counts[name] = [bodyHr.sql.length, filing.sql.length];
    }
    // The province bureau sees the county's filed campaigns but was not filed with: it does not act on them.
    expect(counts).toMatchObject({ 'HR countyPlant': [5, 0], 'bureau countyBureau': [0, 4], 'bureau cityBureau': [0, 12], 'bureau provinceBureau': [0, 0], platform: [0, 0] });
  });

  it('applications: seeing, changing and deciding, for every scope', async () => {
    const rows = await applicationRows();
    for (const policy of [APPLICATIONS, APPLICATION_CHANGES, APPLICATION_DECISIONS] as AccessPolicy<ApplicationAccessRow>[]) {
      for (const [name, scope] of scopes()) {
        const { sql, predicate } = await bothAnswers(policy, scope, undefined, 'applications a', 'a', rows);
        expect({ policy: policy.name, name, ids: predicate }).toEqual({ policy: policy.name, name, ids: sql });
      }
    }
    const agency: Scope = { kind: 'organization', organizationId: org('agency'), organizationKind: 'dispatch_agency' };
    expect((await bothAnswers(APPLICATIONS, agency, undefined, 'applications a', 'a', rows)).sql).toHaveLength(2);
    expect((await bothAnswers(APPLICATION_CHANGES, agency, undefined, 'applications a', 'a', rows)).sql).toHaveLength(0);
  });
});
