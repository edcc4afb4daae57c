import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certification campaigns (认定计划) with their levels and seat counters, applications (报名)
 * with the eligibility report as of the application date, evidence files, and the evaluator
 * draws of a campaign (抽取考评员): one recorded draw per level and component, its panels, and
 * the manual changes made to them.
 */
export class Campaigns1764300000000 implements MigrationInterface {
  name = 'Campaigns1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE SEQUENCE campaign_number_seq;

      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number integer NOT NULL UNIQUE DEFAULT nextval('campaign_number_seq'),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 200),
        occupation_code text NOT NULL CHECK (occupation_code ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
        standard_version_id uuid NOT NULL REFERENCES standard_versions(id),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'filed', 'acknowledged', 'returned', 'registration_open',
          'registration_closed', 'assessing', 'scoring', 'publicity', 'finalized', 'cancelled')),
        -- The bureau the campaign is filed with: set on filing, it alone acknowledges or returns it.
        bureau_id uuid REFERENCES organizations(id),
        registration_opens_on date NOT NULL,
        registration_closes_on date NOT NULL,
        assessment_starts_on date NOT NULL,
        assessment_ends_on date NOT NULL,
        allowed_employment_types text[] NOT NULL DEFAULT ARRAY['regular', 'dispatched', 'outsourced', 'intern', 'apprentice'] CHECK (
          cardinality(allowed_employment_types) BETWEEN 1 AND 5
          AND allowed_employment_types <@ ARRAY['regular', 'dispatched', 'outsourced', 'intern', 'apprentice']
        ),
        -- Most candidates one evaluator may assess across live campaigns; null: no cap.
        workload_cap integer CHECK (workload_cap IS NULL OR workload_cap >= 1),
        -- Admission ticket serial (准考证号), taken under the row lock of an UPDATE, never reused.
        ticket_seq integer NOT NULL DEFAULT 0 CHECK (ticket_seq >= 0),
        status_reason text CHECK (char_length(status_reason) <= 1000),
        filed_at timestamptz,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (registration_closes_on >= registration_opens_on),
        CHECK (assessment_starts_on > registration_closes_on),
        CHECK (assessment_ends_on >= assessment_starts_on),
        CHECK (status IN ('draft', 'cancelled') OR bureau_id IS NOT NULL),
        CHECK (status NOT IN ('returned', 'cancelled') OR status_reason IS NOT NULL)
      );
      CREATE INDEX campaigns_org_idx ON campaigns (organization_id, created_at DESC);
      CREATE INDEX campaigns_bureau_idx ON campaigns (bureau_id);
      CREATE INDEX campaigns_schedule_idx ON campaigns (status) WHERE status IN ('acknowledged', 'registration_open');

      CREATE TABLE campaign_levels (
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        rank text NOT NULL CHECK (rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
        -- Pending and approved applications; changed only by conditional UPDATEs, so never above capacity.
        seats_taken integer NOT NULL DEFAULT 0,
        PRIMARY KEY (campaign_id, rank),
        CHECK (seats_taken BETWEEN 0 AND capacity)
      );

      CREATE TABLE applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        -- The campaign's evaluation body, where the worker works (用工单位).
        organization_id uuid NOT NULL REFERENCES organizations(id),
        person_id uuid NOT NULL REFERENCES persons(id),
        rank text NOT NULL CHECK (rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
        source text NOT NULL CHECK (source IN ('worker', 'hr', 'import')),
        employment_type text NOT NULL CHECK (employment_type IN ('regular', 'dispatched', 'outsourced', 'intern', 'apprentice')),
        -- The employer of record (用人单位): the agency of a dispatched worker, which may read the application.
        employer_org_id uuid NOT NULL REFERENCES organizations(id),
        eligible boolean NOT NULL,
        eligibility_as_of date NOT NULL,
        eligibility_report jsonb NOT NULL CHECK (jsonb_typeof(eligibility_report) = 'object'),
        route_code text,
        -- 破格: approved although ineligible, through an exceptional route the level defines, with a reason.
        exceptional boolean NOT NULL DEFAULT false,
        exceptional_route_code text,
        decision_reason text CHECK (char_length(decision_reason) <= 1000),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        ticket_number text,
        withdrawal_reason text CHECK (char_length(withdrawal_reason) <= 1000),
        withdrawn_by uuid REFERENCES users(id),
        withdrawn_at timestamptz,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (campaign_id, rank) REFERENCES campaign_levels(campaign_id, rank),
        UNIQUE (campaign_id, ticket_number),
        CHECK (status <> 'approved' OR ticket_number IS NOT NULL),
        CHECK (ticket_number IS NULL OR status IN ('approved', 'withdrawn')),
        CHECK (status NOT IN ('approved', 'rejected') OR decided_at IS NOT NULL),
        CHECK (status <> 'rejected' OR decision_reason IS NOT NULL),
        CHECK (status <> 'withdrawn' OR withdrawn_at IS NOT NULL),
        CHECK (exceptional = (exceptional_route_code IS NOT NULL)),
        CHECK (NOT exceptional OR decision_reason IS NOT NULL),
        -- An ineligible applicant is admitted only through 破格.
        CHECK (status <> 'approved' OR eligible OR exceptional)
      );
      -- One live application per worker, campaign and level.
      CREATE UNIQUE INDEX applications_live_uq ON applications (campaign_id, person_id, rank) WHERE status IN ('pending', 'approved');
      CREATE INDEX applications_campaign_idx ON applications (campaign_id, rank, status);
      CREATE INDEX applications_person_idx ON applications (person_id);
      CREATE INDEX applications_employer_idx ON applications (employer_org_id);

      CREATE TABLE application_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES applications(id),
        storage_key text NOT NULL UNIQUE,
        filename text NOT NULL CHECK (char_length(filename) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX application_files_application_idx ON application_files (application_id);

      -- A draw of evaluators for one level and component of a campaign. The seed and algorithm
      -- reproduce it; a redraw supersedes the current one, which stays for the record.
      CREATE TABLE campaign_draws (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        rank text NOT NULL,
        component text NOT NULL CHECK (component IN ('theory', 'practical', 'comprehensive_review', 'performance_review', 'defense')),
        status text NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'superseded')),
        seed bigint NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
        algorithm text NOT NULL,
        rule jsonb NOT NULL CHECK (jsonb_typeof(rule) = 'object'),
        assessment_date date NOT NULL,
        candidate_count integer NOT NULL CHECK (candidate_count >= 1),
        evaluator_count integer NOT NULL CHECK (evaluator_count >= 1),
        recusals_applied integer NOT NULL DEFAULT 0 CHECK (recusals_applied >= 0),
        reason text CHECK (char_length(reason) <= 500),
        drawn_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        superseded_at timestamptz,
        FOREIGN KEY (campaign_id, rank) REFERENCES campaign_levels(campaign_id, rank),
        CHECK ((status = 'superseded') = (superseded_at IS NOT NULL))
      );
      CREATE UNIQUE INDEX campaign_draws_current_uq ON campaign_draws (campaign_id, rank, component) WHERE status = 'current';

      CREATE TABLE campaign_draw_panels (
        draw_id uuid NOT NULL REFERENCES campaign_draws(id),
        panel_no smallint NOT NULL CHECK (panel_no >= 1),
        PRIMARY KEY (draw_id, panel_no)
      );

      -- An evaluator sits on at most one panel of a draw.
      CREATE TABLE campaign_panel_members (
        draw_id uuid NOT NULL,
        panel_no smallint NOT NULL,
        evaluator_profile_id uuid NOT NULL REFERENCES evaluator_profiles(id),
        PRIMARY KEY (draw_id, evaluator_profile_id),
        FOREIGN KEY (draw_id, panel_no) REFERENCES campaign_draw_panels(draw_id, panel_no)
      );
      CREATE INDEX campaign_panel_members_evaluator_idx ON campaign_panel_members (evaluator_profile_id);

      -- A candidate is on exactly one panel of a draw.
      CREATE TABLE campaign_panel_candidates (
        draw_id uuid NOT NULL,
        panel_no smallint NOT NULL,
        application_id uuid NOT NULL REFERENCES applications(id),
        PRIMARY KEY (draw_id, application_id),
        FOREIGN KEY (draw_id, panel_no) REFERENCES campaign_draw_panels(draw_id, panel_no)
      );
      CREATE INDEX campaign_panel_candidates_application_idx ON campaign_panel_candidates (application_id);

      -- 人工调整: one evaluator replaced by another on a panel, with the reason.
      CREATE TABLE campaign_draw_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        draw_id uuid NOT NULL REFERENCES campaign_draws(id),
        panel_no smallint NOT NULL,
        removed_profile_id uuid NOT NULL REFERENCES evaluator_profiles(id),
        added_profile_id uuid NOT NULL REFERENCES evaluator_profiles(id),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        changed_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (draw_id, panel_no) REFERENCES campaign_draw_panels(draw_id, panel_no),
        CHECK (removed_profile_id <> added_profile_id)
      );
      CREATE INDEX campaign_draw_changes_draw_idx ON campaign_draw_changes (draw_id, created_at);

      -- Candidates each evaluator assesses in the current draws of live campaigns, counted against
      -- a workload cap by every draw, whichever campaign it is for.
      CREATE VIEW evaluator_workloads AS
        SELECT m.evaluator_profile_id, count(*)::int AS candidates
          FROM campaign_panel_members m
          JOIN campaign_draws d ON d.id = m.draw_id AND d.status = 'current'
          JOIN campaigns c ON c.id = d.campaign_id AND c.status NOT IN ('cancelled', 'finalized')
          JOIN campaign_panel_candidates pc ON pc.draw_id = m.draw_id AND pc.panel_no = m.panel_no
         GROUP BY m.evaluator_profile_id;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP VIEW evaluator_workloads;
      DROP TABLE campaign_draw_changes, campaign_panel_candidates, campaign_panel_members, campaign_draw_panels, campaign_draws;
      DROP TABLE application_files, applications, campaign_levels, campaigns;
      DROP SEQUENCE campaign_number_seq;
    `);
  }
}
