import { DataSource, EntityManager } from 'typeorm';

/** Raw SQL with named parameters (`:name`), bound as real parameters, never interpolated. */
export async function namedQuery<T = Record<string, unknown>>(
  db: DataSource | EntityManager,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const driver = 'driver' in db ? db.driver : db.connection.driver;
  const [text, values] = driver.escapeQueryWithParameters(sql, params);
  return (await db.query(text, values)) as T[];
}

/**
 * The rows of an UPDATE or DELETE … RETURNING. TypeORM's postgres driver answers those two
 * commands as `[rows, rowCount]` (INSERT and SELECT answer the rows), so reading the answer as
 * rows would see an array and a number.
 */
export async function updateReturning<T = Record<string, unknown>>(db: DataSource | EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = (await db.query(sql, params)) as [T[], number];
  return rows;
}
