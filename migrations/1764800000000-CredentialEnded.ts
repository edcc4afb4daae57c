import { MigrationInterface, QueryRunner } from 'typeorm';

/** An appointed tier whose term ran out stays in the worker's history as 'ended'. */
export class CredentialEnded1764800000000 implements MigrationInterface {
  name = 'CredentialEnded1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE person_credentials DROP CONSTRAINT person_credentials_status_check;
      ALTER TABLE person_credentials ADD CONSTRAINT person_credentials_status_check CHECK (status IN ('valid', 'revoked', 'ended'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE person_credentials SET status = 'revoked' WHERE status = 'ended';
      ALTER TABLE person_credentials DROP CONSTRAINT person_credentials_status_check;
      ALTER TABLE person_credentials ADD CONSTRAINT person_credentials_status_check CHECK (status IN ('valid', 'revoked'));
    `);
  }
}
