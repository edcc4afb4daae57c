import { DataSource, EntityManager } from 'typeorm';

/*
 * Transaction-scoped advisory locks, keyed by a name: held until the transaction ends, so they
 * work through a transaction-pooling PgBouncer (session locks do not). `hashtextextended(name, 7)`
 * turns the name into the lock's 64-bit key.
 */

/** Waits for the lock named `key` and holds it until the transaction ends. */
export async function advisoryXactLock(em: EntityManager | DataSource, key: string): Promise<void> {
  await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [key]);
}

/** Takes the lock named `key` if no other transaction holds it; false (without waiting) if one does. */
export async function tryAdvisoryXactLock(em: EntityManager | DataSource, key: string): Promise<boolean> {
  const [{ locked }] = (await em.query('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 7)) AS locked', [key])) as { locked: boolean }[];
  return locked;
}
