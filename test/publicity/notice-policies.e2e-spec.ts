import { AccessPolicy, generateCreditCode, namedQuery, Scope } from '@skill-ladder/platform';
import { EntryStatus, NOTICE_ENTRIES, NOTICE_OBJECTIONS, NoticeAccessRow, NOTICES } from '@skill-ladder/publicity';
import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { createTestApp, TestApp } from '../harness/test-app';

/**
 * The publicity policies answer twice from one declaration, as the others do
 * (test/platform/access-policies.e2e-spec.ts, whose world this one copies): a SQL filter for lists
 * and a predicate for a row in hand. Both answers are taken on PostgreSQL for every kind of scope
 * over a province of organizations (a county under a city bureau, a dispatch agency in another
 * city, another province), workers (dispatched, former, not yet hired), notices published on
 * several days, their entries in every status and objections filed by several workers; the set of
 * rows the SQL returns must be the set the predicate accepts.
 */
describe('publicity policies: the SQL filter and the predicate agree', () => {
  let t: TestApp;
  let seq = 0;
  const ids = { orgs: new Map<string, string>(), persons: new Map<string, string>(), notices: [] as string[], objections: [] as string[] };
  const org = (key: string) => ids.orgs.get(key) as string;
  const person = (key: string) => ids.persons.get(key) as string;
  const PUBLISHED_ON = ['2026-06-15', '2026-09-30', '2026-10-12'];
  /** Around the former worker's last day, before and on the later publication days, and after the not-yet-hired worker starts. */
  const DAYS = ['2026-06-30', '2026-07-01', '2026-09-30', '2026-10-12', '2026-10-20'];

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.transaction(async (em) => {
      // Notices and objections are seeded without their subject and filing accounts, which no
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
      // Every publishing organization (the agency too) publishes on each day, one entry in each
      // status and an objection from two of its people and one filed without a person on record.
      const entryPersons = ['dispatched', 'cityStaff', 'formerThenAway'];
      const statuses: EntryStatus[] = ['published', 'correction_required', 'withdrawn'];
      for (const publisher of ['countyPlant', 'cityPlant', 'neighbourPlant', 'agency', 'otherProvincePlant']) {
        for (const publishedOn of PUBLISHED_ON) {
          const [n] = await em.query(
            `INSERT INTO publicity_notices (organization_id, subject_type, subject_id, title, published_on, working_days, counted_from, starts_on, ends_on, provisional)
             VALUES ($1, 'campaign_results', $2, '认定结果公示', $3, 5, $3, $3, CAST($3 AS date) + 7, false) RETURNING id`,
            [org(publisher), randomUUID(), publishedOn],
          );
          ids.notices.push(n.id);
          for (const [position, who] of entryPersons.entries()) {
            const status = statuses[position];
            await em.query(
              `INSERT INTO publicity_entries (notice_id, person_id, position, payload, status, withdrawn_reason) VALUES ($1, $2, $3, '{}', $4, $5)`,
              [n.id, person(who), position + 1, status, status === 'withdrawn' ? '已离职' : null],
            );
          }
          for (const filer of ['dispatched', 'notYetHired', null]) {
            const [x] = await em.query(
              `INSERT INTO publicity_objections (notice_id, organization_id, person_id, filed_by, filed_by_person_id, reason, round, filed_at)
               VALUES ($1, $2, NULL, $3, $4, '对公示名单有异议', 1, now()) RETURNING id`,
              [n.id, org(publisher), randomUUID(), filer && person(filer)],
            );
            ids.objections.push(x.id);
          }
        }
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

  /** The keys of the rows the SQL filter returns, and of those the predicate accepts, over the same rows. */
  async function bothAnswers<Row, Ctx>(
    policy: AccessPolicy<Row, Ctx>,
    scope: Scope,
    ctx: Ctx,
    query: { from: string; alias: string; key: string },
    rows: Map<string, Row>,
  ): Promise<{ sql: string[]; predicate: string[] }> {
    const filter = policy.where(scope, query.alias, ctx);
    const found = await namedQuery<{ key: string }>(t.dataSource, `SELECT ${query.key} AS key FROM ${query.from} WHERE ${query.key} = ANY(:keys) AND ${filter.sql}`, {
      ...filter.params,
      keys: [...rows.keys()],
    });
    return {
      sql: found.map((r) => r.key).sort(),
      predicate: [...rows.entries()].filter(([, row]) => policy.allows(scope, row, ctx)).map(([key]) => key).sort(),
    };
  }

  const em = (): EntityManager => t.dataSource.manager;

  async function noticeRows(): Promise<Map<string, NoticeAccessRow>> {
    const rows = await em().query(
      `SELECT n.id::text, n.organization_id, o.region_code, n.published_on::text AS published_on,
              COALESCE((SELECT json_agg(json_build_object('personId', e.person_id, 'endedOn', e.ended_on::text))
                          FROM employments e WHERE e.work_org_id = n.organization_id), '[]') AS staff
         FROM publicity_notices n JOIN organizations o ON o.id = n.organization_id WHERE n.id = ANY($1)`,
      [ids.notices],
    );
    return new Map(
      rows.map((r: Record<string, never>) => [r.id, { organizationId: r.organization_id, organizationRegion: r.region_code, publishedOn: r.published_on, staff: r.staff }]),
    );
  }

  it('notices: for every scope, on the days around publication and employment', async () => {
    const rows = await noticeRows();
    const seen: Record<string, number[]> = {};
    for (const [name, scope] of scopes()) {
      for (const today of DAYS) {
        const { sql, predicate } = await bothAnswers(NOTICES, scope, { today }, { from: 'publicity_notices n', alias: 'n', key: 'n.id::text' }, rows);
        expect({ name, today, ids: predicate }).toEqual({ name, today, ids: sql });
        seen[name] = [...(seen[name] ?? []), sql.length];
      }
    }
    // Not vacuous: the scopes see different, non-empty sets where the domain says so (one count per day of DAYS).
    expect(seen).toMatchObject({
      platform: [15, 15, 15, 15, 15],
      'bureau provinceBureau': [12, 12, 12, 12, 12],
      'bureau cityBureau': [9, 9, 9, 9, 9],
      'bureau countyBureau': [3, 3, 3, 3, 3],
      'bureau otherCityBureau': [3, 3, 3, 3, 3],
      'bureau otherProvinceBureau': [3, 3, 3, 3, 3],
      'bureau of an empty city': [0, 0, 0, 0, 0],
      'HR countyPlant': [3, 3, 3, 3, 3],
      'HR agency': [3, 3, 3, 3, 3],
      // The agency employs them; they read the notices of the plant they work at, once published.
      'worker dispatched': [1, 1, 2, 3, 3],
      // Left the county plant on 2026-06-30 (its June notice, that last day), hired in the other
      // province from 2026-07-01 (its notices already on 06-30, as a worker not yet hired).
      'worker formerThenAway': [2, 1, 2, 3, 3],
      // Hired by the county plant from 2026-10-01: reads its notices already.
      'worker notYetHired': [1, 1, 2, 3, 3],
      'worker formerDispatched': [0, 0, 0, 0, 0],
      'worker unemployed': [0, 0, 0, 0, 0],
      'worker without a record': [0, 0, 0, 0, 0],
      evaluator: [0, 0, 0, 0, 0],
    });
  });

  it('entries of a notice: withdrawn ones for every scope but a worker', async () => {
    const rows = new Map<string, { status: EntryStatus }>(
      (
        (await em().query(`SELECT e.notice_id || ':' || e.person_id AS key, e.status FROM publicity_entries e WHERE e.notice_id = ANY($1)`, [ids.notices])) as {
          key: string;
          status: EntryStatus;
        }[]
      ).map((r) => [r.key, { status: r.status }]),
    );
    const seen: Record<string, number> = {};
    for (const [name, scope] of scopes()) {
      const { sql, predicate } = await bothAnswers(NOTICE_ENTRIES, scope, undefined, { from: 'publicity_entries e', alias: 'e', key: `e.notice_id || ':' || e.person_id` }, rows);
      expect({ name, keys: predicate }).toEqual({ name, keys: sql });
      seen[name] = sql.length;
    }
    expect(seen).toMatchObject({ platform: 45, 'bureau cityBureau': 45, 'HR countyPlant': 45, 'worker dispatched': 30, 'worker without a record': 30, evaluator: 0 });
  });

  it('objections to a notice: all of them for every scope but a worker, who sees the ones they filed', async () => {
    const rows = new Map<string, { filedByPersonId: string | null }>(
      (
        (await em().query(`SELECT x.id::text AS key, x.filed_by_person_id FROM publicity_objections x WHERE x.id = ANY($1)`, [ids.objections])) as {
          key: string;
          filed_by_person_id: string | null;
        }[]
      ).map((r) => [r.key, { filedByPersonId: r.filed_by_person_id }]),
    );
    const seen: Record<string, number> = {};
    for (const [name, scope] of scopes()) {
      const { sql, predicate } = await bothAnswers(NOTICE_OBJECTIONS, scope, undefined, { from: 'publicity_objections x', alias: 'x', key: 'x.id::text' }, rows);
      expect({ name, ids: predicate }).toEqual({ name, ids: sql });
      seen[name] = sql.length;
    }
    expect(seen).toMatchObject({
      platform: 45,
      'bureau countyBureau': 45,
      'HR agency': 45,
      'worker dispatched': 15,
      'worker notYetHired': 15,
      'worker cityStaff': 0,
      'worker without a record': 0,
      evaluator: 0,
    });
  });
});
