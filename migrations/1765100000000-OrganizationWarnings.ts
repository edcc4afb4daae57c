import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Facts about an organization worth a second look that do not stop its filing, such as a credit
 * code registered in another province (out-of-province enterprises, branches and dispatch
 * agencies are normal).
 */
export class OrganizationWarnings1765100000000 implements MigrationInterface {
  name = 'OrganizationWarnings1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations ADD COLUMN warnings jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(warnings) = 'array')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations DROP COLUMN warnings`);
  }
}
