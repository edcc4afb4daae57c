import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker list is ordered by name, then id. Without an index every page sorted all of a
 * city's persons (an external merge sort on disk past a few tens of thousands); with it a page
 * reads its rows in order and stops.
 */
export class PersonsNameOrder1765200000000 implements MigrationInterface {
  name = 'PersonsNameOrder1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX persons_full_name_idx ON persons (full_name, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX persons_full_name_idx`);
  }
}
