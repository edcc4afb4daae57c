import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 简答题阅卷: an online exam attempt whose paper has short answers gets a marking script when HR
 * opens marking, known to evaluators only by an anonymous code, and two blind marks per answered
 * short answer from evaluators of the candidate's theory panel (a third when the two differ by
 * more than 20% of the item's points). The item's final score goes to exam_answers.points.
 */
export class ShortAnswerMarking1766750000000 implements MigrationInterface {
  name = 'ShortAnswerMarking1766750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exam_marking_scripts (
        attempt_id uuid PRIMARY KEY REFERENCES exam_attempts(id),
        session_id uuid NOT NULL REFERENCES online_exams(session_id),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        -- What evaluators see instead of the candidate's name, ID and ticket.
        anonymous_code text NOT NULL CHECK (anonymous_code ~ '^[A-Z0-9-]{4,20}$'),
        opened_by uuid NOT NULL REFERENCES users(id),
        opened_at timestamptz NOT NULL,
        CONSTRAINT exam_marking_scripts_code_uq UNIQUE (campaign_id, anonymous_code)
      );
      CREATE INDEX exam_marking_scripts_session_idx ON exam_marking_scripts (session_id);

      CREATE TABLE exam_short_answer_marks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        attempt_id uuid NOT NULL REFERENCES exam_marking_scripts(attempt_id),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        item_no smallint NOT NULL CHECK (item_no >= 1),
        -- 1 and 2: the first two marks; 3: the third, when they differ too much.
        round smallint NOT NULL CHECK (round BETWEEN 1 AND 3),
        -- Null only for a third mark nobody could take yet (no other panel evaluator and no chair free of conflict).
        evaluator_profile_id uuid REFERENCES evaluator_profiles(id),
        -- The item's points on the paper: a mark is 0 to this.
        max_points numeric(4, 1) NOT NULL CHECK (max_points > 0),
        points numeric(4, 1) CHECK (points >= 0 AND points * 2 = trunc(points * 2)),
        assigned_at timestamptz NOT NULL,
        submitted_at timestamptz,
        CHECK (points <= max_points),
        CHECK ((points IS NULL) = (submitted_at IS NULL)),
        CHECK (evaluator_profile_id IS NOT NULL OR (round = 3 AND submitted_at IS NULL)),
        CONSTRAINT exam_short_answer_marks_round_uq UNIQUE (attempt_id, item_no, round),
        CONSTRAINT exam_short_answer_marks_marker_uq UNIQUE (attempt_id, item_no, evaluator_profile_id)
      );
      CREATE INDEX exam_short_answer_marks_evaluator_idx ON exam_short_answer_marks (evaluator_profile_id, submitted_at);
      CREATE INDEX exam_short_answer_marks_campaign_idx ON exam_short_answer_marks (campaign_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE exam_short_answer_marks, exam_marking_scripts');
  }
}
