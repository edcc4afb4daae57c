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
import { Role } from '@skill-ladder/platform';
import { randomUUID } from 'node:crypto';
import { byScope, counts, kindOf, ORG_KEYS, OrgKey, usePolicyWorld, WorldScope } from '../harness/policy-world';

/**
 * identity's access policies answer twice from one declaration, as the others do
 * (test/platform/access-policies.e2e-spec.ts): a SQL filter for lists and a predicate for a row
 * in hand. Here both answers are taken on PostgreSQL for every kind of scope over organizations
 * in a county under a city, another city, another province, a dispatch agency, and over accounts
 * of every role there, and the set of rows the SQL returns must be the set the predicate accepts.
 * A scope that has no organization (or region) to see by answers 404 from both.
 */
describe('organization and user policies: the SQL filter and the predicate agree', () => {
  const ORGS = ORG_KEYS.filter((key) => key !== 'neighbourPlant' && key !== 'otherCityPlant');

  /** Accounts: key, organization (null: none), roles. */
  const USER_LIST: [string, OrgKey | null, Role[]][] = [
    ['platformAdmin', null, ['platform_admin']],
    ...ORGS.map((key): [string, OrgKey, Role[]] => [`${key}Staff`, key, [kindOf(key) === 'bureau' ? 'bureau_officer' : 'hr_admin']]),
    ['countyEvaluator', 'countyPlant', ['evaluator']],
    ['countyHrEvaluator', 'countyPlant', ['hr_admin', 'evaluator']],
    ['countyWorker', 'countyPlant', ['worker']],
    ['cityOfficerAndHr', 'cityBureau', ['bureau_officer', 'hr_admin']],
    ['hrAtCountyBureau', 'countyBureau', ['hr_admin']],
    ['cityPlantRoleless', 'cityPlant', []],
  ];

  const world = usePolicyWorld({ organizations: ORGS, accounts: USER_LIST });

  const scopes = (): WorldScope[] => [
    ...world.scopes(),
    ['HR without an organization', { kind: 'organization', organizationId: null, organizationKind: null }],
    ['evaluator', { kind: 'evaluator', userId: randomUUID(), organizationId: world.org('countyPlant'), personId: null }],
    ['evaluator without an organization', { kind: 'evaluator', userId: randomUUID(), organizationId: null, personId: null }],
    ['worker', { kind: 'person', personId: randomUUID(), organizationId: world.org('countyPlant') }],
    ['worker without an organization', { kind: 'person', personId: randomUUID() }],
  ];

  const organizationRows = () =>
    world.rows(
      `SELECT id, kind, region_code FROM organizations WHERE id = ANY($1)`,
      [[...world.orgs.values()]],
      (r: Record<string, never>): OrganizationAccessRow => ({ id: r.id, kind: r.kind, regionCode: r.region_code }),
    );

  const userRows = () =>
    world.rows(
      `SELECT u.id, u.organization_id, o.kind, o.region_code, ARRAY(SELECT r.role FROM user_roles r WHERE r.user_id = u.id ORDER BY r.role) AS roles
         FROM users u LEFT JOIN organizations o ON o.id = u.organization_id WHERE u.id = ANY($1)`,
      [[...world.accounts.values()]],
      (r: Record<string, never>): UserAccessRow => ({ organizationId: r.organization_id, organizationKind: r.kind, organizationRegion: r.region_code, roles: r.roles }),
    );

  /** The keys of what each scope got. */
  const keys = (answers: Record<string, string[] | '404'>) => Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, world.keysOf(answer)]));

  it('organizations: for every scope, on the table and on another row’s organization id column', async () => {
    const rows = await organizationRows();
    const onTable = await world.agree(ORGANIZATIONS, scopes(), 'organizations o', rows);
    const onColumn = await world.agree(ORGANIZATIONS_BY_ID, scopes(), 'organizations o', rows, { on: 'o.id' });
    expect(onColumn).toEqual(onTable);
    // Not vacuous: the scopes see different, non-empty sets where the domain says so.
    expect(counts(onTable)).toEqual({
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
    const filings = await world.agree(ORGANIZATION_FILINGS, scopes(), 'organizations o', rows);
    const changes = [];
    for (const changesStatus of [false, true]) {
      changes.push(await world.agree(ORGANIZATION_CHANGES, scopes(), 'organizations o', rows, { ctx: { changesStatus }, label: { changesStatus } }));
    }
    const bureaus = ['cityBureau', 'countyBureau', 'otherCityBureau', 'otherProvinceBureau', 'provinceBureau'];
    expect(byScope(keys(filings), ...changes.map(keys))).toMatchObject({
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
    const visible = await world.agree(USERS, scopes(), 'users u', rows);
    const managed = await world.agree(USER_GRANTS, scopes(), 'users u', rows);
    expect(byScope<unknown>(counts(visible), keys(managed))).toMatchObject({
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
