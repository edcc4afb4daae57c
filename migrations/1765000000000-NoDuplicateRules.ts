import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicates that made rules ambiguous: one active bureau per region (which bureau's rules, quotas
 * and approvals apply to a region must have one answer), and no two identical competition rules
 * in force over the same days. Existing duplicates stop the migration with a list to resolve by
 * hand (suspend a bureau, end a rule): choosing which one survives is not the migration's call.
 */
export class NoDuplicateRules1765000000000 implements MigrationInterface {
  name = 'NoDuplicateRules1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      DECLARE duplicates text;
      BEGIN
        SELECT string_agg(region_code || ' (' || n || ')', ', ') INTO duplicates
          FROM (SELECT region_code, count(*) AS n FROM organizations WHERE kind = 'bureau' AND status = 'active' GROUP BY region_code HAVING count(*) > 1) d;
        IF duplicates IS NOT NULL THEN
          RAISE EXCEPTION 'Several active bureaus in regions %; suspend all but one in each before migrating', duplicates;
        END IF;
      END $$;
      CREATE UNIQUE INDEX organizations_one_active_bureau_uq ON organizations (region_code) WHERE kind = 'bureau' AND status = 'active';

      ALTER TABLE competition_rules ADD CONSTRAINT competition_rules_one_in_force EXCLUDE USING gist (
        region_code WITH =, tier WITH =, COALESCE(max_placing, 0) WITH =, COALESCE(max_top_percent, 0) WITH =,
        COALESCE(required_rank, '') WITH =, mode WITH =, COALESCE(target_rank, '') WITH =, max_rank WITH =,
        daterange(effective_from, effective_to, '[]') WITH &&
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE competition_rules DROP CONSTRAINT competition_rules_one_in_force`);
    await q.query(`DROP INDEX organizations_one_active_bureau_uq`);
  }
}
