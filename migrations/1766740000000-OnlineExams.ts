import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 机考: an exam session run online with a blueprint (the paper of every seat fixed when HR sets it
 * up: 卷库 A/B alternating, or 千人千卷 drawn per seat from one recorded seed), each candidate's
 * attempt with its server-side deadline, the answers autosaved per item, and the page-leave events
 * the invigilator sees. Scores of online exams become theory component scores (source online_exam).
 */
export class OnlineExams1766740000000 implements MigrationInterface {
  name = 'OnlineExams1766740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE online_exams (
        session_id uuid PRIMARY KEY REFERENCES exam_sessions(id),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        blueprint_id uuid NOT NULL REFERENCES exam_blueprints(id),
        -- 千人千卷: the seed every seat's paper seed is drawn from; null for 卷库.
        base_seed bigint CHECK (base_seed BETWEEN 0 AND 4294967295),
        algorithm text NOT NULL,
        late_entry_minutes smallint NOT NULL CHECK (late_entry_minutes BETWEEN 0 AND 120),
        configured_by uuid NOT NULL REFERENCES users(id),
        configured_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX online_exams_campaign_idx ON online_exams (campaign_id);

      CREATE TABLE online_exam_seat_papers (
        session_id uuid NOT NULL REFERENCES online_exams(session_id),
        seat_no smallint NOT NULL CHECK (seat_no BETWEEN 1 AND 500),
        paper_id uuid NOT NULL REFERENCES exam_papers(id),
        PRIMARY KEY (session_id, seat_no)
      );

      CREATE TABLE exam_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES online_exams(session_id),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        application_id uuid NOT NULL REFERENCES applications(id),
        person_id uuid NOT NULL REFERENCES persons(id),
        seat_no smallint NOT NULL,
        paper_id uuid NOT NULL REFERENCES exam_papers(id),
        item_count smallint NOT NULL CHECK (item_count BETWEEN 1 AND 1000),
        started_at timestamptz NOT NULL,
        extra_minutes smallint NOT NULL DEFAULT 0 CHECK (extra_minutes BETWEEN 0 AND 60),
        deadline_at timestamptz NOT NULL CHECK (deadline_at > started_at),
        -- in_progress → scored (objective items only) or awaiting_marking (short answers go to evaluators).
        status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'scored', 'awaiting_marking')),
        closed_at timestamptz,
        closed_by text CHECK (closed_by IN ('candidate', 'deadline', 'collected')),
        objective_score numeric(5, 1) CHECK (objective_score BETWEEN 0 AND 100),
        score numeric(5, 1) CHECK (score BETWEEN 0 AND 100),
        CONSTRAINT exam_attempts_candidate_uq UNIQUE (session_id, application_id),
        CHECK ((status = 'in_progress') = (closed_at IS NULL)),
        CHECK ((closed_at IS NULL) = (closed_by IS NULL)),
        CHECK ((status = 'in_progress') = (objective_score IS NULL)),
        CHECK ((status = 'scored') = (score IS NOT NULL))
      );
      CREATE INDEX exam_attempts_application_idx ON exam_attempts (application_id);
      CREATE INDEX exam_attempts_campaign_idx ON exam_attempts (campaign_id, status);

      CREATE TABLE exam_answers (
        attempt_id uuid NOT NULL REFERENCES exam_attempts(id),
        item_no smallint NOT NULL CHECK (item_no >= 1),
        response jsonb NOT NULL CHECK (jsonb_typeof(response) = 'object'),
        -- Whether the response says anything (an emptied answer is saved too): the room's progress.
        answered boolean NOT NULL,
        saved_at timestamptz NOT NULL,
        -- +1 on every save, so the invigilator and a reloading page can tell a fresh save.
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        points numeric(4, 1) CHECK (points >= 0),
        PRIMARY KEY (attempt_id, item_no)
      );

      CREATE TABLE exam_attempt_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        attempt_id uuid NOT NULL REFERENCES exam_attempts(id),
        kind text NOT NULL CHECK (kind IN ('page_leave', 'page_return')),
        occurred_at timestamptz NOT NULL
      );
      CREATE INDEX exam_attempt_events_attempt_idx ON exam_attempt_events (attempt_id, id);

      ALTER TABLE component_scores DROP CONSTRAINT component_scores_source_check;
      ALTER TABLE component_scores ADD CONSTRAINT component_scores_source_check
        CHECK (source IN ('sheets', 'import', 'online_exam', 'moderation', 'correction', 'carried_over'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE component_scores DROP CONSTRAINT component_scores_source_check;
      ALTER TABLE component_scores ADD CONSTRAINT component_scores_source_check CHECK (source IN ('sheets', 'import', 'moderation', 'correction', 'carried_over'));
      DROP TABLE exam_attempt_events, exam_answers, exam_attempts, online_exam_seat_papers, online_exams;
    `);
  }
}
