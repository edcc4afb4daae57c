import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled work runs once across API replicas: one row per job holds the last slot run (a
 * minute, a China date), locked by the replica running it. Slots of one job share a format, so
 * text order is time order.
 */
export class ScheduledJobRuns1766500000000 implements MigrationInterface {
  name = 'ScheduledJobRuns1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scheduled_job_runs (
        job text PRIMARY KEY CHECK (length(job) BETWEEN 1 AND 100),
        last_slot text CHECK (length(last_slot) <= 40),
        last_run_at timestamptz,
        last_run_by text CHECK (length(last_run_by) <= 200),
        runs bigint NOT NULL DEFAULT 0 CHECK (runs >= 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE scheduled_job_runs');
  }
}
