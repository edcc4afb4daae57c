import { EntryStatus, NOTICE_ENTRIES, NOTICE_OBJECTIONS, NoticeAccessRow, NOTICES } from '@skill-ladder/publicity';
import { randomUUID } from 'node:crypto';
import { byScope, counts, usePolicyWorld, WorldScope, WORKERS_OVER_TIME } from '../harness/policy-world';

/**
 * The publicity policies answer twice from one declaration, as the others do
 * (test/platform/access-policies.e2e-spec.ts, whose world this one shares): a SQL filter for lists
 * and a predicate for a row in hand. Both answers are taken on PostgreSQL for every kind of scope
 * over a province of organizations (a county under a city bureau, a dispatch agency in another
 * city, another province), workers (dispatched, former, not yet hired), notices published on
 * several days, their entries in every status and objections filed by several workers; the set of
 * rows the SQL returns must be the set the predicate accepts.
 */
describe('publicity policies: the SQL filter and the predicate agree', () => {
  const ids = { notices: [] as string[], objections: [] as string[] };
  const PUBLISHED_ON = ['2026-06-15', '2026-09-30', '2026-10-12'];
  /** Around the former worker's last day, before and on the later publication days, and after the not-yet-hired worker starts. */
  const DAYS = ['2026-06-30', '2026-07-01', '2026-09-30', '2026-10-12', '2026-10-20'];

  const world = usePolicyWorld({
    workers: WORKERS_OVER_TIME,
    // Every publishing organization (the agency too) publishes on each day, one entry in each
    // status and an objection from two of its people and one filed without a person on record
    // (without their subject and filing accounts, which no policy reads).
    seed: async (em) => {
      const entryPersons = ['dispatched', 'cityStaff', 'formerThenAway'];
      const statuses: EntryStatus[] = ['published', 'correction_required', 'withdrawn'];
      for (const publisher of ['countyPlant', 'cityPlant', 'neighbourPlant', 'agency', 'otherProvincePlant'] as const) {
        for (const publishedOn of PUBLISHED_ON) {
          const [n] = await em.query(
            `INSERT INTO publicity_notices (organization_id, subject_type, subject_id, title, published_on, working_days, counted_from, starts_on, ends_on, provisional)
             VALUES ($1, 'campaign_results', $2, '认定结果公示', $3, 5, $3, $3, CAST($3 AS date) + 7, false) RETURNING id`,
            [world.org(publisher), randomUUID(), publishedOn],
          );
          ids.notices.push(n.id);
          for (const [position, who] of entryPersons.entries()) {
            const status = statuses[position];
            await em.query(
              `INSERT INTO publicity_entries (notice_id, person_id, position, payload, status, withdrawn_reason) VALUES ($1, $2, $3, '{}', $4, $5)`,
              [n.id, world.person(who), position + 1, status, status === 'withdrawn' ? '已离职' : null],
            );
          }
          for (const filer of ['dispatched', 'notYetHired', null]) {
            const [x] = await em.query(
              `INSERT INTO publicity_objections (notice_id, organization_id, person_id, filed_by, filed_by_person_id, reason, round, filed_at)
               VALUES ($1, $2, NULL, $3, $4, '对公示名单有异议', 1, now()) RETURNING id`,
              [n.id, world.org(publisher), randomUUID(), filer && world.person(filer)],
            );
            ids.objections.push(x.id);
          }
        }
      }
    },
  });

  const scopes = (): WorldScope[] => [
    ...world.scopes(),
    ...world.workerScopes(),
    ['evaluator', { kind: 'evaluator', userId: randomUUID(), organizationId: world.org('countyPlant'), personId: world.person('dispatched') }],
  ];

  it('notices: for every scope, on the days around publication and employment', async () => {
    const rows = await world.rows(
      `SELECT n.id::text, n.organization_id, o.region_code, n.published_on::text AS published_on,
              COALESCE((SELECT json_agg(json_build_object('personId', e.person_id, 'endedOn', e.ended_on::text))
                          FROM employments e WHERE e.work_org_id = n.organization_id), '[]') AS staff
         FROM publicity_notices n JOIN organizations o ON o.id = n.organization_id WHERE n.id = ANY($1)`,
      [ids.notices],
      (r: Record<string, never>): NoticeAccessRow => ({ organizationId: r.organization_id, organizationRegion: r.region_code, publishedOn: r.published_on, staff: r.staff }),
    );
    const perDay = [];
    for (const today of DAYS) {
      perDay.push(counts(await world.agree(NOTICES, scopes(), 'publicity_notices n', rows, { ctx: { today }, label: { today }, key: 'n.id::text' })));
    }
    // Not vacuous: the scopes see different, non-empty sets where the domain says so (one count per day of DAYS).
    expect(byScope(...perDay)).toMatchObject({
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
    const rows = await world.rows(
      `SELECT e.notice_id || ':' || e.person_id AS id, e.status FROM publicity_entries e WHERE e.notice_id = ANY($1)`,
      [ids.notices],
      (r: { status: EntryStatus }) => ({ status: r.status }),
    );
    const seen = counts(await world.agree(NOTICE_ENTRIES, scopes(), 'publicity_entries e', rows, { key: `e.notice_id || ':' || e.person_id` }));
    expect(seen).toMatchObject({ platform: 45, 'bureau cityBureau': 45, 'HR countyPlant': 45, 'worker dispatched': 30, 'worker without a record': 30, evaluator: 0 });
  });

  it('objections to a notice: all of them for every scope but a worker, who sees the ones they filed', async () => {
    const rows = await world.rows(
      `SELECT x.id::text, x.filed_by_person_id FROM publicity_objections x WHERE x.id = ANY($1)`,
      [ids.objections],
      (r: { filed_by_person_id: string | null }) => ({ filedByPersonId: r.filed_by_person_id }),
    );
    const seen = counts(await world.agree(NOTICE_OBJECTIONS, scopes(), 'publicity_objections x', rows, { key: 'x.id::text' }));
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
