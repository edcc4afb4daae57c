import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Promotions: an enterprise's tier and treatment policy, appointments (评聘) with their committee
 * reviews, title recognition (比照认定) and competition routes (以赛代评).
 *
 * Quotas are enforced by the service under a row lock on the policy; the partial unique indexes
 * here are the last line behind "one open case per person" and "one competition promotion per
 * worker per calendar year".
 */
export class Promotions1764600000000 implements MigrationInterface {
  name = 'Promotions1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- One row per tier an enterprise rewards: a national rank (enterprise_tier_id NULL) or one of
      -- its own tiers. Appointment tiers (特级技师, 首席技师, the enterprise's own) carry a term and
      -- may carry a quota; the certificate levels carry treatment only.
      CREATE TABLE tier_policies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        national_rank text NOT NULL REFERENCES ladder_ranks(code),
        enterprise_tier_id uuid REFERENCES enterprise_tiers(id),
        post_grade text CHECK (post_grade IN ('grassroots_manager', 'middle_manager', 'deputy_general_manager', 'senior_manager')),
        title_grade text CHECK (title_grade IN ('junior', 'intermediate', 'deputy_senior', 'senior')),
        monthly_allowance numeric(10, 2) NOT NULL DEFAULT 0 CHECK (monthly_allowance >= 0 AND monthly_allowance <= 1000000),
        term_months smallint CHECK (term_months BETWEEN 1 AND 120),
        quota_kind text NOT NULL DEFAULT 'none' CHECK (quota_kind IN ('none', 'percent', 'fixed')),
        quota_percent numeric(5, 2) CHECK (quota_percent > 0 AND quota_percent <= 100),
        quota_base_rank text CHECK (quota_base_rank IN ('L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief')),
        quota_fixed integer CHECK (quota_fixed BETWEEN 0 AND 100000),
        bureau_confirmation boolean NOT NULL DEFAULT true,
        rubric jsonb NOT NULL CHECK (jsonb_typeof(rubric) = 'array'),
        pass_mark numeric(5, 2) NOT NULL DEFAULT 60 CHECK (pass_mark BETWEEN 0 AND 100),
        min_reviewers smallint NOT NULL DEFAULT 3 CHECK (min_reviewers BETWEEN 1 AND 25),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((enterprise_tier_id IS NOT NULL OR national_rank IN ('special', 'chief')) = (term_months IS NOT NULL)),
        CHECK ((quota_kind = 'percent') = (quota_percent IS NOT NULL AND quota_base_rank IS NOT NULL)),
        CHECK ((quota_kind = 'fixed') = (quota_fixed IS NOT NULL)),
        CHECK (quota_kind = 'none' OR term_months IS NOT NULL)
      );
      CREATE UNIQUE INDEX tier_policies_rank_uq ON tier_policies (organization_id, national_rank)
        WHERE enterprise_tier_id IS NULL AND status = 'active';
      CREATE UNIQUE INDEX tier_policies_tier_uq ON tier_policies (enterprise_tier_id) WHERE status = 'active';

      CREATE TABLE appointments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        person_id uuid NOT NULL REFERENCES persons(id),
        policy_id uuid NOT NULL REFERENCES tier_policies(id),
        national_rank text NOT NULL REFERENCES ladder_ranks(code),
        enterprise_tier_id uuid REFERENCES enterprise_tiers(id),
        tier_name text NOT NULL CHECK (char_length(tier_name) BETWEEN 1 AND 50),
        occupation_code text NOT NULL CHECK (occupation_code ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
        status text NOT NULL CHECK (status IN ('nominated', 'declined', 'reviewed', 'not_passed', 'in_publicity',
          'awaiting_confirmation', 'confirmed', 'bureau_rejected', 'appointed', 'expired', 'revoked', 'withdrawn')),
        nominated_via text NOT NULL CHECK (nominated_via IN ('hr', 'self')),
        nomination_note text CHECK (char_length(nomination_note) <= 2000),
        eligibility jsonb NOT NULL,
        review_score numeric(6, 2),
        publicity_notice_id uuid,
        publicity_ends_on date,
        bureau_id uuid REFERENCES organizations(id),
        bureau_decided_by uuid REFERENCES users(id),
        bureau_decided_at timestamptz,
        bureau_note text CHECK (char_length(bureau_note) <= 1000),
        appointed_on date,
        term_starts_on date,
        term_ends_on date,
        renewals smallint NOT NULL DEFAULT 0 CHECK (renewals >= 0),
        treatment jsonb,
        credential_id uuid REFERENCES person_credentials(id),
        ended_on date,
        end_reason text CHECK (char_length(end_reason) <= 1000),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status IN ('appointed', 'expired', 'revoked'))
          = (appointed_on IS NOT NULL AND term_starts_on IS NOT NULL AND term_ends_on IS NOT NULL AND treatment IS NOT NULL)),
        CHECK (term_ends_on IS NULL OR (term_ends_on >= term_starts_on AND term_starts_on >= appointed_on)),
        CHECK ((status IN ('expired', 'revoked')) = (ended_on IS NOT NULL)),
        CHECK (status NOT IN ('declined', 'bureau_rejected', 'revoked', 'withdrawn') OR end_reason IS NOT NULL)
      );
      -- One open case per person and tier; a place is held only while appointed.
      CREATE UNIQUE INDEX appointments_open_uq ON appointments (person_id, policy_id)
        WHERE status IN ('nominated', 'reviewed', 'in_publicity', 'awaiting_confirmation', 'confirmed', 'appointed');
      CREATE INDEX appointments_policy_status_idx ON appointments (policy_id, status);
      CREATE INDEX appointments_organization_idx ON appointments (organization_id, status);
      CREATE INDEX appointments_person_idx ON appointments (person_id);
      CREATE INDEX appointments_due_idx ON appointments (term_ends_on) WHERE status = 'appointed';
      CREATE INDEX appointments_credential_idx ON appointments (credential_id) WHERE credential_id IS NOT NULL;

      -- 评审: a committee scores weighted criteria; the weights are copied from the policy so a
      -- later change of the rubric does not rewrite a past review.
      CREATE TABLE appointment_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        appointment_id uuid NOT NULL REFERENCES appointments(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        kind text NOT NULL CHECK (kind IN ('appointment', 'renewal')),
        reviewed_on date NOT NULL,
        criteria jsonb NOT NULL CHECK (jsonb_typeof(criteria) = 'array'),
        scores jsonb NOT NULL CHECK (jsonb_typeof(scores) = 'array'),
        total numeric(6, 2) NOT NULL CHECK (total BETWEEN 0 AND 100),
        pass_mark numeric(5, 2) NOT NULL,
        passed boolean NOT NULL,
        comment text CHECK (char_length(comment) <= 2000),
        recorded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX appointment_reviews_appointment_idx ON appointment_reviews (appointment_id, created_at);

      -- 比照认定: skill level held → title, endorsed by HR, decided by the competent bureau.
      CREATE TABLE title_recognitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        person_id uuid NOT NULL REFERENCES persons(id),
        bureau_id uuid REFERENCES organizations(id),
        rule_id uuid NOT NULL REFERENCES title_mappings(id),
        title_series text NOT NULL CHECK (char_length(title_series) BETWEEN 2 AND 60),
        title_grade text NOT NULL CHECK (title_grade IN ('junior', 'intermediate', 'deputy_senior', 'senior')),
        title_name text NOT NULL CHECK (char_length(title_name) BETWEEN 2 AND 60),
        basis_credential_id uuid NOT NULL REFERENCES person_credentials(id),
        basis_rank text NOT NULL CHECK (basis_rank IN ('L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief')),
        basis_obtained_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('applied', 'endorsed', 'declined', 'approved', 'rejected', 'withdrawn')),
        statement text CHECK (char_length(statement) <= 2000),
        applied_by uuid REFERENCES users(id),
        applied_on date NOT NULL,
        endorsed_by uuid REFERENCES users(id),
        endorsed_at timestamptz,
        endorsement_note text CHECK (char_length(endorsement_note) <= 1000),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decision_reason text CHECK (char_length(decision_reason) <= 1000),
        person_title_id uuid REFERENCES person_titles(id),
        recognized_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'approved') = (person_title_id IS NOT NULL AND recognized_on IS NOT NULL)),
        CHECK (status NOT IN ('endorsed', 'approved', 'rejected') OR bureau_id IS NOT NULL),
        CHECK (status NOT IN ('declined', 'rejected', 'withdrawn') OR decision_reason IS NOT NULL)
      );
      CREATE UNIQUE INDEX title_recognitions_open_uq ON title_recognitions (person_id, title_series, title_grade)
        WHERE status IN ('applied', 'endorsed');
      CREATE INDEX title_recognitions_organization_idx ON title_recognitions (organization_id, status);
      CREATE INDEX title_recognitions_bureau_idx ON title_recognitions (bureau_id, status);

      -- 以赛代评: graded competitions, their ranked results, the regional rules that turn a
      -- placing into a promotion, and the promotions HR proposes and the bureau approves.
      CREATE TABLE competitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 200),
        tier text NOT NULL CHECK (tier IN ('national', 'provincial', 'city_class_1', 'city_class_2', 'enterprise')),
        held_on date NOT NULL,
        organizer text NOT NULL CHECK (char_length(organizer) BETWEEN 2 AND 200),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX competitions_region_idx ON competitions (region_code text_pattern_ops);
      CREATE INDEX competitions_organization_idx ON competitions (organization_id);

      CREATE TABLE competition_results (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        competition_id uuid NOT NULL REFERENCES competitions(id),
        person_id uuid NOT NULL REFERENCES persons(id),
        occupation_code text NOT NULL CHECK (occupation_code ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
        place integer NOT NULL CHECK (place >= 1),
        field_size integer CHECK (field_size >= place),
        recorded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (competition_id, person_id, occupation_code)
      );
      CREATE INDEX competition_results_person_idx ON competition_results (person_id);

      CREATE TABLE competition_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
        tier text NOT NULL CHECK (tier IN ('national', 'provincial', 'city_class_1', 'city_class_2', 'enterprise')),
        max_placing integer CHECK (max_placing >= 1),
        max_top_percent numeric(5, 2) CHECK (max_top_percent > 0 AND max_top_percent <= 100),
        required_rank text CHECK (required_rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        mode text NOT NULL CHECK (mode IN ('target', 'one_up')),
        target_rank text CHECK (target_rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        max_rank text NOT NULL DEFAULT 'L1' CHECK (max_rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        effective_from date NOT NULL,
        effective_to date,
        basis text CHECK (char_length(basis) <= 200),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (max_placing IS NOT NULL OR max_top_percent IS NOT NULL),
        CHECK ((mode = 'target') = (target_rank IS NOT NULL)),
        CHECK (effective_to IS NULL OR effective_to >= effective_from)
      );
      CREATE INDEX competition_rules_region_idx ON competition_rules (region_code);

      CREATE TABLE competition_promotions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        person_id uuid NOT NULL REFERENCES persons(id),
        competition_result_id uuid NOT NULL REFERENCES competition_results(id),
        rule_id uuid NOT NULL REFERENCES competition_rules(id),
        occupation_code text NOT NULL CHECK (occupation_code ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
        from_rank text CHECK (from_rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        target_rank text NOT NULL CHECK (target_rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        promotion_year smallint NOT NULL CHECK (promotion_year BETWEEN 2000 AND 2200),
        status text NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected', 'withdrawn')),
        bureau_id uuid NOT NULL REFERENCES organizations(id),
        proposal_note text CHECK (char_length(proposal_note) <= 1000),
        proposed_by uuid REFERENCES users(id),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decision_reason text CHECK (char_length(decision_reason) <= 1000),
        certificate_id uuid,
        certificate_number text,
        issued_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'approved') = (certificate_id IS NOT NULL AND issued_on IS NOT NULL)),
        CHECK (status NOT IN ('rejected', 'withdrawn') OR decision_reason IS NOT NULL)
      );
      -- 以赛代评 at most once per worker per calendar year (of the competition).
      CREATE UNIQUE INDEX competition_promotions_once_a_year_uq ON competition_promotions (person_id, promotion_year)
        WHERE status IN ('proposed', 'approved');
      CREATE UNIQUE INDEX competition_promotions_result_uq ON competition_promotions (competition_result_id)
        WHERE status IN ('proposed', 'approved');
      CREATE INDEX competition_promotions_organization_idx ON competition_promotions (organization_id, status);
      CREATE INDEX competition_promotions_bureau_idx ON competition_promotions (bureau_id, status);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE competition_promotions, competition_rules, competition_results, competitions,
        title_recognitions, appointment_reviews, appointments, tier_policies;
    `);
  }
}
