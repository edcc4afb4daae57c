import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Standards: the ladder, the occupation catalogue, enterprise tiers, versioned standards with
 * their review thread and pins, and the bureau-owned skill ↔ title mapping rules.
 *
 * btree_gist lets one exclusion constraint say "no two published versions of a standard are in
 * force on the same date" (and the same for title-mapping rules); it is a trusted extension, so
 * the database owner may create it.
 */
export class Standards1764100000000 implements MigrationInterface {
  name = 'Standards1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS btree_gist;

      CREATE TABLE ladder_ranks (
        code text PRIMARY KEY CHECK (code IN ('apprentice', 'L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief')),
        rank_order smallint NOT NULL UNIQUE CHECK (rank_order BETWEEN 0 AND 7),
        label_zh text NOT NULL,
        label_en text NOT NULL,
        certificate_level smallint CHECK (certificate_level BETWEEN 1 AND 5),
        appointment boolean NOT NULL
      );

      CREATE TABLE occupations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
        name_zh text NOT NULL CHECK (char_length(name_zh) BETWEEN 1 AND 100),
        name_en text CHECK (char_length(name_en) BETWEEN 1 AND 200),
        work_types text[] NOT NULL DEFAULT '{}' CHECK (cardinality(work_types) <= 50),
        related_codes text[] NOT NULL DEFAULT '{}' CHECK (cardinality(related_codes) <= 50),
        source_note text CHECK (char_length(source_note) <= 500),
        organization_id uuid REFERENCES organizations(id),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (NOT (code = ANY (related_codes)))
      );
      CREATE INDEX occupations_code_prefix_idx ON occupations (code text_pattern_ops);
      CREATE INDEX occupations_organization_idx ON occupations (organization_id) WHERE organization_id IS NOT NULL;

      CREATE TABLE enterprise_tiers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
        national_rank text NOT NULL REFERENCES ladder_ranks(code),
        sub_order smallint NOT NULL DEFAULT 0 CHECK (sub_order BETWEEN 0 AND 9),
        description text CHECK (char_length(description) <= 500),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX enterprise_tiers_name_uq ON enterprise_tiers (organization_id, name) WHERE status = 'active';
      CREATE UNIQUE INDEX enterprise_tiers_position_uq ON enterprise_tiers (organization_id, national_rank, sub_order) WHERE status = 'active';

      CREATE TABLE standards (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        occupation_id uuid NOT NULL REFERENCES occupations(id),
        source text NOT NULL CHECK (source IN ('national', 'industry', 'enterprise')),
        organization_id uuid REFERENCES organizations(id),
        title text NOT NULL CHECK (char_length(title) BETWEEN 2 AND 200),
        based_on_standard_id uuid REFERENCES standards(id),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((source = 'enterprise') = (organization_id IS NOT NULL))
      );
      CREATE UNIQUE INDEX standards_owner_occupation_uq ON standards (organization_id, occupation_id) WHERE organization_id IS NOT NULL;
      CREATE UNIQUE INDEX standards_unowned_occupation_uq ON standards (occupation_id, source) WHERE organization_id IS NULL;
      CREATE INDEX standards_occupation_idx ON standards (occupation_id);

      CREATE TABLE standard_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        standard_id uuid NOT NULL REFERENCES standards(id),
        version integer NOT NULL CHECK (version >= 1),
        label text CHECK (char_length(label) BETWEEN 1 AND 100),
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'submitted', 'changes_requested', 'approved', 'published', 'retired')),
        levels jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(levels) = 'array'),
        notes text CHECK (char_length(notes) <= 4000),
        effective_from date,
        effective_to date,
        created_from_version_id uuid REFERENCES standard_versions(id),
        submitted_by uuid,
        submitted_at timestamptz,
        reviewed_by uuid,
        reviewed_at timestamptz,
        published_by uuid,
        published_at timestamptz,
        retired_by uuid,
        retired_at timestamptz,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (standard_id, version),
        CHECK ((status IN ('published', 'retired')) = (effective_from IS NOT NULL)),
        -- effective_to = effective_from - 1 marks a version retired before it ever took effect.
        CHECK (effective_to IS NULL OR effective_to >= effective_from - 1),
        CONSTRAINT standard_versions_one_in_force EXCLUDE USING gist (
          standard_id WITH =, daterange(effective_from, effective_to, '[]') WITH &&
        ) WHERE (status IN ('published', 'retired') AND (effective_to IS NULL OR effective_to >= effective_from))
      );
      -- At most one version of a standard is being worked on at a time.
      CREATE UNIQUE INDEX standard_versions_one_open_uq ON standard_versions (standard_id)
        WHERE status IN ('draft', 'submitted', 'changes_requested', 'approved');

      -- Defence in depth behind the service's VERSION_IMMUTABLE: published text never changes.
      CREATE FUNCTION standard_versions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'standard versions are never deleted';
        END IF;
        IF OLD.status IN ('published', 'retired') AND (
             NEW.levels IS DISTINCT FROM OLD.levels OR NEW.standard_id IS DISTINCT FROM OLD.standard_id
             OR NEW.version IS DISTINCT FROM OLD.version OR NEW.effective_from IS DISTINCT FROM OLD.effective_from
             OR NEW.status NOT IN ('published', 'retired') OR (OLD.status = 'retired' AND NEW.status <> 'retired')) THEN
          RAISE EXCEPTION 'standard version % is published and immutable', OLD.id;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER standard_versions_immutable BEFORE UPDATE OR DELETE ON standard_versions
        FOR EACH ROW EXECUTE FUNCTION standard_versions_guard();

      CREATE TABLE standard_version_pins (
        version_id uuid NOT NULL REFERENCES standard_versions(id),
        holder_type text NOT NULL CHECK (holder_type ~ '^[a-z][a-z_]{1,39}$'),
        holder_id uuid NOT NULL,
        pinned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (version_id, holder_type, holder_id)
      );

      CREATE TABLE standard_version_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES standard_versions(id),
        organization_id uuid REFERENCES organizations(id),
        author_user_id uuid REFERENCES users(id),
        author_name text NOT NULL,
        author_role text NOT NULL CHECK (author_role IN ('platform_admin', 'bureau_officer', 'hr_admin', 'evaluator', 'worker')),
        action text CHECK (action IN ('submit', 'withdraw', 'request_changes', 'approve', 'publish', 'retire')),
        body text CHECK (char_length(body) BETWEEN 1 AND 4000),
        field_path text CHECK (char_length(field_path) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (action IS NOT NULL OR body IS NOT NULL)
      );
      CREATE INDEX standard_version_comments_version_idx ON standard_version_comments (version_id, created_at);

      CREATE TABLE title_mappings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid REFERENCES organizations(id),
        region_code text CHECK (region_code ~ '^[0-9]{6}$'),
        direction text NOT NULL CHECK (direction IN ('skill_to_title', 'title_to_skill')),
        rank text NOT NULL REFERENCES ladder_ranks(code),
        title_series text CHECK (title_series ~ '^[a-z][a-z_]{1,39}$'),
        title_grade text NOT NULL CHECK (title_grade IN ('junior', 'intermediate', 'deputy_senior', 'senior')),
        title_name text NOT NULL CHECK (char_length(title_name) BETWEEN 1 AND 50),
        years smallint NOT NULL CHECK (years BETWEEN 0 AND 30),
        effective_from date NOT NULL,
        effective_to date,
        basis text CHECK (char_length(basis) <= 200),
        note text CHECK (char_length(note) <= 500),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- No owner and no region: a national default. A bureau's rule covers its region.
        CHECK ((organization_id IS NULL) = (region_code IS NULL)),
        CHECK (effective_to IS NULL OR effective_to >= effective_from),
        -- A skill → title rule names the series it opens; title → skill may accept any series.
        CHECK (direction = 'title_to_skill' OR title_series IS NOT NULL),
        CONSTRAINT title_mappings_one_in_force EXCLUDE USING gist (
          COALESCE(region_code, '000000') WITH =, direction WITH =, rank WITH =, COALESCE(title_series, '*') WITH =,
          title_grade WITH =, daterange(effective_from, effective_to, '[]') WITH &&
        )
      );
      CREATE INDEX title_mappings_region_idx ON title_mappings (region_code text_pattern_ops);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE title_mappings, standard_version_comments, standard_version_pins;
      DROP TRIGGER standard_versions_immutable ON standard_versions;
      DROP FUNCTION standard_versions_guard();
      DROP TABLE standard_versions, standards, enterprise_tiers, occupations, ladder_ranks;
    `);
  }
}
