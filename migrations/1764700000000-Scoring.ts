import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scoring and results of a campaign: per-campaign scoring settings, one component score per
 * candidate and component (评分汇总, 复核, 缺考, 作弊/违纪), the evaluators' score sheets (评分表),
 * the stored results with their ranking (认定结果), the publication of the results with the
 * report to the bureau (结果上报), and the passed components a failed candidate keeps for a
 * retake (保留合格成绩).
 */
export class Scoring1764700000000 implements MigrationInterface {
  name = 'Scoring1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Settings of a campaign's scoring stage; absent: the national defaults.
      CREATE TABLE campaign_scoring_settings (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        -- 复核: a spread above this many points sends a component to moderation (default 15).
        moderation_threshold numeric(5, 2) CHECK (moderation_threshold IS NULL OR moderation_threshold BETWEEN 0 AND 100),
        -- 公示期 in working days (default 5).
        publicity_working_days integer CHECK (publicity_working_days IS NULL OR publicity_working_days BETWEEN 1 AND 30),
        -- 评审委员会主任: an evaluator who may moderate components they did not score.
        chair_profile_id uuid REFERENCES evaluator_profiles(id),
        updated_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      -- What a retake keeps (保留合格成绩): a component passed in a finalized campaign, per person,
      -- standard and level, valid for the standard level's carry-over years from passed_on.
      CREATE TABLE passed_components (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES persons(id),
        standard_id uuid NOT NULL REFERENCES standards(id),
        rank text NOT NULL CHECK (rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        component text NOT NULL CHECK (component IN ('theory', 'practical', 'comprehensive_review', 'performance_review', 'defense')),
        score numeric(6, 2) NOT NULL CHECK (score >= 0),
        passed_on date NOT NULL,
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        application_id uuid NOT NULL REFERENCES applications(id),
        -- The evaluation body that recorded it.
        organization_id uuid NOT NULL REFERENCES organizations(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (application_id, component)
      );
      CREATE INDEX passed_components_person_idx ON passed_components (person_id, standard_id, rank);

      -- One score per candidate (application) and component of the level.
      CREATE TABLE component_scores (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        application_id uuid NOT NULL REFERENCES applications(id),
        person_id uuid NOT NULL REFERENCES persons(id),
        rank text NOT NULL CHECK (rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        component text NOT NULL CHECK (component IN ('theory', 'practical', 'comprehensive_review', 'performance_review', 'defense')),
        -- pending: awaiting sheets or the import; moderation: 复核; absent: 缺考; voided: 作弊 or 违纪.
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'moderation', 'scored', 'absent', 'voided')),
        source text CHECK (source IN ('sheets', 'import', 'moderation', 'correction', 'carried_over')),
        score numeric(6, 2) CHECK (score IS NULL OR score >= 0),
        -- The mean of the sheets as aggregated, before any moderation or correction.
        aggregate_score numeric(6, 2),
        spread numeric(6, 2) CHECK (spread IS NULL OR spread >= 0),
        sheet_count integer NOT NULL DEFAULT 0 CHECK (sheet_count >= 0),
        dropped numeric(6, 2)[],
        max_score numeric(6, 2) NOT NULL CHECK (max_score > 0),
        pass_mark numeric(6, 2) NOT NULL CHECK (pass_mark >= 0),
        weight numeric(7, 4) NOT NULL CHECK (weight >= 0),
        moderation_threshold numeric(5, 2) NOT NULL CHECK (moderation_threshold >= 0),
        state_reason text CHECK (char_length(state_reason) BETWEEN 1 AND 1000),
        void_kind text CHECK (void_kind IN ('cheating', 'misconduct')),
        moderation_action text CHECK (moderation_action IN ('confirm', 'rescore')),
        moderation_reason text CHECK (char_length(moderation_reason) BETWEEN 1 AND 1000),
        moderated_by uuid REFERENCES users(id),
        moderated_at timestamptz,
        carried_from uuid REFERENCES passed_components(id),
        -- +1 on every change of the score after it was first set.
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (application_id, component),
        CHECK (status <> 'scored' OR score IS NOT NULL),
        CHECK (status <> 'moderation' OR (aggregate_score IS NOT NULL AND spread IS NOT NULL)),
        CHECK ((status IN ('absent', 'voided')) = (state_reason IS NOT NULL)),
        CHECK ((status = 'voided') = (void_kind IS NOT NULL)),
        CHECK ((source = 'carried_over') = (carried_from IS NOT NULL)),
        CHECK ((moderation_action IS NULL) = (moderation_reason IS NULL))
      );
      CREATE INDEX component_scores_campaign_idx ON component_scores (campaign_id, status);

      -- 评分表: one evaluator's score of one candidate in one component. Submitted: locked.
      CREATE TABLE score_sheets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        component_score_id uuid NOT NULL REFERENCES component_scores(id),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        application_id uuid NOT NULL REFERENCES applications(id),
        component text NOT NULL,
        draw_id uuid NOT NULL REFERENCES campaign_draws(id),
        evaluator_profile_id uuid NOT NULL REFERENCES evaluator_profiles(id),
        -- draft → submitted; cancelled when the component no longer needs sheets (缺考, 作弊).
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'cancelled')),
        score numeric(6, 2) CHECK (score IS NULL OR score >= 0),
        -- Per rubric criterion (评审要素): { code: score }.
        criteria jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(criteria) = 'object'),
        note text CHECK (char_length(note) <= 1000),
        saved_count integer NOT NULL DEFAULT 0 CHECK (saved_count >= 0),
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (component_score_id, evaluator_profile_id),
        CHECK ((status = 'submitted') = (submitted_at IS NOT NULL)),
        CHECK (status <> 'submitted' OR score IS NOT NULL)
      );
      CREATE INDEX score_sheets_evaluator_idx ON score_sheets (evaluator_profile_id, campaign_id);
      CREATE INDEX score_sheets_campaign_idx ON score_sheets (campaign_id, status);

      -- 认定结果 of one candidate, stored when the results are published; corrected after an upheld objection.
      CREATE TABLE campaign_results (
        application_id uuid PRIMARY KEY REFERENCES applications(id),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        person_id uuid NOT NULL REFERENCES persons(id),
        rank text NOT NULL CHECK (rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        status text NOT NULL CHECK (status IN ('passed', 'failed', 'voided')),
        weighted_total numeric(7, 2),
        -- Place by weighted total within the level; ties share a place.
        position integer CHECK (position IS NULL OR position >= 1),
        failed_components text[] NOT NULL DEFAULT '{}',
        missing_components text[] NOT NULL DEFAULT '{}',
        carried_over_components text[] NOT NULL DEFAULT '{}',
        -- An upheld objection awaits correction or voiding.
        correction_required boolean NOT NULL DEFAULT false,
        objection_id uuid REFERENCES publicity_objections(id),
        void_reason text CHECK (char_length(void_reason) BETWEEN 1 AND 1000),
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        certificate_id uuid REFERENCES certificates(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A result is voided as such (void_reason) or because a component was voided (作弊, 违纪).
        CHECK (void_reason IS NULL OR status = 'voided'),
        CHECK (certificate_id IS NULL OR status = 'passed')
      );
      CREATE INDEX campaign_results_campaign_idx ON campaign_results (campaign_id, rank, position);

      -- The publication of a campaign's results (公示), its finalization and the report to the
      -- bureau (结果上报), due within 10 working days of finalization.
      CREATE TABLE result_publications (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        notice_id uuid NOT NULL REFERENCES publicity_notices(id),
        working_days integer NOT NULL CHECK (working_days BETWEEN 1 AND 30),
        published_on date NOT NULL,
        published_by uuid REFERENCES users(id),
        finalized_on date,
        finalized_by uuid REFERENCES users(id),
        certificates_issued integer NOT NULL DEFAULT 0 CHECK (certificates_issued >= 0),
        report_due_on date,
        report_due_provisional boolean,
        report_submitted_at timestamptz,
        report_submitted_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((finalized_on IS NULL) = (report_due_on IS NULL)),
        CHECK (report_due_on IS NULL OR report_due_on > finalized_on),
        CHECK (report_submitted_at IS NULL OR finalized_on IS NOT NULL)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE result_publications, campaign_results, score_sheets, component_scores, passed_components, campaign_scoring_settings;
    `);
  }
}
