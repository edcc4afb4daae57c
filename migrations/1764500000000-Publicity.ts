import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working-day calendar's official schedules loaded by the bureau, and publicity (公示):
 * notices with their entries and the objections filed against them. Notices are generic: the
 * campaign results of an evaluation body and special/chief technician appointments both use them.
 */
export class Publicity1764500000000 implements MigrationInterface {
  name = 'Publicity1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- One year's State Council holiday schedule. A loaded year replaces the built-in data of the
      -- same year as a whole; dates are checked to lie in the year by the service.
      CREATE TABLE calendar_years (
        year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        holidays date[] NOT NULL CHECK (cardinality(holidays) BETWEEN 1 AND 60 AND array_position(holidays, NULL) IS NULL),
        workdays date[] NOT NULL CHECK (cardinality(workdays) <= 20 AND array_position(workdays, NULL) IS NULL),
        source_note text NOT NULL CHECK (char_length(source_note) BETWEEN 1 AND 500),
        loaded_by uuid NOT NULL REFERENCES users(id),
        loaded_by_organization_id uuid REFERENCES organizations(id),
        loaded_at timestamptz NOT NULL,
        CHECK (NOT (holidays && workdays))
      );

      CREATE TABLE publicity_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The publishing organization: its workers read the notice and may object.
        organization_id uuid NOT NULL REFERENCES organizations(id),
        subject_type text NOT NULL CHECK (subject_type ~ '^[a-z][a-z0-9_]{1,39}$'),
        subject_id uuid NOT NULL,
        title text NOT NULL CHECK (char_length(title) BETWEEN 2 AND 200),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finalized')),
        published_on date NOT NULL,
        working_days integer NOT NULL CHECK (working_days BETWEEN 1 AND 30),
        -- 1 for the first publication; each correction re-publicizes and counts a new window.
        round integer NOT NULL DEFAULT 1 CHECK (round >= 1),
        -- The day the current window is counted from: the publication day, then the day of the last correction.
        counted_from date NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        provisional boolean NOT NULL,
        opened_by uuid REFERENCES users(id),
        finalized_by uuid REFERENCES users(id),
        finalized_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (counted_from >= published_on AND starts_on >= counted_from AND ends_on >= starts_on),
        CHECK ((status = 'finalized') = (finalized_at IS NOT NULL))
      );
      CREATE INDEX publicity_notices_organization_idx ON publicity_notices (organization_id, published_on DESC);
      -- One live notice per subject: a retried publication cannot post the same results twice.
      CREATE UNIQUE INDEX publicity_notices_open_subject_uq ON publicity_notices (subject_type, subject_id) WHERE status = 'open';
      CREATE INDEX publicity_notices_open_provisional_idx ON publicity_notices (id) WHERE status = 'open' AND provisional;

      CREATE TABLE publicity_entries (
        notice_id uuid NOT NULL REFERENCES publicity_notices(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES persons(id),
        position integer NOT NULL CHECK (position >= 1),
        -- Exactly what is shown (name, masked ID, occupation, level, result …), never a full ID number.
        payload jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
        status text NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'correction_required', 'withdrawn')),
        revision integer NOT NULL DEFAULT 1 CHECK (revision >= 1),
        withdrawn_reason text CHECK (char_length(withdrawn_reason) BETWEEN 1 AND 1000),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notice_id, person_id),
        UNIQUE (notice_id, position),
        CHECK ((status = 'withdrawn') = (withdrawn_reason IS NOT NULL))
      );
      CREATE INDEX publicity_entries_person_idx ON publicity_entries (person_id);

      CREATE TABLE publicity_objections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notice_id uuid NOT NULL REFERENCES publicity_notices(id),
        -- The notice's organization, kept here so tenancy filters need no join.
        organization_id uuid NOT NULL REFERENCES organizations(id),
        -- The entry the objector names, if any.
        person_id uuid,
        filed_by uuid NOT NULL REFERENCES users(id),
        filed_by_person_id uuid REFERENCES persons(id),
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 2000),
        round integer NOT NULL CHECK (round >= 1),
        filed_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'upheld', 'dismissed')),
        -- The entry an upheld objection requires to be corrected or withdrawn.
        upheld_person_id uuid,
        resolution text CHECK (char_length(resolution) BETWEEN 1 AND 2000),
        resolved_by uuid REFERENCES users(id),
        resolved_at timestamptz,
        FOREIGN KEY (notice_id, person_id) REFERENCES publicity_entries (notice_id, person_id),
        FOREIGN KEY (notice_id, upheld_person_id) REFERENCES publicity_entries (notice_id, person_id),
        CHECK ((status = 'pending') = (resolved_at IS NULL)),
        CHECK ((status = 'pending') = (resolution IS NULL)),
        CHECK ((status = 'upheld') = (upheld_person_id IS NOT NULL))
      );
      CREATE INDEX publicity_objections_notice_idx ON publicity_objections (notice_id, filed_at);
      CREATE INDEX publicity_objections_pending_idx ON publicity_objections (notice_id) WHERE status = 'pending';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE publicity_objections, publicity_entries, publicity_notices, calendar_years;`);
  }
}
