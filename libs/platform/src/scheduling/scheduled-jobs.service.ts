import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource, EntityManager } from 'typeorm';

export interface JobRun<T> {
  /** False when another replica is running the job right now or already ran this slot (or a later one). */
  ran: boolean;
  slot: string;
  result: T | null;
}

/**
 * Scheduled work that runs once across API replicas. Every replica's timer fires; each run
 * names its slot (the minute, the China date, ...), and one row per job in
 * `scheduled_job_runs` decides: the run that locks the row (FOR UPDATE SKIP LOCKED, so the
 * others give up at once instead of queueing) and finds an earlier slot there does the work
 * in the same transaction and records the slot; a failed run records nothing, so the next
 * timer retries it. Row locks end with the transaction, so this also holds behind PgBouncer
 * in transaction pooling, where session advisory locks do not.
 */
@Injectable()
export class ScheduledJobs {
  /** Who ran a slot, for operators reading the table (host, process, this app instance). */
  readonly instance = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async runOnce<T>(job: string, slot: string, work: (em: EntityManager) => Promise<T>): Promise<JobRun<T>> {
    // Outside the run's transaction: a replica inserting the first row never holds others for longer than this statement.
    await this.dataSource.query('INSERT INTO scheduled_job_runs (job) VALUES ($1) ON CONFLICT (job) DO NOTHING', [job]);
    return this.dataSource.transaction(async (em) => {
      const [row] = (await em.query('SELECT last_slot FROM scheduled_job_runs WHERE job = $1 FOR UPDATE SKIP LOCKED', [job])) as { last_slot: string | null }[];
      if (!row || (row.last_slot !== null && row.last_slot >= slot)) return { ran: false, slot, result: null };
      const result = await work(em);
      await em.query('UPDATE scheduled_job_runs SET last_slot = $2, last_run_at = now(), last_run_by = $3, runs = runs + 1 WHERE job = $1', [job, slot, this.instance]);
      return { ran: true, slot, result };
    });
  }
}

/** The slot of a job that runs every minute: the UTC minute, `YYYY-MM-DDTHH:MM`. */
export function minuteSlot(instant: Date): string {
  return instant.toISOString().slice(0, 16);
}
