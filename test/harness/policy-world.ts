import { AccessPolicy, generateCreditCode, namedQuery, NotFoundError, OrganizationKind, Role, Scope } from '@skill-ladder/platform';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { createTestApp, TestApp } from './test-app';

/**
 * The world the access-policy agreement specs share (test/<lib>/*-policies.e2e-spec.ts): a province
 * of organizations (a county under a city bureau, a neighbouring county, a dispatch agency in another
 * city, another province), the workers and accounts a spec asks for, and `agree`, which takes both
 * answers of a policy (the SQL filter for lists, the predicate for a row in hand) on PostgreSQL for
 * every scope and fails where the rows the SQL returns are not the rows the predicate accepts.
 */
export const WORLD_ORGANIZATIONS = {
  provinceBureau: ['bureau', '140000'],
  cityBureau: ['bureau', '141100'],
  countyBureau: ['bureau', '141121'],
  otherCityBureau: ['bureau', '140200'],
  otherProvinceBureau: ['bureau', '110000'],
  countyPlant: ['enterprise', '141121'],
  cityPlant: ['enterprise', '141102'],
  neighbourPlant: ['enterprise', '141122'],
  otherCityPlant: ['enterprise', '140202'],
  agency: ['dispatch_agency', '140200'],
  otherProvincePlant: ['enterprise', '110101'],
} as const satisfies Record<string, readonly [OrganizationKind, string]>;
export type OrgKey = keyof typeof WORLD_ORGANIZATIONS;
export const ORG_KEYS = Object.keys(WORLD_ORGANIZATIONS) as OrgKey[];
export const kindOf = (key: OrgKey): OrganizationKind => WORLD_ORGANIZATIONS[key][0];
export const regionOf = (key: OrgKey): string => WORLD_ORGANIZATIONS[key][1];

/** An employment: who employs the worker, where they work, how, from and until (null: still). */
export type Employment = [employer: OrgKey, work: OrgKey, type: 'regular' | 'dispatched', hired: string, ended: string | null];

/**
 * Workers employed over time: dispatched, former (then elsewhere), not yet hired, and none. A
 * worker's person record belongs to their first employer (the county plant when they have none).
 */
export const WORKERS_OVER_TIME: Record<string, Employment[]> = {
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

/** The organization of the caller's account and its region, for a policy whose context depends on them. */
export interface Account {
  organizationId: string | null;
  regionCode: string | null;
}
const NO_ACCOUNT: Account = { organizationId: null, regionCode: null };

/** A scope by the name its answers are reported under, and the account it is taken for (none: no organization). */
export type WorldScope = [name: string, scope: Scope, account?: Account];

/** The keys of the rows the SQL returns a scope, sorted; '404' when the policy refuses the scope (in both answers alike). */
export type Answer = string[] | '404';

export interface WorldOptions {
  /** The organizations there are (all but otherCityPlant unless told). */
  organizations?: readonly OrgKey[];
  /** Workers by key: their employments, or the organization their record belongs to (no employment). */
  workers?: Record<string, Employment[] | OrgKey>;
  /** Accounts: key, organization (null: none), roles (each at the account's organization). */
  accounts?: [key: string, organization: OrgKey | null, roles: Role[]][];
  /** The spec's own rows, in the same transaction, foreign-key triggers off. */
  seed?: (em: EntityManager) => Promise<void>;
}

export interface AgreeOptions<Ctx> {
  /** The policy's context, the same for every scope. */
  ctx?: Ctx;
  /** Or the context from the scope's account. */
  ctxOf?: (account: Account) => Ctx;
  /** What identifies a row in the query (default `<alias>.id`); the keys of `rows` are its values. */
  key?: string;
  /** What the policy is given (default the alias of `from`, e.g. `a.person_id` for a column policy). */
  on?: string;
  /** Reported with each scope's answers (e.g. the day of the context). */
  label?: Record<string, unknown>;
}

/** The world, built in `beforeAll` on the file's own database (and closed in `afterAll`); read its members inside tests. */
export function usePolicyWorld(options: WorldOptions = {}): PolicyWorld {
  const world = new PolicyWorld();
  beforeAll(() => world.build(options));
  afterAll(() => world.close());
  return world;
}

export class PolicyWorld {
  private t: TestApp;
  readonly orgs = new Map<OrgKey, string>();
  readonly persons = new Map<string, string>();
  readonly accounts = new Map<string, string>();

  get dataSource(): DataSource {
    return this.t.dataSource;
  }

  readonly org = (key: OrgKey): string => found(this.orgs, key);
  readonly person = (key: string): string => found(this.persons, key);
  readonly account = (key: string): string => found(this.accounts, key);

  /** The platform, a bureau officer or HR of each organization (`hrRegion`: with its region, as a signed-in HR's), and a bureau of a city with no organization. */
  scopes({ hrRegion = false } = {}): WorldScope[] {
    return [
      ['platform', { kind: 'all' }, NO_ACCOUNT],
      ...[...this.orgs.entries()].map(([key, id]): WorldScope => {
        const [kind, regionCode] = WORLD_ORGANIZATIONS[key];
        const account = { organizationId: id, regionCode };
        return kind === 'bureau'
          ? [`bureau ${key}`, { kind: 'region', regionCode, organizationId: id }, account]
          : [`HR ${key}`, { kind: 'organization', organizationId: id, organizationKind: kind, ...(hrRegion ? { regionCode } : {}) }, account];
      }),
      ['bureau of an empty city', { kind: 'region', regionCode: '141000', organizationId: null }, { organizationId: null, regionCode: '141000' }],
    ];
  }

  /** Each worker, and a worker without a person record. */
  workerScopes(): WorldScope[] {
    return [
      ...[...this.persons.entries()].map(([key, id]): WorldScope => [`worker ${key}`, { kind: 'person', personId: id }]),
      ['worker without a record', { kind: 'person', personId: null }],
    ];
  }

  /** The keys (organization, worker, account) of the ids of an answer, sorted. */
  keysOf(answer: Answer): Answer {
    const keyOf = new Map([...this.orgs, ...this.persons, ...this.accounts].map(([key, id]) => [id, key]));
    return answer === '404' ? '404' : answer.map((id) => keyOf.get(id) ?? id).sort();
  }

  /** Rows by their `id` column, as `toRow` makes them. */
  async rows<R, Row>(sql: string, params: unknown[], toRow: (r: R) => Row): Promise<Map<string, Row>> {
    return new Map((await this.t.dataSource.query(sql, params)).map((r: R & { id: string }) => [r.id, toRow(r)]));
  }

  /**
   * For every scope, the keys of the rows of `from` ("table alias") the policy's SQL filter returns
   * among `rows`, and those whose row its predicate accepts; fails on a scope where they differ.
   * Returns the SQL's answer by scope name.
   */
  async agree<Row, Ctx>(
    policy: AccessPolicy<Row, Ctx>,
    scopes: WorldScope[],
    from: string,
    rows: Map<string, Row>,
    { ctx, ctxOf, key, on, label }: AgreeOptions<Ctx> = {},
  ): Promise<Record<string, Answer>> {
    const alias = from.split(' ')[1];
    const keyColumn = key ?? `${alias}.id`;
    const answers: Record<string, Answer> = {};
    for (const [name, scope, account] of scopes) {
      const context = ctxOf ? ctxOf(account ?? NO_ACCOUNT) : (ctx as Ctx);
      const filter = orNotFound(() => policy.where(scope, on ?? alias, context));
      const sql: Answer =
        filter === '404'
          ? '404'
          : (
              await namedQuery<{ key: string }>(this.t.dataSource, `SELECT ${keyColumn} AS key FROM ${from} WHERE ${keyColumn} = ANY(:keys) AND ${filter.sql}`, {
                ...filter.params,
                keys: [...rows.keys()],
              })
            )
              .map((r) => r.key)
              .sort();
      const predicate = orNotFound(() => [...rows.entries()].filter(([, row]) => policy.allows(scope, row, context)).map(([k]) => k).sort());
      expect({ policy: policy.name, scope: name, ...label, rows: predicate }).toEqual({ policy: policy.name, scope: name, ...label, rows: sql });
      answers[name] = sql;
    }
    return answers;
  }

  async build({ organizations = ORG_KEYS.filter((key) => key !== 'otherCityPlant'), workers = {}, accounts = [], seed }: WorldOptions): Promise<void> {
    this.t = await createTestApp();
    await this.t.dataSource.transaction(async (em) => {
      // Rows are seeded without what they point at and no policy reads (standard versions, users,
      // credentials…): foreign-key triggers are off for this transaction only.
      await em.query(`SET LOCAL session_replication_role = replica`);
      let seq = 0;
      for (const key of organizations) {
        const [kind, region] = WORLD_ORGANIZATIONS[key];
        const [row] = await em.query(`INSERT INTO organizations (kind, name, region_code, credit_code) VALUES ($1, $2, $3, $4) RETURNING id`, [
          kind,
          `组织${key}`,
          region,
          kind === 'bureau' ? null : generateCreditCode({ regionCode: region, sequence: ++seq }),
        ]);
        this.orgs.set(key, row.id);
      }
      for (const [key, employments] of Object.entries(workers)) {
        const home = typeof employments === 'string' ? employments : (employments[0]?.[0] ?? 'countyPlant');
        const [p] = await em.query(
          `INSERT INTO persons (organization_id, full_name, id_number_cipher, id_number_index, id_number_masked, birth_date, sex)
           VALUES ($1, $2, $3, $4, '14**************01', '1990-01-01', 'male') RETURNING id`,
          [this.org(home), `职工${key}`, randomBytes(16), randomBytes(32)],
        );
        this.persons.set(key, p.id);
        for (const [employer, work, type, hired, ended] of typeof employments === 'string' ? [] : employments) {
          await em.query(`INSERT INTO employments (person_id, employer_org_id, work_org_id, employment_type, hired_on, ended_on) VALUES ($1, $2, $3, $4, $5, $6)`, [
            p.id,
            this.org(employer),
            this.org(work),
            type,
            hired,
            ended,
          ]);
        }
      }
      for (const [key, orgKey, roles] of accounts) {
        const organizationId = orgKey ? this.org(orgKey) : null;
        const [u] = await em.query(`INSERT INTO users (username, password_hash, display_name, organization_id) VALUES ($1, 'x', $2, $3) RETURNING id`, [
          `policy.${key.toLowerCase()}`,
          `用户${key}`,
          organizationId,
        ]);
        this.accounts.set(key, u.id);
        for (const role of roles) {
          await em.query(`INSERT INTO user_roles (user_id, role, organization_id) VALUES ($1, $2, $3)`, [u.id, role, role === 'platform_admin' ? null : organizationId]);
        }
      }
      await seed?.(em);
    });
  }

  async close(): Promise<void> {
    await this.t?.close();
  }
}

/** How many rows each scope got ('404' for a refused one). */
export function counts(answers: Record<string, Answer>): Record<string, number | '404'> {
  return Object.fromEntries(Object.entries(answers).map(([name, answer]) => [name, answer === '404' ? '404' : answer.length]));
}

/** Several results by scope name, as one list per name (e.g. one count per day or per policy). */
export function byScope<T>(...results: Record<string, T>[]): Record<string, T[]> {
  const together: Record<string, T[]> = {};
  for (const result of results) for (const [name, value] of Object.entries(result)) (together[name] ??= []).push(value);
  return together;
}

function found<K extends string>(map: Map<K, string>, key: K): string {
  const id = map.get(key);
  if (!id) throw new Error(`no ${key} in the world`);
  return id;
}

/** An answer, or '404' when the policy refuses the scope (it has no organization or region to see by). */
function orNotFound<T>(answer: () => T): T | '404' {
  try {
    return answer();
  } catch (error) {
    if (error instanceof NotFoundError) return '404';
    throw error;
  }
}
