import {
  CASE_DECIDING_BUREAU,
  CASE_ENTERPRISE_HR,
  CASE_WITHDRAWAL,
  CaseAccessRow,
  CASES,
  TIER_POLICY_HR,
} from '../../libs/promotions/src/common/case-scope';
import { CompetitionAccessRow, COMPETITIONS } from '../../libs/promotions/src/competitions/competition-scope';
import { AccessPolicy, generateCreditCode, namedQuery, Scope } from '@skill-ladder/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../harness/test-app';

/**
 * The promotion cases' policies (libs/promotions/src/common/case-scope.ts) answer twice from one
 * declaration, as the platform's do (test/platform/access-policies.e2e-spec.ts): here both answers
 * are taken on PostgreSQL for every kind of scope over appointments, title recognitions and
 * competition promotions of enterprises in a county under a city bureau, a neighbouring county,
 * the city itself and another province, each before and after it went to a bureau; the rows the
 * SQL returns must be the rows the predicate accepts.
 */
describe('promotion case policies: the SQL filter and the predicate agree', () => {
  let t: TestApp;
  let seq = 0;
  const ids = { orgs: new Map<string, string>(), persons: new Map<string, string>(), policies: [] as string[], competitions: [] as string[] };
  const cases: Record<CaseTable, string[]> = { appointments: [], title_recognitions: [], competition_promotions: [] };
  const org = (key: string) => ids.orgs.get(key) as string;
  const person = (key: string) => ids.persons.get(key) as string;

  type CaseTable = 'appointments' | 'title_recognitions' | 'competition_promotions';
  const TABLES: [CaseTable, string][] = [
    ['appointments', 'a'],
    ['title_recognitions', 'r'],
    ['competition_promotions', 'x'],
  ];

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.transaction(async (em) => {
      // Cases are seeded without the policies, rules, credentials and results they were filed on,
      // which no access policy reads: foreign-key triggers are off for this transaction only.
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
      for (const [key, home] of [
        ['dispatched', 'agency'],
        ['countyStaff', 'countyPlant'],
        ['cityStaff', 'cityPlant'],
        ['neighbour', 'neighbourPlant'],
        ['away', 'otherProvincePlant'],
        ['noCases', 'countyPlant'],
      ] as const) {
        const [p] = await em.query(
          `INSERT INTO persons (organization_id, full_name, id_number_cipher, id_number_index, id_number_masked, birth_date, sex)
           VALUES ($1, $2, $3, $4, '14**************01', '1990-01-01', 'male') RETURNING id`,
          [org(home), `职工${key}`, randomBytes(16), randomBytes(32)],
        );
        ids.persons.set(key, p.id);
      }
      const policyAt = new Map<string, string>();
      for (const enterprise of ['countyPlant', 'cityPlant', 'neighbourPlant', 'otherProvincePlant']) {
        const [p] = await em.query(`INSERT INTO tier_policies (organization_id, national_rank, term_months, rubric) VALUES ($1, 'special', 36, '[]') RETURNING id`, [
          org(enterprise),
        ]);
        ids.policies.push(p.id);
        policyAt.set(enterprise, p.id);
      }
      // [worker, enterprise, the bureau it went to (none yet: null)]: the competent bureau, a
      // bureau above it, and another province's.
      const filed: [string, string, string | null][] = [
        ['dispatched', 'countyPlant', null],
        ['dispatched', 'countyPlant', 'countyBureau'],
        ['countyStaff', 'countyPlant', 'countyBureau'],
        ['countyStaff', 'countyPlant', 'cityBureau'],
        ['cityStaff', 'cityPlant', null],
        ['cityStaff', 'cityPlant', 'cityBureau'],
        ['neighbour', 'neighbourPlant', 'provinceBureau'],
        ['away', 'otherProvincePlant', null],
        ['away', 'otherProvincePlant', 'otherProvinceBureau'],
      ];
      // One open case per worker and tier or title: a worker's second case is closed or for another grade.
      for (const [i, [who, enterprise, bureau]] of filed.entries()) {
        const bureauId = bureau ? org(bureau) : null;
        const status = bureau ? (i % 2 ? 'bureau_rejected' : 'awaiting_confirmation') : 'withdrawn';
        const [a] = await em.query(
          `INSERT INTO appointments (organization_id, person_id, policy_id, national_rank, tier_name, occupation_code, status, nominated_via, eligibility, bureau_id, end_reason)
           VALUES ($1, $2, $3, 'special', '特级技师', '6-18-02-04', $4, 'hr', '{}', $5, $6) RETURNING id`,
          [org(enterprise), person(who), policyAt.get(enterprise), status, bureauId, status === 'awaiting_confirmation' ? null : '撤回'],
        );
        cases.appointments.push(a.id);
        const [r] = await em.query(
          `INSERT INTO title_recognitions (organization_id, person_id, bureau_id, rule_id, title_series, title_grade, title_name, basis_credential_id, basis_rank,
                                           basis_obtained_on, status, applied_on)
           VALUES ($1, $2, $3, $4, '工程技术', $5, '工程师', $6, 'L2', '2020-01-01', $7, '2026-09-01') RETURNING id`,
          [org(enterprise), person(who), bureauId, randomUUID(), ['junior', 'intermediate', 'deputy_senior', 'senior'][i % 4], randomUUID(), bureau ? 'endorsed' : 'applied'],
        );
        cases.title_recognitions.push(r.id);
        // A competition promotion always names its bureau: the competent one where the others have none yet.
        const [x] = await em.query(
          `INSERT INTO competition_promotions (organization_id, person_id, competition_result_id, rule_id, occupation_code, target_rank, promotion_year, status, bureau_id)
           VALUES ($1, $2, $3, $4, '6-18-02-04', 'L3', $5, 'proposed', $6) RETURNING id`,
          [org(enterprise), person(who), randomUUID(), randomUUID(), 2001 + i, bureauId ?? org(enterprise === 'otherProvincePlant' ? 'otherProvinceBureau' : 'cityBureau')],
        );
        cases.competition_promotions.push(x.id);
      }
      // Competitions: graded ones registered by bureaus at each level, enterprises' own contests; who placed in which.
      const held: [string, string, string, string[]][] = [
        ['provinceBureau', '140000', 'provincial', ['countyStaff']],
        ['cityBureau', '141100', 'city_class_1', ['cityStaff', 'dispatched']],
        ['countyBureau', '141121', 'city_class_2', []],
        ['otherCityBureau', '140200', 'city_class_1', ['neighbour']],
        ['otherProvinceBureau', '110000', 'provincial', ['away']],
        ['countyPlant', '141121', 'enterprise', ['countyStaff', 'dispatched']],
        ['cityPlant', '141102', 'enterprise', []],
        ['neighbourPlant', '141122', 'enterprise', ['neighbour']],
      ];
      for (const [i, [by, region, tier, placed]] of held.entries()) {
        const [c] = await em.query(
          `INSERT INTO competitions (organization_id, region_code, name, tier, held_on, organizer) VALUES ($1, $2, $3, $4, '2026-05-01', '主办方') RETURNING id`,
          [org(by), region, `竞赛${i}`, tier],
        );
        ids.competitions.push(c.id);
        for (const [place, who] of placed.entries()) {
          await em.query(`INSERT INTO competition_results (competition_id, person_id, occupation_code, place) VALUES ($1, $2, '6-18-02-04', $3)`, [c.id, person(who), place + 1]);
        }
      }
    });
  });
  afterAll(() => t.close());

  const regionOf = (key: string) =>
    ({
      provinceBureau: '140000',
      cityBureau: '141100',
      countyBureau: '141121',
      otherCityBureau: '140200',
      otherProvinceBureau: '110000',
      countyPlant: '141121',
      cityPlant: '141102',
      neighbourPlant: '141122',
      agency: '140200',
      otherProvincePlant: '110101',
    })[key] as string;
  const scopes = (): [string, Scope][] => [
    ['platform', { kind: 'all' }],
    ...[...ids.orgs.entries()].map(([key, id]): [string, Scope] =>
      key.endsWith('Bureau')
        ? [`bureau ${key}`, { kind: 'region', regionCode: regionOf(key), organizationId: id }]
        : [`HR ${key}`, { kind: 'organization', organizationId: id, organizationKind: key === 'agency' ? 'dispatch_agency' : 'enterprise', regionCode: regionOf(key) }],
    ),
    ['bureau of an empty city', { kind: 'region', regionCode: '141000', organizationId: null }],
    ['HR without an organization', { kind: 'organization', organizationId: null, organizationKind: null }],
    ...[...ids.persons.entries()].map(([key, id]): [string, Scope] => [`worker ${key}`, { kind: 'person', personId: id }]),
    ['worker without a record', { kind: 'person', personId: null }],
    ['evaluator', { kind: 'evaluator', userId: randomUUID(), organizationId: org('countyPlant'), personId: person('countyStaff') }],
  ];

  /**
   * The ids the SQL filter returns and the ids the predicate accepts, over the same rows; a scope
   * the policy cannot place (HR without an organization for `CASES`) must fail alike in both.
   */
  async function bothAnswers<Row>(policy: AccessPolicy<Row>, scope: Scope, table: string, alias: string, rows: Map<string, Row>): Promise<{ sql: string[]; predicate: string[] }> {
    let filter;
    try {
      filter = policy.where(scope, alias);
    } catch (error) {
      expect(() => [...rows.values()].forEach((row) => policy.allows(scope, row))).toThrow((error as Error).message);
      return { sql: ['refused'], predicate: ['refused'] };
    }
    const found = await namedQuery<{ id: string }>(t.dataSource, `SELECT ${alias}.id FROM ${table} ${alias} WHERE ${alias}.id = ANY(:ids) AND ${filter.sql}`, {
      ...filter.params,
      ids: [...rows.keys()],
    });
    return {
      sql: found.map((r) => r.id).sort(),
      predicate: [...rows.entries()].filter(([, row]) => policy.allows(scope, row)).map(([id]) => id).sort(),
    };
  }

  async function caseRows(table: CaseTable): Promise<Map<string, CaseAccessRow>> {
    const rows = await t.dataSource.query(
      `SELECT c.id, c.organization_id, o.region_code, c.person_id, c.bureau_id FROM ${table} c JOIN organizations o ON o.id = c.organization_id WHERE c.id = ANY($1)`,
      [cases[table]],
    );
    return new Map(
      rows.map((r: Record<string, string>) => [r.id, { organizationId: r.organization_id, organizationRegion: r.region_code, personId: r.person_id, bureauId: r.bureau_id }]),
    );
  }

  const POLICIES = [CASES, CASE_ENTERPRISE_HR, CASE_DECIDING_BUREAU, CASE_WITHDRAWAL] as AccessPolicy<CaseAccessRow>[];

  it.each(TABLES)('%s: seeing, acting as HR, deciding as the bureau and withdrawing, for every scope', async (table, alias) => {
    const rows = await caseRows(table);
    const counts: Record<string, Record<string, number>> = {};
    for (const policy of POLICIES) {
      for (const [name, scope] of scopes()) {
        const { sql, predicate } = await bothAnswers(policy, scope, table, alias, rows);
        expect({ policy: policy.name, name, ids: predicate }).toEqual({ policy: policy.name, name, ids: sql });
        (counts[name] ??= {})[policy.name] = sql[0] === 'refused' ? -1 : sql.length;
      }
    }
    // Not vacuous: the scopes see and act on different, non-empty sets where the domain says so.
    const see = (n: number, hr: number, withdraw: number) => ({ cases: n, 'case-enterprise-hr': hr, 'case-withdrawal': withdraw });
    expect(counts).toMatchObject({
      platform: { ...see(9, 0, 0), 'case-deciding-bureau': 0 },
      'bureau provinceBureau': { cases: 7 },
      'bureau cityBureau': { cases: 7, 'case-enterprise-hr': 0 },
      'bureau countyBureau': { cases: 4 },
      'bureau otherCityBureau': { cases: 0, 'case-deciding-bureau': 0 },
      'bureau otherProvinceBureau': { cases: 2 },
      'bureau of an empty city': { cases: 0, 'case-deciding-bureau': 0 },
      'HR countyPlant': { ...see(4, 4, 4), 'case-deciding-bureau': 0 },
      'HR agency': see(0, 0, 0),
      'HR without an organization': { cases: -1, 'case-enterprise-hr': 0, 'case-withdrawal': 0 },
      'worker dispatched': { ...see(2, 0, 2), 'case-deciding-bureau': 0 },
      'worker noCases': see(0, 0, 0),
      'worker without a record': see(0, 0, 0),
      evaluator: { ...see(0, 0, 0), 'case-deciding-bureau': 0 },
    });
    // Who decides is the bureau the case went to: the competent one, not another of the same region.
    const deciding = (key: string) => counts[`bureau ${key}`]['case-deciding-bureau'];
    if (table === 'competition_promotions') {
      // Every promotion names its bureau: the city's for the city and county cases not yet elsewhere.
      expect([deciding('provinceBureau'), deciding('cityBureau'), deciding('countyBureau'), deciding('otherProvinceBureau')]).toEqual([1, 4, 2, 2]);
    } else {
      expect([deciding('provinceBureau'), deciding('cityBureau'), deciding('countyBureau'), deciding('otherProvinceBureau')]).toEqual([1, 2, 2, 1]);
    }
  });

  it('competitions: the platform all, a bureau its region, HR its own and the graded ones above it, a worker those they placed in', async () => {
    const rows = new Map<string, CompetitionAccessRow>(
      (
        await t.dataSource.query(
          `SELECT c.id, c.organization_id, c.region_code, o.kind = 'bureau' AS by_bureau,
                  COALESCE((SELECT array_agg(r.person_id) FROM competition_results r WHERE r.competition_id = c.id), '{}') AS placed
             FROM competitions c JOIN organizations o ON o.id = c.organization_id WHERE c.id = ANY($1)`,
          [ids.competitions],
        )
      ).map((r: { id: string; organization_id: string; region_code: string; by_bureau: boolean; placed: string[] }) => [
        r.id,
        { organizationId: r.organization_id, regionCode: r.region_code, registeredByBureau: r.by_bureau, placedPersonIds: r.placed },
      ]),
    );
    const counts: Record<string, number> = {};
    for (const [name, scope] of scopes()) {
      const { sql, predicate } = await bothAnswers(COMPETITIONS, scope, 'competitions', 'c', rows);
      expect({ name, ids: predicate }).toEqual({ name, ids: sql });
      counts[name] = sql[0] === 'refused' ? -1 : sql.length;
    }
    expect(counts).toMatchObject({
      platform: 8,
      'bureau provinceBureau': 7,
      'bureau cityBureau': 5,
      'bureau countyBureau': 2,
      'bureau otherProvinceBureau': 1,
      'bureau of an empty city': 0,
      // Its own contest, and the province's, the city's and the county's graded ones; not the neighbour's or another city's.
      'HR countyPlant': 4,
      'HR cityPlant': 3,
      'HR otherProvincePlant': 1,
      'HR agency': 2,
      'HR without an organization': -1,
      'worker dispatched': 2,
      'worker countyStaff': 2,
      'worker noCases': 0,
      'worker without a record': 0,
      evaluator: 0,
    });
  });

  it('tier policies: maintained by their enterprise’s HR alone, for every scope', async () => {
    const rows = new Map(
      (await t.dataSource.query(`SELECT id, organization_id FROM tier_policies WHERE id = ANY($1)`, [ids.policies])).map((r: Record<string, string>) => [
        r.id,
        { organizationId: r.organization_id },
      ]),
    ) as Map<string, { organizationId: string }>;
    const counts: Record<string, number> = {};
    for (const [name, scope] of scopes()) {
      const { sql, predicate } = await bothAnswers(TIER_POLICY_HR, scope, 'tier_policies', 't', rows);
      expect({ name, ids: predicate }).toEqual({ name, ids: sql });
      counts[name] = sql.length;
    }
    expect(counts).toMatchObject({ platform: 0, 'bureau cityBureau': 0, 'HR countyPlant': 1, 'HR cityPlant': 1, 'HR agency': 0, 'worker countyStaff': 0, evaluator: 0 });
  });
});
