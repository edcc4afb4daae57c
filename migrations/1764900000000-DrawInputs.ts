import { MigrationInterface, QueryRunner } from 'typeorm';

/** What a draw ran on (pool with workloads, relations, conflicts, candidates), so it can be replayed. */
export class DrawInputs1764900000000 implements MigrationInterface {
  name = 'DrawInputs1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_draws ADD COLUMN inputs jsonb CHECK (inputs IS NULL OR jsonb_typeof(inputs) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign_draws DROP COLUMN inputs`);
  }
}
