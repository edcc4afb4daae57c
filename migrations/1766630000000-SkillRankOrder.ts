import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ladder's order in SQL, once: `skill_rank_order(rank)` is the rank's place from 学徒工 (0) to
 * 首席技师 (7), the `order` of RANK_INFO in @skill-ladder/vocabulary (a test keeps the two equal),
 * NULL for anything else. Queries order by it instead of spelling the ranks out in arrays. A plain
 * SQL CASE marked IMMUTABLE, so the planner inlines it.
 */
export class SkillRankOrder1766630000000 implements MigrationInterface {
  name = 'SkillRankOrder1766630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION skill_rank_order(rank text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE rank
          WHEN 'apprentice' THEN 0 WHEN 'L5' THEN 1 WHEN 'L4' THEN 2 WHEN 'L3' THEN 3
          WHEN 'L2' THEN 4 WHEN 'L1' THEN 5 WHEN 'special' THEN 6 WHEN 'chief' THEN 7
        END
      $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP FUNCTION skill_rank_order(text)');
  }
}
