import { CERTIFICATE_FULL_ID_NUMBER, CertificateAccessRow, CERTIFICATES } from '../../libs/evaluations/src/certificates/certificate-scope';
import { ComponentScoreAccessRow, COMPONENT_SCORES } from '../../libs/evaluations/src/scoring/component-score-scope';
import { EXAM_ROOMS, ExamRoomAccessRow } from '../../libs/evaluations/src/exams/exam-room-scope';
import {
  EVALUATOR_CONFLICTS,
  EVALUATOR_HOME_HR,
  EvaluatorAccessRow,
  EvaluatorConflictAccessRow,
  EVALUATORS,
} from '../../libs/evaluations/src/evaluators/evaluator-scope';
import { AccessPolicy } from '@skill-ladder/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import { AgreeOptions, counts, regionOf, usePolicyWorld, WorldScope } from '../harness/policy-world';

/**
 * The certificates, evaluators, exam-room and component-score policies answer twice from one declaration, as the
 * workers and campaigns ones do (test/platform/access-policies.e2e-spec.ts): a SQL filter for
 * lists and lookups, a predicate for a row in hand. Both answers are taken here on PostgreSQL for
 * every kind of scope over a province of organizations (a county under a city bureau, a dispatch
 * agency in another city, another province), certificates issued by each body (one to a worker the
 * agency dispatched, one revoked), evaluators shared by bureaus at each level, their declared
 * conflicts, invigilated exam sessions and component scores with and without a committee chair; the rows the SQL returns must be those the predicate accepts.
 */
describe('certificates, evaluators, exam-room and component-score policies: the SQL filter and the predicate agree', () => {
  const profiles = new Map<string, { id: string; userId: string }>();
  const ids = { certificates: [] as string[], profiles: [] as string[], conflicts: [] as string[], sessions: [] as string[], componentScores: [] as string[] };

  const world = usePolicyWorld({
    workers: {
      dispatched: [['agency', 'countyPlant', 'dispatched', '2020-01-01', null]],
      county: 'countyPlant',
      city: 'cityPlant',
      neighbour: 'neighbourPlant',
      away: 'otherProvincePlant',
      unemployed: 'countyPlant',
    },
    // Rows are seeded without the users, signing keys, credentials and standard versions they point at, which no policy reads.
    seed: async (em) => {
      const { org, person } = world;
      // Certificates: each body issues to its own, the county plant also to the agency's dispatched
      // worker (the agency, its employer of record, does not see it), one of them revoked.
      let serial = 0;
      for (const [body, holder, status] of [
        ['countyPlant', 'county', 'valid'],
        ['countyPlant', 'dispatched', 'valid'],
        ['countyPlant', 'unemployed', 'revoked'],
        ['cityPlant', 'city', 'valid'],
        ['cityPlant', 'dispatched', 'valid'],
        ['neighbourPlant', 'neighbour', 'valid'],
        ['otherProvincePlant', 'away', 'valid'],
        ['otherProvincePlant', 'dispatched', 'revoked'],
      ] as const) {
        serial++;
        const [c] = await em.query(
          `INSERT INTO certificates (id, certificate_number, organization_id, person_id, credential_id, holder_name, id_type, id_number_cipher, id_number_masked,
                                     occupation_code, occupation_name, rank, level_label, body_name, issued_on, serial_year, level_digit, serial, route,
                                     signing_kid, credential_jwt, status, revocation_reason, revoked_at, status_list_index)
           VALUES (gen_random_uuid(), $1, $2, $3, gen_random_uuid(), '持证人', 'resident_id', $4, '14**************01',
                   '6-18-02-04', '电工', $9, '等级', '评价机构', '2026-08-01', 2026, $10, $5, 'campaign',
                   'kid', 'jwt', $6, $7, $8, $5) RETURNING id`,
          [
            `Y${String(serial).padStart(21, '0')}`,
            org(body),
            person(holder),
            randomBytes(16),
            serial,
            status,
            status === 'revoked' ? '撤销' : null,
            status === 'revoked' ? new Date() : null,
            // A holder has one valid certificate per occupation and level: each row its own level.
            `L${(serial % 5) + 1}`,
            (serial % 5) + 1,
          ],
        );
        ids.certificates.push(c.id);
      }

      // Evaluators: one at each enterprise, shared by a bureau at each level (and one of another province).
      for (const [key, home, sharedBy] of [
        ['countyOwn', 'countyPlant', null],
        ['countySharedByCounty', 'countyPlant', 'countyBureau'],
        ['citySharedByCity', 'cityPlant', 'cityBureau'],
        ['neighbourSharedByProvince', 'neighbourPlant', 'provinceBureau'],
        ['neighbourOwn', 'neighbourPlant', null],
        ['awaySharedThere', 'otherProvincePlant', 'otherProvinceBureau'],
        ['agencyOwn', 'agency', null],
      ] as const) {
        const userId = randomUUID();
        const [p] = await em.query(
          `INSERT INTO evaluator_profiles (user_id, organization_id, occupations, highest_rank, qualification_certificate_number, valid_from, valid_until,
                                           shared_with_region, shared_by_bureau_id)
           VALUES ($1, $2, '{6-18-02-04}', 'L3', $3, '2024-01-01', '2029-12-31', $4, $5) RETURNING id`,
          [userId, org(home), `QC-${key}`, sharedBy !== null, sharedBy ? org(sharedBy) : null],
        );
        profiles.set(key, { id: p.id, userId });
        ids.profiles.push(p.id);
      }
      for (const [profile, declaredBy, about] of [
        ['countyOwn', 'countyPlant', 'county'],
        ['citySharedByCity', 'countyPlant', 'dispatched'],
        ['citySharedByCity', 'cityPlant', 'city'],
        ['neighbourSharedByProvince', 'neighbourPlant', 'neighbour'],
        ['awaySharedThere', 'otherProvincePlant', 'away'],
        ['agencyOwn', 'agency', 'dispatched'],
      ] as const) {
        const [k] = await em.query(`INSERT INTO evaluator_conflicts (evaluator_profile_id, person_id, organization_id, reason) VALUES ($1, $2, $3, '亲属') RETURNING id`, [
          profiles.get(profile)?.id,
          person(about),
          org(declaredBy),
        ]);
        ids.conflicts.push(k.id);
      }

      // Campaigns at three bodies: an exam session of each, invigilated by some of the evaluators;
      // two component scores of each, the campaign's committee chaired by one evaluator or none.
      for (const [body, invigilators, chair] of [
        ['countyPlant', ['countyOwn', 'citySharedByCity'], 'countyOwn'],
        ['countyPlant', [], null],
        ['cityPlant', ['citySharedByCity'], 'citySharedByCity'],
        ['otherProvincePlant', ['awaySharedThere'], undefined],
      ] as const) {
        const [c] = await em.query(
          `INSERT INTO campaigns (organization_id, name, occupation_code, standard_version_id, status,
                                  registration_opens_on, registration_closes_on, assessment_starts_on, assessment_ends_on)
           VALUES ($1, '认定计划', '6-18-02-04', $2, 'draft', '2026-09-01', '2026-10-15', '2026-10-20', '2026-10-30') RETURNING id`,
          [org(body), randomUUID()],
        );
        const [s] = await em.query(
          `INSERT INTO exam_sessions (campaign_id, organization_id, component, place, room, seat_count, starts_at, ends_at, created_by)
           VALUES ($1, $2, 'theory', '考点', '101', 30, '2026-10-21T01:00:00Z', '2026-10-21T03:00:00Z', $3) RETURNING id`,
          [c.id, org(body), randomUUID()],
        );
        for (const key of invigilators) {
          await em.query(`INSERT INTO exam_session_invigilators (session_id, evaluator_profile_id) VALUES ($1, $2)`, [s.id, profiles.get(key)?.id]);
        }
        ids.sessions.push(s.id);
        if (chair !== undefined) {
          await em.query(`INSERT INTO campaign_scoring_settings (campaign_id, organization_id, chair_profile_id) VALUES ($1, $2, $3)`, [
            c.id,
            org(body),
            chair ? profiles.get(chair)?.id : null,
          ]);
        }
        for (const component of ['theory', 'practical']) {
          const [cs] = await em.query(
            `INSERT INTO component_scores (campaign_id, organization_id, application_id, person_id, rank, component, max_score, pass_mark, weight, moderation_threshold)
             VALUES ($1, $2, $3, $4, 'L4', $5, 100, 60, 0.5, 15) RETURNING id`,
            [c.id, org(body), randomUUID(), person('county'), component],
          );
          ids.componentScores.push(cs.id);
        }
      }
    },
  });

  /** Every kind of scope, with the region of the caller's own organization (the evaluators policy's context). */
  const scopes = (): WorldScope[] => [
    ...world.scopes(),
    ['HR without a region', { kind: 'organization', organizationId: randomUUID(), organizationKind: 'enterprise' }],
    ...world.workerScopes(),
    ...[...profiles.entries()].map(([key, p]): WorldScope => [
      `evaluator ${key}`,
      { kind: 'evaluator', userId: p.userId, organizationId: world.org('countyPlant'), personId: null },
      { organizationId: world.org('countyPlant'), regionCode: regionOf('countyPlant') },
    ]),
    ['evaluator of no session', { kind: 'evaluator', userId: randomUUID(), organizationId: world.org('countyPlant'), personId: world.person('county') }],
  ];

  const certificateRows = () =>
    world.rows(
      `SELECT c.id, c.organization_id, o.region_code, c.person_id FROM certificates c JOIN organizations o ON o.id = c.organization_id WHERE c.id = ANY($1)`,
      [ids.certificates],
      (r: Record<string, string>): CertificateAccessRow => ({ organizationId: r.organization_id, organizationRegion: r.region_code, personId: r.person_id }),
    );

  const evaluatorRows = () =>
    world.rows(
      `SELECT p.id, p.organization_id, o.region_code, p.shared_with_region, b.region_code AS shared_region
         FROM evaluator_profiles p JOIN organizations o ON o.id = p.organization_id LEFT JOIN organizations b ON b.id = p.shared_by_bureau_id
        WHERE p.id = ANY($1)`,
      [ids.profiles],
      (r: { organization_id: string; region_code: string; shared_with_region: boolean; shared_region: string | null }): EvaluatorAccessRow => ({
        organizationId: r.organization_id,
        organizationRegion: r.region_code,
        sharedWithRegion: r.shared_with_region,
        sharedByBureauRegion: r.shared_region,
      }),
    );

  const conflictRows = () =>
    world.rows(
      `SELECT k.id, k.organization_id, o.region_code FROM evaluator_conflicts k JOIN organizations o ON o.id = k.organization_id WHERE k.id = ANY($1)`,
      [ids.conflicts],
      (r: Record<string, string>): EvaluatorConflictAccessRow => ({ organizationId: r.organization_id, organizationRegion: r.region_code }),
    );

  const sessionRows = () =>
    world.rows(
      `SELECT s.id, c.organization_id,
              ARRAY(SELECT ep.user_id::text FROM exam_session_invigilators si JOIN evaluator_profiles ep ON ep.id = si.evaluator_profile_id WHERE si.session_id = s.id) AS invigilators
         FROM exam_sessions s JOIN campaigns c ON c.id = s.campaign_id WHERE s.id = ANY($1)`,
      [ids.sessions],
      (r: { organization_id: string; invigilators: string[] }): ExamRoomAccessRow => ({ organizationId: r.organization_id, invigilatorUserIds: r.invigilators }),
    );

  const componentScoreRows = () =>
    world.rows(
      `SELECT cs.id, cs.organization_id, o.region_code,
              (SELECT ep.user_id FROM campaign_scoring_settings st JOIN evaluator_profiles ep ON ep.id = st.chair_profile_id WHERE st.campaign_id = cs.campaign_id) AS chair_user_id
         FROM component_scores cs JOIN organizations o ON o.id = cs.organization_id WHERE cs.id = ANY($1)`,
      [ids.componentScores],
      (r: { organization_id: string; region_code: string; chair_user_id: string | null }): ComponentScoreAccessRow => ({
        organizationId: r.organization_id,
        organizationRegion: r.region_code,
        chairUserId: r.chair_user_id,
      }),
    );

  /** Both answers of a policy must agree for every scope; returns how many rows the SQL gave each scope, by name. */
  const agreeEverywhere = async <Row, Ctx>(policy: AccessPolicy<Row, Ctx>, from: string, rows: Map<string, Row>, options?: AgreeOptions<Ctx>) =>
    counts(await world.agree(policy, scopes(), from, rows, options));

  it('certificates: who sees them, for every scope', async () => {
    const seen = await agreeEverywhere(CERTIFICATES, 'certificates x', await certificateRows());
    // Not vacuous: the scopes see different, non-empty sets where the domain says so.
    expect(seen).toMatchObject({
      platform: 8,
      'bureau provinceBureau': 6,
      'bureau cityBureau': 6,
      'bureau countyBureau': 3,
      'bureau otherCityBureau': 0,
      'bureau otherProvinceBureau': 2,
      'bureau of an empty city': 0,
      'HR countyPlant': 3,
      'HR cityPlant': 2,
      // The employer of record sees none of its dispatched worker's certificates: only the issuing body does.
      'HR agency': 0,
      'HR without a region': 0,
      'worker dispatched': 3,
      'worker county': 1,
      'worker without a record': 0,
      'evaluator countyOwn': 0,
    });
  });

  it('certificates: whose PDF prints the full ID number, for every scope', async () => {
    const seen = await agreeEverywhere(CERTIFICATE_FULL_ID_NUMBER, 'certificates x', await certificateRows());
    expect(seen).toMatchObject({ platform: 0, 'bureau cityBureau': 0, 'HR countyPlant': 3, 'HR agency': 0, 'worker dispatched': 3, 'worker without a record': 0, 'evaluator countyOwn': 0 });
  });

  it('evaluators: who sees a profile, with the shared ones of a bureau covering HR’s region', async () => {
    const seen = await agreeEverywhere(EVALUATORS, 'evaluator_profiles x', await evaluatorRows(), { ctxOf: (account) => ({ homeRegion: account.regionCode }) });
    expect(seen).toMatchObject({
      platform: 7,
      'bureau provinceBureau': 6,
      'bureau cityBureau': 5,
      'bureau countyBureau': 2,
      'bureau otherCityBureau': 1,
      'bureau otherProvinceBureau': 1,
      // Its own two, the city's shared one and the neighbour's the province shared.
      'HR countyPlant': 4,
      // Its own, and the neighbour's the province shared; not the county bureau's, which does not cover it.
      'HR cityPlant': 2,
      'HR neighbourPlant': 3,
      'HR agency': 2,
      'HR otherProvincePlant': 1,
      'HR without a region': 0,
      'worker county': 0,
      'evaluator countyOwn': 0,
    });
  });

  it('evaluators: who changes a profile (HR of its home enterprise), and who reads its declared conflicts', async () => {
    const home = await agreeEverywhere(EVALUATOR_HOME_HR, 'evaluator_profiles x', await evaluatorRows());
    expect(home).toMatchObject({ platform: 0, 'bureau provinceBureau': 0, 'HR countyPlant': 2, 'HR agency': 1, 'worker county': 0, 'evaluator countyOwn': 0 });
    const conflicts = await agreeEverywhere(EVALUATOR_CONFLICTS, 'evaluator_conflicts x', await conflictRows());
    expect(conflicts).toMatchObject({
      platform: 6,
      'bureau cityBureau': 4,
      'bureau countyBureau': 2,
      'bureau otherCityBureau': 1,
      'HR countyPlant': 2,
      'HR cityPlant': 1,
      'HR agency': 1,
      'worker dispatched': 0,
      'evaluator countyOwn': 0,
    });
  });

  it('exam rooms: HR of the body running the campaign and the session’s invigilators, for every scope', async () => {
    const seen = await agreeEverywhere(EXAM_ROOMS, 'exam_sessions x', await sessionRows());
    expect(seen).toMatchObject({
      platform: 0,
      'bureau cityBureau': 0,
      'HR countyPlant': 2,
      'HR cityPlant': 1,
      'HR agency': 0,
      'evaluator countyOwn': 1,
      'evaluator citySharedByCity': 2,
      'evaluator neighbourOwn': 0,
      'evaluator of no session': 0,
      'worker county': 0,
    });
  });

  it('component scores: the bureau of the region, HR of the body and the committee chair, for every scope', async () => {
    const seen = await agreeEverywhere(COMPONENT_SCORES, 'component_scores x', await componentScoreRows());
    expect(seen).toMatchObject({
      platform: 8,
      'bureau cityBureau': 6,
      'bureau countyBureau': 4,
      'bureau otherProvinceBureau': 2,
      'HR countyPlant': 4,
      'HR agency': 0,
      'evaluator countyOwn': 2,
      'evaluator citySharedByCity': 2,
      'evaluator awaySharedThere': 0,
      'evaluator of no session': 0,
      'worker county': 0,
    });
  });
});
