import {
  CASE_DECIDING_BUREAU,
  CASE_ENTERPRISE_HR,
  CASE_WITHDRAWAL,
  CaseAccessRow,
  CASES,
  TIER_POLICY_HR,
} from '../../libs/promotions/src/common/case-scope';
import { CompetitionAccessRow, COMPETITIONS } from '../../libs/promotions/src/competitions/competition-scope';
import { AccessPolicy } from '@skill-ladder/platform';
import { randomUUID } from 'node:crypto';
import { counts, OrgKey, usePolicyWorld, WorldScope } from '../harness/policy-world';

/**
 * The promotion cases' policies (libs/promotions/src/common/case-scope.ts) answer twice from one
 * declaration, as the platform's do (test/platform/access-policies.e2e-spec.ts): here both answers
 * are taken on PostgreSQL for every kind of scope over appointments, title recognitions and
 * competition promotions of enterprises in a county under a city bureau, a neighbouring county,
 * the city itself and another province, each before and after it went to a bureau; the rows the
 * SQL returns must be the rows the predicate accepts.
 */
describe('promotion case policies: the SQL filter and the predicate agree', () => {
  const ids = { policies: [] as string[], competitions: [] as string[] };
  const cases: Record<CaseTable, string[]> = { appointments: [], title_recognitions: [], competition_promotions: [] };

  type CaseTable = 'appointments' | 'title_recognitions' | 'competition_promotions';
  const TABLES: [CaseTable, string][] = [
    ['appointments', 'a'],
    ['title_recognitions', 'r'],
    ['competition_promotions', 'x'],
  ];

  const world = usePolicyWorld({
    workers: { dispatched: 'agency', countyStaff: 'countyPlant', cityStaff: 'cityPlant', neighbour: 'neighbourPlant', away: 'otherProvincePlant', noCases: 'countyPlant' },
    // Cases are seeded without the policies, rules, credentials and results they were filed on, which no access policy reads.
    seed: async (em) => {
      const { org, person } = world;
      const policyAt = new Map<string, string>();
      for (const enterprise of ['countyPlant', 'cityPlant', 'neighbourPlant', 'otherProvincePlant'] as const) {
        const [p] = await em.query(`INSERT INTO tier_policies (organization_id, national_rank, term_months, rubric) VALUES ($1, 'special', 36, '[]') RETURNING id`, [
          org(enterprise),
        ]);
        ids.policies.push(p.id);
        policyAt.set(enterprise, p.id);
      }
      // [worker, enterprise, the bureau it went to (none yet: null)]: the competent bureau, a
      // bureau above it, and another province's.
      const filed: [string, OrgKey, OrgKey | null][] = [
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
      const held: [OrgKey, string, string, string[]][] = [
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
    },
  });

  const scopes = (): WorldScope[] => [
    ...world.scopes({ hrRegion: true }),
    ['HR without an organization', { kind: 'organization', organizationId: null, organizationKind: null }],
    ...world.workerScopes(),
    ['evaluator', { kind: 'evaluator', userId: randomUUID(), organizationId: world.org('countyPlant'), personId: world.person('countyStaff') }],
  ];

  const caseRows = (table: CaseTable) =>
    world.rows(
      `SELECT c.id, c.organization_id, o.region_code, c.person_id, c.bureau_id FROM ${table} c JOIN organizations o ON o.id = c.organization_id WHERE c.id = ANY($1)`,
      [cases[table]],
      (r: Record<string, string>): CaseAccessRow => ({ organizationId: r.organization_id, organizationRegion: r.region_code, personId: r.person_id, bureauId: r.bureau_id }),
    );

  const POLICIES = [CASES, CASE_ENTERPRISE_HR, CASE_DECIDING_BUREAU, CASE_WITHDRAWAL] as AccessPolicy<CaseAccessRow>[];

  it.each(TABLES)('%s: seeing, acting as HR, deciding as the bureau and withdrawing, for every scope', async (table, alias) => {
    const rows = await caseRows(table);
    const seen: Record<string, Record<string, number | '404'>> = {};
    for (const policy of POLICIES) {
      for (const [name, n] of Object.entries(counts(await world.agree(policy, scopes(), `${table} ${alias}`, rows)))) (seen[name] ??= {})[policy.name] = n;
    }
    // Not vacuous: the scopes see and act on different, non-empty sets where the domain says so.
    const see = (n: number, hr: number, withdraw: number) => ({ cases: n, 'case-enterprise-hr': hr, 'case-withdrawal': withdraw });
    expect(seen).toMatchObject({
      platform: { ...see(9, 0, 0), 'case-deciding-bureau': 0 },
      'bureau provinceBureau': { cases: 7 },
      'bureau cityBureau': { cases: 7, 'case-enterprise-hr': 0 },
      'bureau countyBureau': { cases: 4 },
      'bureau otherCityBureau': { cases: 0, 'case-deciding-bureau': 0 },
      'bureau otherProvinceBureau': { cases: 2 },
      'bureau of an empty city': { cases: 0, 'case-deciding-bureau': 0 },
      'HR countyPlant': { ...see(4, 4, 4), 'case-deciding-bureau': 0 },
      'HR agency': see(0, 0, 0),
      // A scope the policy cannot place is refused (404) alike by both answers.
      'HR without an organization': { cases: '404', 'case-enterprise-hr': 0, 'case-withdrawal': 0 },
      'worker dispatched': { ...see(2, 0, 2), 'case-deciding-bureau': 0 },
      'worker noCases': see(0, 0, 0),
      'worker without a record': see(0, 0, 0),
      evaluator: { ...see(0, 0, 0), 'case-deciding-bureau': 0 },
    });
    // Who decides is the bureau the case went to: the competent one, not another of the same region.
    const deciding = (key: string) => seen[`bureau ${key}`]['case-deciding-bureau'];
    if (table === 'competition_promotions') {
      // Every promotion names its bureau: the city's for the city and county cases not yet elsewhere.
      expect([deciding('provinceBureau'), deciding('cityBureau'), deciding('countyBureau'), deciding('otherProvinceBureau')]).toEqual([1, 4, 2, 2]);
    } else {
      expect([deciding('provinceBureau'), deciding('cityBureau'), deciding('countyBureau'), deciding('otherProvinceBureau')]).toEqual([1, 2, 2, 1]);
    }
  });

  it('competitions: the platform all, a bureau its region, HR its own and the graded ones above it, a worker those they placed in', async () => {
    const rows = await world.rows(
      `SELECT c.id, c.organization_id, c.region_code, o.kind = 'bureau' AS by_bureau,
              COALESCE((SELECT array_agg(r.person_id) FROM competition_results r WHERE r.competition_id = c.id), '{}') AS placed
         FROM competitions c JOIN organizations o ON o.id = c.organization_id WHERE c.id = ANY($1)`,
      [ids.competitions],
      (r: { organization_id: string; region_code: string; by_bureau: boolean; placed: string[] }): CompetitionAccessRow => ({
        organizationId: r.organization_id,
        regionCode: r.region_code,
        registeredByBureau: r.by_bureau,
        placedPersonIds: r.placed,
      }),
    );
    expect(counts(await world.agree(COMPETITIONS, scopes(), 'competitions c', rows))).toMatchObject({
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
      'HR without an organization': '404',
      'worker dispatched': 2,
      'worker countyStaff': 2,
      'worker noCases': 0,
      'worker without a record': 0,
      evaluator: 0,
    });
  });

  it('tier policies: maintained by their enterprise’s HR alone, for every scope', async () => {
    const rows = await world.rows(`SELECT id, organization_id FROM tier_policies WHERE id = ANY($1)`, [ids.policies], (r: Record<string, string>) => ({
      organizationId: r.organization_id,
    }));
    expect(counts(await world.agree(TIER_POLICY_HR, scopes(), 'tier_policies t', rows))).toMatchObject({ platform: 0, 'bureau cityBureau': 0, 'HR countyPlant': 1, 'HR cityPlant': 1, 'HR agency': 0, 'worker countyStaff': 0, evaluator: 0 });
  });
});
