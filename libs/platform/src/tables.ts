/**
 * The tables the platform lib owns: the audit trail and the runs of scheduled jobs.
 * Only this lib names them in SQL or entities; other libs read them through this lib's readers.
 * The ownership spec (libs/platform/src/architecture) checks every lib against these lists.
 */
export const OWNED_TABLES = [
  'audit_events',
  'scheduled_job_runs',
] as const;
