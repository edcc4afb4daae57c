import { AccessPolicy, NotFoundError, Scope } from '@skill-ladder/platform';
import {
  AddedByRow,
  ENTERPRISE_TIER_CHANGES,
  OCCUPATION_CHANGES,
  STANDARD_OWNER,
  STANDARD_REVIEWER,
  StandardAccessRow,
  STANDARDS,
  StandardsContext,
  TITLE_MAPPING_CHANGES,
} from '@skill-ladder/standards';
import { randomUUID } from 'node:crypto';
import { AgreeOptions, counts, ORG_KEYS, regionOf, usePolicyWorld, WorldScope } from '../harness/policy-world';

/**
 * The standards lib's access policies (libs/standards/src/standards-scope.ts) answer twice from one
 * declaration, as those of test/platform/access-policies.e2e-spec.ts: here both answers are taken on
 * PostgreSQL for every kind of scope over standards, occupations, 比照认定 rules and enterprise tiers
 * of a county enterprise under a city bureau, a neighbouring county, another city, another province,
 * and national rows; the rows the SQL returns must be the rows the predicate accepts.
 */
describe('standards access policies: the SQL filter and the predicate agree', () => {
  const ids = { standards: [] as string[], occupations: [] as string[], mappings: [] as string[], tiers: [] as string[] };
  const world = usePolicyWorld({
    organizations: ORG_KEYS,
    // Standards, tiers and rules are seeded without their versions and ranks, which no policy reads.
    seed: async (em) => {
      const { org } = world;
      // Occupations: two of the national catalogue, and one added by each of four bureaus.
      for (const [i, addedBy] of ([null, null, 'cityBureau', 'countyBureau', 'otherCityBureau', 'otherProvinceBureau'] as const).entries()) {
        const [o] = await em.query(`INSERT INTO occupations (code, name_zh, organization_id) VALUES ($1, $2, $3) RETURNING id`, [
          `9-97-0${i}-01`,
          `职业${i}`,
          addedBy && org(addedBy),
        ]);
        ids.occupations.push(o.id);
      }
      // Standards: a national and an industry one, and an enterprise specification of each enterprise.
      for (const [i, [source, owner]] of (
        [
          ['national', null],
          ['industry', null],
          ['enterprise', 'countyPlant'],
          ['enterprise', 'cityPlant'],
          ['enterprise', 'neighbourPlant'],
          ['enterprise', 'otherCityPlant'],
          ['enterprise', 'otherProvincePlant'],
        ] as const
      ).entries()) {
        const [s] = await em.query(`INSERT INTO standards (occupation_id, source, organization_id, title) VALUES ($1, $2, $3, $4) RETURNING id`, [
          ids.occupations[0],
          source,
          owner && org(owner),
          `评价规范${i}`,
        ]);
        ids.standards.push(s.id);
      }
      // 比照认定 rules: two national defaults, and one of each of three bureaus for its region.
      for (const [i, [owner, rank]] of (
        [
          [null, 'L5'],
          [null, 'L4'],
          ['cityBureau', 'L3'],
          ['countyBureau', 'L3'],
          ['otherProvinceBureau', 'L3'],
        ] as const
      ).entries()) {
        const [m] = await em.query(
          `INSERT INTO title_mappings (organization_id, region_code, direction, rank, title_series, title_grade, title_name, years, effective_from)
           VALUES ($1, $2, 'skill_to_title', $3, 'policy_check', 'junior', $4, 2, '2030-01-01') RETURNING id`,
          [owner && org(owner), owner && regionOf(owner), rank, `职称${i}`],
        );
        ids.mappings.push(m.id);
      }
      for (const [i, owner] of (['countyPlant', 'countyPlant', 'cityPlant', 'otherProvincePlant'] as const).entries()) {
        const [tier] = await em.query(`INSERT INTO enterprise_tiers (organization_id, name, national_rank, sub_order) VALUES ($1, $2, 'L2', $3) RETURNING id`, [
          org(owner),
          `一级技师${i}`,
          i,
        ]);
        ids.tiers.push(tier.id);
      }
    },
  });

  /** Every kind of scope, with the organization its account belongs to (what `STANDARDS` shows a worker by). */
  const scopes = (): WorldScope[] => [
    ...world.scopes(),
    ['evaluator', { kind: 'evaluator', userId: randomUUID(), organizationId: world.org('countyPlant'), personId: null }, { organizationId: world.org('countyPlant'), regionCode: regionOf('countyPlant') }],
    ['worker of countyPlant', { kind: 'person', personId: randomUUID() }, { organizationId: world.org('countyPlant'), regionCode: regionOf('countyPlant') }],
    ['worker of agency', { kind: 'person', personId: randomUUID() }, { organizationId: world.org('agency'), regionCode: regionOf('agency') }],
  ];

  /** For each policy and scope, both answers agree; returns how many rows each scope gets, by policy. */
  async function agreement<Row, Ctx>(policies: AccessPolicy<Row, Ctx>[], from: string, rows: Map<string, Row>, options?: AgreeOptions<Ctx>) {
    const seen: Record<string, Record<string, number | '404'>> = {};
    for (const policy of policies) seen[policy.name] = counts(await world.agree(policy, scopes(), from, rows, options));
    return seen;
  }

  const standardRows = () =>
    world.rows(
      `SELECT s.id, s.organization_id, o.region_code FROM standards s LEFT JOIN organizations o ON o.id = s.organization_id WHERE s.id = ANY($1)`,
      [ids.standards],
      (r: Record<string, string | null>): StandardAccessRow => ({ organizationId: r.organization_id, ownerRegion: r.region_code }),
    );

  const addedByRows = (table: string, list: string[]) =>
    world.rows(`SELECT id, organization_id FROM ${table} WHERE id = ANY($1)`, [list], (r: Record<string, string | null>): AddedByRow => ({ organizationId: r.organization_id }));

  it('standards: who sees one, for every scope', async () => {
    const { standards } = await agreement([STANDARDS], 'standards s', await standardRows(), { ctxOf: (account) => ({ accountOrganizationId: account.organizationId }) });
    // Not vacuous: the scopes see different, non-empty sets where the domain says so.
    expect(standards).toMatchObject({
      platform: 7,
      'bureau provinceBureau': 6,
      'bureau cityBureau': 5,
      'bureau countyBureau': 3,
      'bureau otherCityBureau': 3,
      'bureau otherProvinceBureau': 3,
      'bureau of an empty city': 2,
      'HR countyPlant': 3,
      'HR agency': 2,
      evaluator: 3,
      'worker of countyPlant': 3,
      'worker of agency': 2,
    });
  });

  it('standards: a bureau without a region and an account without an organization see nothing (404), in SQL as in the predicate', async () => {
    const row: StandardAccessRow = { organizationId: null, ownerRegion: null };
    const cases: [Scope, StandardsContext][] = [
      [{ kind: 'region', regionCode: null, organizationId: world.org('cityBureau') }, { accountOrganizationId: world.org('cityBureau') }],
      [{ kind: 'organization', organizationId: null, organizationKind: null }, { accountOrganizationId: null }],
      [{ kind: 'person', personId: randomUUID() }, { accountOrganizationId: null }],
    ];
    for (const [scope, ctx] of cases) {
      expect(() => STANDARDS.where(scope, 's', ctx)).toThrow(NotFoundError);
      expect(() => STANDARDS.allows(scope, row, ctx)).toThrow(NotFoundError);
    }
  });

  it('standards: who writes one (owner) and who reviews it, for every scope', async () => {
    const seen = await agreement([STANDARD_OWNER, STANDARD_REVIEWER], 'standards s', await standardRows());
    expect(seen['standard-owner']).toMatchObject({
      platform: 2,
      'bureau provinceBureau': 4,
      'bureau cityBureau': 3,
      'bureau countyBureau': 1,
      'bureau otherCityBureau': 1,
      'bureau of an empty city': 0,
      'HR countyPlant': 1,
      'HR agency': 0,
      evaluator: 0,
      'worker of countyPlant': 0,
    });
    expect(seen['standard-reviewer']).toMatchObject({ platform: 2, 'bureau cityBureau': 3, 'bureau countyBureau': 1, 'HR countyPlant': 0, evaluator: 0 });
  });

  it('occupations: who may change one (the platform any, a bureau those it added), for every scope', async () => {
    const seen = await agreement([OCCUPATION_CHANGES], 'occupations o', await addedByRows('occupations', ids.occupations));
    expect(seen['occupation-changes']).toMatchObject({
      platform: 6,
      'bureau provinceBureau': 0,
      'bureau cityBureau': 1,
      'bureau countyBureau': 1,
      'bureau of an empty city': 0,
      'HR countyPlant': 0,
      'worker of countyPlant': 0,
    });
  });

  it('title mappings: who may change a rule (the platform the national ones, a bureau its own), for every scope', async () => {
    const seen = await agreement([TITLE_MAPPING_CHANGES], 'title_mappings m', await addedByRows('title_mappings', ids.mappings));
    expect(seen['title-mapping-changes']).toMatchObject({
      platform: 2,
      'bureau provinceBureau': 0,
      'bureau cityBureau': 1,
      'bureau countyBureau': 1,
      'bureau otherProvinceBureau': 1,
      'HR countyPlant': 0,
      evaluator: 0,
    });
  });

  it('enterprise tiers: who maintains them (the enterprise’s HR alone), for every scope', async () => {
    const rows = new Map([...(await addedByRows('enterprise_tiers', ids.tiers)).entries()].map(([id, r]) => [id, { organizationId: r.organizationId as string }]));
    const seen = await agreement([ENTERPRISE_TIER_CHANGES], 'enterprise_tiers et', rows);
    expect(seen['enterprise-tier-changes']).toMatchObject({ platform: 0, 'bureau countyBureau': 0, 'HR countyPlant': 2, 'HR cityPlant': 1, 'HR agency': 0, evaluator: 0 });
  });
});
