import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, users and sessions, workers with their records, and the audit chain. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('bureau', 'enterprise', 'dispatch_agency')),
        name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 200),
        region_code text NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
        credit_code text UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NP-RTUWXY]{18}$'),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind = 'bureau' OR credit_code IS NOT NULL)
      );
      CREATE INDEX organizations_region_idx ON organizations (region_code text_pattern_ops);

      CREATE TABLE persons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        full_name text NOT NULL CHECK (char_length(full_name) BETWEEN 1 AND 100),
        id_number_cipher bytea NOT NULL,
        id_number_index bytea NOT NULL UNIQUE,
        id_number_masked text NOT NULL,
        birth_date date NOT NULL,
        sex text NOT NULL CHECK (sex IN ('male', 'female')),
        phone text CHECK (phone ~ '^1[3-9][0-9]{9}$'),
        education text CHECK (education IN ('none', 'junior_high', 'senior_high', 'secondary_vocational',
          'technician_college_senior', 'associate', 'technician_college_preparatory', 'bachelor', 'master', 'doctor')),
        graduated_on date,
        apprenticeship_completed_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9_.-]{2,63}$'),
        password_hash text NOT NULL,
        display_name text NOT NULL,
        organization_id uuid REFERENCES organizations(id),
        person_id uuid UNIQUE REFERENCES persons(id),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX users_organization_idx ON users (organization_id);

      CREATE TABLE user_roles (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('platform_admin', 'bureau_officer', 'hr_admin', 'evaluator', 'worker')),
        organization_id uuid REFERENCES organizations(id),
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, role),
        CHECK ((role = 'platform_admin') = (organization_id IS NULL))
      );

      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason text CHECK (revoked_reason IN ('logout', 'refresh_token_reuse', 'user_disabled'))
      );
      CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id);

      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id);

      CREATE TABLE login_failures (
        username text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL
      );

      CREATE TABLE employments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        employer_org_id uuid NOT NULL REFERENCES organizations(id),
        work_org_id uuid NOT NULL REFERENCES organizations(id),
        employment_type text NOT NULL CHECK (employment_type IN ('regular', 'dispatched', 'outsourced', 'intern', 'apprentice')),
        occupation_code text CHECK (occupation_code ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
        occupation_started_on date,
        hired_on date NOT NULL,
        ended_on date,
        job_title text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (employment_type <> 'dispatched' OR employer_org_id <> work_org_id),
        CHECK (ended_on IS NULL OR ended_on >= hired_on)
      );
      CREATE INDEX employments_person_idx ON employments (person_id);
      CREATE INDEX employments_employer_idx ON employments (employer_org_id);
      CREATE INDEX employments_work_idx ON employments (work_org_id);

      CREATE TABLE person_credentials (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        occupation_code text NOT NULL CHECK (occupation_code ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
        work_type text,
        rank text NOT NULL CHECK (rank IN ('L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief')),
        certificate_number text UNIQUE,
        issued_on date NOT NULL,
        issuer_name text NOT NULL,
        source text NOT NULL CHECK (source IN ('external', 'issued', 'appointed')),
        status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'revoked')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX person_credentials_person_idx ON person_credentials (person_id);

      CREATE TABLE person_titles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        series text NOT NULL,
        grade text NOT NULL CHECK (grade IN ('junior', 'intermediate', 'deputy_senior', 'senior')),
        title_name text NOT NULL,
        obtained_on date NOT NULL,
        source text NOT NULL CHECK (source IN ('external', 'recognized')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX person_titles_person_idx ON person_titles (person_id);

      CREATE TABLE person_honors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        kind text NOT NULL,
        level text NOT NULL CHECK (level IN ('enterprise', 'city', 'provincial', 'national')),
        name text NOT NULL,
        awarded_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX person_honors_person_idx ON person_honors (person_id);

      CREATE TABLE person_trainings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        name text NOT NULL,
        hours numeric(6, 1) NOT NULL CHECK (hours > 0),
        completed_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX person_trainings_person_idx ON person_trainings (person_id);

      CREATE TABLE person_innovations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id),
        kind text NOT NULL,
        title text NOT NULL,
        level text CHECK (level IN ('enterprise', 'city', 'provincial', 'national')),
        achieved_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX person_innovations_person_idx ON person_innovations (person_id);

      CREATE TABLE person_relations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        related_person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('relative', 'supervisor', 'master')),
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (person_id <> related_person_id),
        UNIQUE (person_id, related_person_id, kind)
      );
      CREATE INDEX person_relations_related_idx ON person_relations (related_person_id);

      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        chain_key text NOT NULL,
        seq bigint NOT NULL,
        organization_id uuid,
        actor_user_id uuid,
        actor_username text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb,
        reason text,
        request_id text,
        occurred_at timestamptz NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        UNIQUE (chain_key, seq)
      );
      CREATE INDEX audit_events_org_time_idx ON audit_events (organization_id, occurred_at DESC);
      CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id);

      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$;
      CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_events;
      DROP FUNCTION audit_events_append_only();
      DROP TABLE person_relations, person_innovations, person_trainings, person_honors, person_titles, person_credentials, employments,
        login_failures, refresh_tokens, auth_sessions, user_roles, users, persons, organizations;
    `);
  }
}
