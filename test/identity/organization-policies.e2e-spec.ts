import {
  ORGANIZATION_CHANGES,
  ORGANIZATION_FILINGS,
  OrganizationAccessRow,
  ORGANIZATIONS,
  ORGANIZATIONS_BY_ID,
  USER_GRANTS,
  UserAccessRow,
  USERS,
} from '@skill-ladder/identity';
import { AccessPolicy, generateCreditCode, namedQuery, NotFoundError, Role, Scope } from '@skill-ladder/platform';
import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../harness/test-app';

/**
 * identity's access policies answer twice from one declaration, as the others do
 * (test/platform/access-policies.e2e-spec.ts): a SQL filter for lists and a predicate for a row
 * in hand. Here both answers are taken on PostgreSQL for every kind of scope over organizations
 * in a county under a city, another city, another province, a dispatch agency, and over accounts
 * of every role there, and the set of rows the SQL returns must be the set the predicate accepts.
 * A scope that has no organization (or region) to see by answers 404 from both.
 */
describe('organization and user policies: the SQL filter and the predicate agree', () => {
  let t: TestApp;
  const orgs = new Map<string, string>();
  const users = new Map<string, string>();
  const org = (key: string) => orgs.get(key) as string;

  const ORGS = [
    ['provinceBureau', 'bureau', '140000'],
    ['cityBureau', 'bureau', '141100'],
    ['countyBureau', 'bureau', '141121'],
    ['otherCityBureau', 'bureau', '140200'],
    ['otherProvinceBureau', 'bureau', '110000'],
    ['countyPlant', 'enterprise', '141121'],
    ['cityPlant', 'enterprise', '141102'],
    ['agency', 'dispatch_agency', '140200'],
    ['otherProvincePlant', 'enterprise', '110101'],
  ] as const;

  /** Accounts: key, organization (null: none), roles. */
  const USER_LIST: [string, string | null, Role[]][] = [
    ['platformAdmin', null, ['platform_admin']],
    ...ORGS.map(([key, kind]): [string, string, Role[]] => [`${key}Staff`, key, [kind === 'bureau' ? 'bureau_officer' : 'hr_admin']]),
    ['countyEvaluator', 'countyPlant', ['evaluator']],
    ['countyHrEvaluator', 'countyPlant', ['hr_admin', 'evaluator']],
    ['countyWorker', 'countyPlant', ['worker']],
    ['cityOfficerAndHr', 'cityBureau', ['bureau_officer', 'hr_admin']],
    ['hrAtCountyBureau', 'countyBureau', ['hr_admin']],
    ['cityPlantRoleless', 'cityPlant', []],
  ];

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.transaction(async (em) => {
      let seq = 0;
      for (const [key, kind, region] of ORGS) {
        const [row] = await em.query(`INSERT INTO organizations (kind, name, region_code, credit_code) VALUES ($1, $2, $3, $4) RETURNING id`, [
          kind,
          `组织${key}`,
          region,
          kind === 'bureau' ? null : generateCreditCode({ regionCode: region, sequence: ++seq }),
        ]);
        orgs.set(key, row.id);
      }
      for (const [key, orgKey, roles] of USER_LIST) {
        const organizationId = orgKey ? org(orgKey) : null;
        const [u] = await em.query(`INSERT INTO users (username, password_hash, display_name, organization_id) VALUES ($1, 'x', $2, $3) RETURNING id`, [
          `policy.${key.toLowerCase()}`,
          `用户${key}`,
          organizationId,
        ]);
        users.set(key, u.id);
        for (const role of roles) {
          await em.query(`INSERT INTO user_roles (user_id, role, organization_id) VALUES ($1, $2, $3)`, [u.id, role, role === 'platform_admin' ? null : organizationId]);
        }
      }
    });
  });
  afterAll(() => t.close());

  const regionOf = (key: string) => ORGS.find(([k]) => k === key)?.[2] as string;

  const scopes = (): [string, Scope][] => [
    ['platform', { kind: 'all' }],
    ...ORGS.map(([key, kind]): [string, Scope] =>
      kind === 'bureau'
        ? [`bureau ${key}`, { kind: 'region', regionCode: regionOf(key), organizationId: org(key) }]
        : [`HR ${key}`, { kind: 'organization', organizationId: org(key), organizationKind: kind }],
    ),
    ['bureau of an empty city', { kind: 'region', regionCode: '141000', organizationId: null }],
    ['HR without an organization', { kind: 'organization', organizationId: null, organizationKind: null }],
    ['evaluator', { kind: 'evaluator', userId: randomUUID(), organizationId: org('countyPlant'), personId: null }],
    ['evaluator without an organization', { kind: 'evaluator', userId: randomUUID(), organizationId: null, personId: null }],
    ['worker', { kind: 'person', personId: randomUUID(), organizationId: org('countyPlant') }],
    ['worker without an organization', { kind: 'person', personId: randomUUID() }],
  ];

  /** What an answer came to: its value, or 404 when the scope has nothing to see by. */
  function orNotFound<T>(answer: () => T): T | '404' {
    try {
      return answer();
    } catch (error) {
      if (error instanceof NotFoundError) return '404';
      throw error;
    }
  }

  /** The ids the SQL filter returns, and the ids the predicate accepts, over the same rows (`on`: the alias or column the policy is given). */
  async function bothAnswers<Row, Ctx>(
    policy: AccessPolicy<Row, Ctx>,
    scope: Scope,
    ctx: Ctx,
    table: string,
    alias: string,
    rows: Map<string, Row>,
    on: string = alias,
  ): Promise<{ sql: string[] | '404'; predicate: string[] | '404' }> {
    const filter = orNotFound(() => policy.where(scope, on, ctx));
    const found =
      filter === '404'
        ? '404'
        : await namedQuery<{ id: string }>(t.dataSource, `SELECT ${alias}.id FROM ${table} ${alias} WHERE ${alias}.id = ANY(:ids) AND ${filter.sql}`, {
            ...filter.params,
            ids: [...rows.keys()],
          });
    const accepted = orNotFound(() => [...rows.entries()].filter(([, row]) => policy.allows(scope, row, ctx)).map(([id]) => id));
    return { sql: found === '404' ? '404' : found.map((r) => r.id).sort(), predicate: accepted === '404' ? '404' : accepted.sort() };
  }

  async function organizationRows(): Promise<Map<string, OrganizationAccessRow>> {
    const rows = await t.dataSource.query(`SELECT id, kind, region_code FROM organizations WHERE id = ANY($1)`, [[...orgs.values()]]);
    return new Map(rows.map((r: Record<string, never>) => [r.id, { id: r.id, kind: r.kind, regionCode: r.region_code }]));
  }

  async function userRows(): Promise<Map<string, UserAccessRow>> {
    const rows = await t.dataSource.query(
      `SELECT u.id, u.organization_id, o.kind, o.region_code, ARRAY(SELECT r.role FROM user_roles r WHERE r.user_id = u.id ORDER BY r.role) AS roles
         FROM users u LEFT JOIN organizations o ON o.id = u.organization_id WHERE u.id = ANY($1)`,
      [[...users.values()]],
    );
    return new Map(
      rows.map((r: Record<string, never>) => [r.id, { organizationId: r.organization_id, organizationKind: r.kind, organizationRegion: r.region_code, roles: r.roles }]),
    );
  }

  const nameOf = (ids: Map<string, string>, found: string[] | '404') => (found === '404' ? '404' : found.map((id) => [...ids].find(([, v]) => v === id)?.[0]).sort());

  it('organizations: for every scope, on the table and on another row’s organization id column', async () => {
    const rows = await organizationRows();
    const seen: Record<string, unknown> = {};
    for (const [name, scope] of scopes()) {
      const onTable = await bothAnswers(ORGANIZATIONS, scope, undefined, 'organizations', 'o', rows);
      expect({ name, ids: onTable.predicate }).toEqual({ name, ids: onTable.sql });
      const onColumn = await bothAnswers(ORGANIZATIONS_BY_ID, scope, undefined, 'organizations', 'o', rows, 'o.id');
      expect({ name, ids: onColumn.sql }).toEqual({ name, ids: onTable.sql });
      expect({ name, ids: onColumn.predicate }).toEqual({ name, ids: onTable.predicate });
      seen[name] = onTable.sql === '404' ? '404' : onTable.sql.length;
    }
    // Not vacuous: the scopes see different, non-empty sets where the domain says so.
    expect(seen).toEqual({
      platform: 9,
      'bureau provinceBureau': 7,
      'bureau cityBureau': 4,
      'bureau countyBureau': 2,
      'bureau otherCityBureau': 2,
      'bureau otherProvinceBureau': 2,
      'HR countyPlant': 1,
      'HR cityPlant': 1,
      'HR agency': 1,
      'HR otherProvincePlant': 1,
      'bureau of an empty city': 0,
      'HR without an organization': '404',
      evaluator: 1,
      'evaluator without an organization': '404',
      worker: 1,
      'worker without an organization': '404',
    });
  });

  it('organizations: who files one, and who changes one (with and without its status)', async () => {
    const rows = await organizationRows();
    const seen: Record<string, unknown> = {};
    for (const [name, scope] of scopes()) {
      const filings = await bothAnswers(ORGANIZATION_FILINGS, scope, undefined, 'organizations', 'o', rows);
      expect({ name, ids: filings.predicate }).toEqual({ name, ids: filings.sql });
      const counts: unknown[] = [nameOf(orgs, filings.sql)];
      for (const changesStatus of [false, true]) {
        const changes = await bothAnswers(ORGANIZATION_CHANGES, scope, { changesStatus }, 'organizations', 'o', rows);
        expect({ name, changesStatus, ids: changes.predicate }).toEqual({ name, changesStatus, ids: changes.sql });
        counts.push(nameOf(orgs, changes.sql));
      }
      seen[name] = counts;
    }
    const bureaus = ['cityBureau', 'countyBureau', 'otherCityBureau', 'otherProvinceBureau', 'provinceBureau'];
    expect(seen).toMatchObject({
      platform: [bureaus, bureaus, bureaus],
      'bureau provinceBureau': [['agency', 'cityPlant', 'countyPlant'], ['agency', 'cityPlant', 'countyPlant'], ['agency', 'cityPlant', 'countyPlant']],
      'bureau cityBureau': [['cityPlant', 'countyPlant'], ['cityPlant', 'countyPlant'], ['cityPlant', 'countyPlant']],
      'bureau countyBureau': [['countyPlant'], ['countyPlant'], ['countyPlant']],
      'bureau of an empty city': [[], [], []],
      // HR files nothing, renames its own organization, and never suspends it.
      'HR countyPlant': [[], ['countyPlant'], []],
      'HR agency': [[], ['agency'], []],
      evaluator: [[], [], []],
      worker: [[], [], []],
    });
  });

  it('users: which accounts each scope sees, and which it may manage (every role one it may grant there)', async () => {
    const rows = await userRows();
    const seen: Record<string, unknown> = {};
    for (const [name, scope] of scopes()) {
      const visible = await bothAnswers(USERS, scope, undefined, 'users', 'u', rows);
      expect({ name, ids: visible.predicate }).toEqual({ name, ids: visible.sql });
      const managed = await bothAnswers(USER_GRANTS, scope, undefined, 'users', 'u', rows);
      expect({ name, ids: managed.predicate }).toEqual({ name, ids: managed.sql });
      seen[name] = [visible.sql === '404' ? '404' : visible.sql.length, nameOf(users, managed.sql)];
    }
    expect(seen).toMatchObject({
      platform: [
        USER_LIST.length,
        ['cityBureauStaff', 'cityPlantRoleless', 'countyBureauStaff', 'otherCityBureauStaff', 'otherProvinceBureauStaff', 'platformAdmin', 'provinceBureauStaff'],
      ],
      // A city bureau sees its counties' accounts, manages its own officers and the HR of its enterprises, not the county bureau's.
      'bureau cityBureau': [10, ['cityBureauStaff', 'cityPlantRoleless', 'cityPlantStaff', 'countyPlantStaff']],
      'bureau countyBureau': [6, ['countyBureauStaff', 'countyPlantStaff']],
      'HR countyPlant': [4, ['countyEvaluator', 'countyHrEvaluator', 'countyPlantStaff', 'countyWorker']],
      'HR agency': [1, ['agencyStaff']],
      'HR without an organization': ['404', '404'],
      evaluator: [4, []],
      worker: [4, []],
    });
  });
});
