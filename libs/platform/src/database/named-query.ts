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
