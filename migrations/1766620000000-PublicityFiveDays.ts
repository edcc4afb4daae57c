import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The results notice stays up at least the notice's 5 working days: a campaign may lengthen the
 * window, never shorten it. A shorter setting saved before falls back to the default (5).
 */
export class PublicityFiveDays1766620000000 implements MigrationInterface {
  name = 'PublicityFiveDays1766620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE campaign_scoring_settings SET publicity_working_days = NULL WHERE publicity_working_days < 5;
      ALTER TABLE campaign_scoring_settings DROP CONSTRAINT campaign_scoring_settings_publicity_working_days_check;
      ALTER TABLE campaign_scoring_settings ADD CONSTRAINT campaign_scoring_settings_publicity_working_days_check
        CHECK (publicity_working_days IS NULL OR publicity_working_days BETWEEN 5 AND 30);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE campaign_scoring_settings DROP CONSTRAINT campaign_scoring_settings_publicity_working_days_check;
      ALTER TABLE campaign_scoring_settings ADD CONSTRAINT campaign_scoring_settings_publicity_working_days_check
        CHECK (publicity_working_days IS NULL OR publicity_working_days BETWEEN 1 AND 30);
    `);
  }
}
