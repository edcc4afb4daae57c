import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The career path and the worker's credentials ask whether a certificate came from a
 * competition (以赛代评) by its number; without an index each asks a full scan.
 */
export class CompetitionPromotionsCertificate1765300000000 implements MigrationInterface {
  name = 'CompetitionPromotionsCertificate1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX competition_promotions_certificate_idx ON competition_promotions (certificate_number)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX competition_promotions_certificate_idx`);
  }
}
