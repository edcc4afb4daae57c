import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 题库: question banks of an evaluation body, per occupation and level, and their items. Items
 * keep every version of their content, so a paper can point at the version it used while the
 * bank moves on.
 */
export class QuestionBanks1766600000000 implements MigrationInterface {
  name = 'QuestionBanks1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE question_banks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        occupation_code text NOT NULL CHECK (occupation_code ~ '^[0-9]-[0-9]{2}-[0-9]{2}-[0-9]{2}$'),
        rank text NOT NULL CHECK (rank IN ('L5', 'L4', 'L3', 'L2', 'L1')),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT question_banks_name_uq UNIQUE (organization_id, occupation_code, rank, name)
      )`);
    await q.query(`
      CREATE TABLE question_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bank_id uuid NOT NULL REFERENCES question_banks(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'reviewed', 'active', 'retired')),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        kind text NOT NULL CHECK (kind IN ('single_choice', 'multiple_choice', 'true_false', 'fill_in', 'short_answer')),
        knowledge_point text NOT NULL CHECK (char_length(knowledge_point) BETWEEN 1 AND 50),
        difficulty smallint NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
        stem text NOT NULL CHECK (char_length(stem) BETWEEN 1 AND 2000),
        stem_fingerprint text NOT NULL CHECK (stem_fingerprint ~ '^[0-9a-f]{64}$'),
        options jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(options) = 'array' AND jsonb_array_length(options) <= 8),
        answer_key jsonb NOT NULL CHECK (answer_key ->> 'kind' = kind),
        explanation text CHECK (char_length(explanation) <= 2000),
        reviewed_by uuid REFERENCES users(id),
        created_by uuid NOT NULL REFERENCES users(id),
        updated_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Two live items with the same stem would make a paper ask the same question twice.
    await q.query(`CREATE UNIQUE INDEX question_items_stem_uq ON question_items (bank_id, stem_fingerprint) WHERE status <> 'retired'`);
    await q.query(`CREATE INDEX question_items_bank_idx ON question_items (bank_id, status, kind, knowledge_point)`);
    await q.query(`
      CREATE TABLE question_item_versions (
        item_id uuid NOT NULL REFERENCES question_items(id),
        version integer NOT NULL CHECK (version >= 1),
        kind text NOT NULL,
        knowledge_point text NOT NULL,
        difficulty smallint NOT NULL,
        stem text NOT NULL,
        options jsonb NOT NULL,
        answer_key jsonb NOT NULL,
        explanation text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (item_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE question_item_versions`);
    await q.query(`DROP TABLE question_items`);
    await q.query(`DROP TABLE question_banks`);
  }
}
