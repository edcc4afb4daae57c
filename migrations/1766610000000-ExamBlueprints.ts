import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 组卷: blueprints of a question bank and the papers assembled from them. A paper lists its items
 * with the version each had, so later edits to the bank never change a paper.
 */
export class ExamBlueprints1766610000000 implements MigrationInterface {
  name = 'ExamBlueprints1766610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exam_blueprints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bank_id uuid NOT NULL REFERENCES question_banks(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
        mode text NOT NULL CHECK (mode IN ('fixed', 'per_candidate')),
        paper_count smallint CHECK (paper_count BETWEEN 2 AND 6),
        duration_minutes smallint NOT NULL CHECK (duration_minutes BETWEEN 30 AND 240),
        pass_mark numeric(4, 1) NOT NULL CHECK (pass_mark > 0 AND pass_mark <= 100),
        multiple_choice_rule text NOT NULL CHECK (multiple_choice_rule IN ('all_or_nothing', 'half_for_subset')),
        rules jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'array' AND jsonb_array_length(rules) BETWEEN 1 AND 100),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT exam_blueprints_name_uq UNIQUE (bank_id, name),
        CONSTRAINT exam_blueprints_paper_count CHECK ((mode = 'fixed') = (paper_count IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE exam_papers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        blueprint_id uuid NOT NULL REFERENCES exam_blueprints(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        label text CHECK (label ~ '^[A-F]$'),
        seed bigint NOT NULL CHECK (seed >= 0 AND seed < 4294967296),
        algorithm text NOT NULL,
        items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array'),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT exam_papers_label_uq UNIQUE (blueprint_id, label)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE exam_papers`);
    await q.query(`DROP TABLE exam_blueprints`);
  }
}
