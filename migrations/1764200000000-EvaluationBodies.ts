import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluation bodies (评价机构备案): filings with their scope, the codes a body holds, and the
 * evaluator pool (考评员) with declared conflicts of interest.
 */
export class EvaluationBodies1764200000000 implements MigrationInterface {
  name = 'EvaluationBodies1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The codes printed in certificate numbers (人社鉴发〔2019〕2号), assigned on a body's first
      -- approval and kept for good: later filings of the same body carry the same codes, and no
      -- other body in the province may take them, even after a suspension.
      CREATE TABLE evaluation_body_codes (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id),
        province_code char(2) NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
        institution_code char(4) NOT NULL CHECK (institution_code ~ '^[0-9]{4}$'),
        station_serial char(6) NOT NULL CHECK (station_serial ~ '^[0-9]{6}$'),
        assigned_by uuid REFERENCES users(id),
        assigned_at timestamptz NOT NULL,
        UNIQUE (organization_id, province_code, institution_code, station_serial),
        CONSTRAINT evaluation_body_codes_serial_uq UNIQUE (province_code, institution_code, station_serial)
      );
      -- '0000' means filed provincially and is shared; any other institution code names one body per province.
      CREATE UNIQUE INDEX evaluation_body_codes_institution_uq ON evaluation_body_codes (province_code, institution_code)
        WHERE institution_code <> '0000';

      CREATE TABLE evaluation_body_filings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        bureau_id uuid NOT NULL REFERENCES organizations(id),
        status text NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'approved', 'rejected', 'suspended')),
        province_code char(2) NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
        institution_code char(4) CHECK (institution_code ~ '^[0-9]{4}$'),
        station_serial char(6) CHECK (station_serial ~ '^[0-9]{6}$'),
        application_note text CHECK (char_length(application_note) <= 1000),
        decision_note text CHECK (char_length(decision_note) <= 1000),
        applied_by uuid NOT NULL REFERENCES users(id),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        approved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (organization_id <> bureau_id),
        CHECK ((status IN ('approved', 'suspended')) = (institution_code IS NOT NULL AND station_serial IS NOT NULL AND approved_at IS NOT NULL)),
        CHECK ((status = 'applied') = (decided_at IS NULL)),
        CHECK (status NOT IN ('rejected', 'suspended') OR decision_note IS NOT NULL),
        FOREIGN KEY (organization_id, province_code, institution_code, station_serial)
          REFERENCES evaluation_body_codes (organization_id, province_code, institution_code, station_serial)
      );
      CREATE INDEX evaluation_body_filings_organization_idx ON evaluation_body_filings (organization_id);
      CREATE INDEX evaluation_body_filings_bureau_idx ON evaluation_body_filings (bureau_id);
      -- One filing under review per enterprise at a time.
      CREATE UNIQUE INDEX evaluation_body_filings_pending_uq ON evaluation_body_filings (organization_id) WHERE status = 'applied';

      CREATE TABLE evaluation_body_filing_scopes (
        filing_id uuid NOT NULL REFERENCES evaluation_body_filings(id) ON DELETE CASCADE,
        occupation_code text NOT NULL CHECK (occupation_code ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
        rank text NOT NULL CHECK (rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        PRIMARY KEY (filing_id, occupation_code, rank)
      );
      CREATE INDEX evaluation_body_filing_scopes_occupation_idx ON evaluation_body_filing_scopes (occupation_code, rank);

      CREATE TABLE evaluator_profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT evaluator_profiles_user_uq UNIQUE REFERENCES users(id),
        person_id uuid CONSTRAINT evaluator_profiles_person_uq UNIQUE REFERENCES persons(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        occupations text[] NOT NULL CHECK (
          cardinality(occupations) BETWEEN 1 AND 50
          AND array_position(occupations, NULL) IS NULL
          AND array_to_string(occupations, ',') ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}(,[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2})*$'
        ),
        highest_rank text NOT NULL CHECK (highest_rank IN ('L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief')),
        qualification_certificate_number text NOT NULL CONSTRAINT evaluator_profiles_qualification_uq UNIQUE CHECK (char_length(qualification_certificate_number) BETWEEN 4 AND 64),
        valid_from date NOT NULL,
        valid_until date NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
        shared_with_region boolean NOT NULL DEFAULT false,
        shared_by_bureau_id uuid REFERENCES organizations(id),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_until >= valid_from),
        CHECK (shared_with_region = (shared_by_bureau_id IS NOT NULL))
      );
      CREATE INDEX evaluator_profiles_organization_idx ON evaluator_profiles (organization_id);
      CREATE INDEX evaluator_profiles_occupations_idx ON evaluator_profiles USING gin (occupations);

      CREATE TABLE evaluator_conflicts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluator_profile_id uuid NOT NULL REFERENCES evaluator_profiles(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 500),
        declared_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT evaluator_conflicts_pair_uq UNIQUE (evaluator_profile_id, person_id)
      );
      CREATE INDEX evaluator_conflicts_person_idx ON evaluator_conflicts (person_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE evaluator_conflicts, evaluator_profiles, evaluation_body_filing_scopes, evaluation_body_filings, evaluation_body_codes;
    `);
  }
}
