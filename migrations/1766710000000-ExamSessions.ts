import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 考场编排: the exam sessions (考场 × 场次) of a campaign's component with their invigilators
 * (监考, evaluator profiles), the seating runs (seed and algorithm, so a plan can be replayed)
 * and each candidate's seat. The admission ticket number (准考证号) stays the one the
 * application received on approval.
 */
export class ExamSessions1766710000000 implements MigrationInterface {
  name = 'ExamSessions1766710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exam_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        component text NOT NULL CHECK (component IN ('theory', 'practical', 'comprehensive_review', 'performance_review', 'defense')),
        -- One level of the campaign, or null: every level whose standard has the component.
        rank text CHECK (rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        place text NOT NULL CHECK (char_length(place) BETWEEN 1 AND 200),
        room text NOT NULL CHECK (char_length(room) BETWEEN 1 AND 50),
        seat_count smallint NOT NULL CHECK (seat_count BETWEEN 1 AND 500),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
        cancel_reason text CHECK (char_length(cancel_reason) <= 500),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (ends_at > starts_at),
        CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
      );
      CREATE INDEX exam_sessions_campaign_idx ON exam_sessions (campaign_id, component, starts_at);
      CREATE INDEX exam_sessions_time_idx ON exam_sessions (starts_at, ends_at) WHERE status = 'scheduled';

      CREATE TABLE exam_session_invigilators (
        session_id uuid NOT NULL REFERENCES exam_sessions(id),
        evaluator_profile_id uuid NOT NULL REFERENCES evaluator_profiles(id),
        PRIMARY KEY (session_id, evaluator_profile_id)
      );
      CREATE INDEX exam_session_invigilators_profile_idx ON exam_session_invigilators (evaluator_profile_id);

      -- One seating run per campaign and component; a new run replaces the seats of the last one.
      CREATE TABLE exam_seatings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        component text NOT NULL,
        seed bigint NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
        algorithm text NOT NULL,
        candidate_count integer NOT NULL CHECK (candidate_count >= 1),
        adjacent_same_group integer NOT NULL CHECK (adjacent_same_group >= 0),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX exam_seatings_campaign_idx ON exam_seatings (campaign_id, component, created_at DESC);

      CREATE TABLE exam_seats (
        session_id uuid NOT NULL REFERENCES exam_sessions(id),
        seat_no smallint NOT NULL CHECK (seat_no BETWEEN 1 AND 500),
        application_id uuid NOT NULL REFERENCES applications(id),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        component text NOT NULL,
        seating_id uuid NOT NULL REFERENCES exam_seatings(id),
        PRIMARY KEY (session_id, seat_no),
        -- A candidate sits each component of a campaign once.
        CONSTRAINT exam_seats_candidate_uq UNIQUE (campaign_id, component, application_id)
      );
      CREATE INDEX exam_seats_application_idx ON exam_seats (application_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE exam_seats, exam_seatings, exam_session_invigilators, exam_sessions`);
  }
}
